// Indicators on the built sample site: the list, each page's table from the
// regions' own files, its downloads (CSV, XLSX, JSON, PNG) and citation; the
// licence and citations on dataset and article pages; the comparison in an
// article; the indicator page's JavaScript within the chart page's budget.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { repoRoot, sampleSite } from '../support/paths.ts';
import { fileOfUrl, readPage } from '../support/dist.ts';
import { measurePages } from '../../bench/lib/pages.ts';
import { ABOUT_SHEET, DATA_SHEET } from '../../src/lib/stats/xlsx.ts';

const site = sampleSite;
const read = (name: string) => JSON.parse(readFileSync(join(site.contentDir, name), 'utf8'));
const indicators: { id: string; name: string; unit: string; definition: string }[] = read('indicators.json');
const regionName = new Map((read('regions.json') as { id: string; name: string }[]).map((region) => [region.id, region.name]));
const datasets = readdirSync(join(site.contentDir, 'data')).map((file) => ({
  id: file.replace(/\.json$/, ''),
  ...read(`data/${file}`),
})) as {
  id: string;
  region: string;
  series: { name: string; indicator?: string; points: { period: string; value: number | null }[] }[];
}[];
/** Each indicator's series, from the statistic files themselves. */
const seriesOf = (id: string) =>
  datasets.flatMap((dataset) => dataset.series.filter((series) => series.indicator === id).map((series) => ({ dataset, series })));
const FUNDING = 'basic-public-health-funding-per-capita';

test('/indicators/ lists every indicator with its regions; each with data has a page', () => {
  const page = readPage(site, '/indicators/');
  for (const indicator of indicators) {
    const row = page.querySelectorAll('tbody tr').find((tr) => tr.querySelector('th')?.text.trim() === indicator.name);
    expect(row, indicator.id).toBeDefined();
    for (const { dataset } of seriesOf(indicator.id)) expect(row!.text).toContain(regionName.get(dataset.region));
    expect(row!.querySelector('a')?.getAttribute('href')).toBe(`/indicators/${indicator.id}/`);
  }
  expect(readPage(site, '/data/').querySelector('a[href="/indicators/"]')).not.toBeNull();
});

describe.each(indicators)('/indicators/$id/', (indicator) => {
  const page = readPage(site, `/indicators/${indicator.id}/`);
  const expected = seriesOf(indicator.id);

  test('a row per region and a column per period, each figure the region’s own, “—” where its file has none', () => {
    const table = page.querySelector('figure.chart table[data-series-in="rows"]')!;
    const periods = table.querySelectorAll('thead th[data-period]').map((th) => th.getAttribute('data-period')!);
    expect(periods).toEqual([...new Set(expected.flatMap(({ series }) => series.points.map((point) => point.period)))].sort());
    const rows = table.querySelectorAll('tbody tr');
    expect(rows.map((row) => row.getAttribute('data-region')).sort()).toEqual(expected.map(({ dataset }) => dataset.region).sort());
    for (const row of rows) {
      const { series } = expected.find(({ dataset }) => dataset.region === row.getAttribute('data-region'))!;
      row.querySelectorAll('td').forEach((cell, index) => {
        const value = series.points.find((point) => point.period === periods[index])?.value;
        expect(cell.getAttribute('data-value')).toBe(value === undefined || value === null ? '' : String(value));
        if (value === undefined || value === null) expect(cell.text).toContain('—');
      });
    }
    expect(page.querySelector('.indicator-facts')!.text).toContain(indicator.definition);
    // Each region's source, with its file's page.
    for (const { dataset } of expected) expect(page.querySelector(`.indicator-sources a[href="/data/${dataset.id}/"]`)).not.toBeNull();
  });

  test('downloads: CSV with a column per region, XLSX with numbers and the licence, JSON, PNG', async () => {
    const csv = readFileSync(fileOfUrl(site, `/indicators/${indicator.id}.csv`)!, 'utf8')
      .slice(1)
      .split('\r\n');
    expect(csv[0]).toBe(['期间', ...expected.map(({ dataset }) => `${regionName.get(dataset.region)}（${indicator.unit}）`)].join(','));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(fileOfUrl(site, `/indicators/${indicator.id}.xlsx`)!)).buffer);
    const sheet = workbook.getWorksheet(DATA_SHEET)!;
    expect((sheet.getRow(1).values as unknown[]).slice(1).join(',')).toBe(csv[0]);
    const numbers = sheet
      .getColumn(2)
      .values.slice(2)
      .filter((value) => value !== null && value !== undefined);
    expect(numbers.every((value) => typeof value === 'number')).toBe(true);
    const about = workbook.getWorksheet(ABOUT_SHEET)!;
    const aboutText = (about.getColumn(2).values as unknown[]).join('\n');
    expect(aboutText).toContain('许可协议尚未选定');
    expect(aboutText).toContain(`/indicators/${indicator.id}/`);
    const json = JSON.parse(readFileSync(fileOfUrl(site, `/indicators/${indicator.id}.json`)!, 'utf8'));
    expect(json.regions.map((entry: { points: unknown }) => entry.points)).toEqual(expected.map(({ series }) => series.points));
    const png = readFileSync(fileOfUrl(site, `/indicators/${indicator.id}.png`)!);
    expect(png.readUInt32BE(16)).toBe(1200);
    const listed = page.querySelectorAll('.downloads a').map((a) => a.getAttribute('href'));
    expect(listed).toEqual(['csv', 'xlsx', 'json', 'png'].map((format) => `/indicators/${indicator.id}.${format}`));
  });

  test('a GB/T 7714 citation ([DB/OL]) with the page’s address; JSON-LD Dataset claims no licence while it is a placeholder', () => {
    const citation = page.querySelector('[data-citation-text]')!.text;
    expect(citation).toMatch(
      new RegExp(
        `^卫健编辑部\\. ${indicator.name}（各地比较）\\[DB/OL\\]\\. 卫健.*\\[\\d{4}-\\d{2}-\\d{2}\\]\\. https://.+/indicators/${indicator.id}/\\.$`,
      ),
    );
    const ld = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.text);
    expect(ld['@type']).toBe('Dataset');
    expect(ld.license).toBeUndefined();
    expect(ld.distribution).toHaveLength(4);
  });
});

test('dataset and article pages: the licence as a placeholder, said plainly; a citation each', () => {
  const dataset = readPage(site, '/data/xianyang-public-health-funding/');
  expect(dataset.querySelector('.chart-facts')!.text).toContain('许可协议尚未选定');
  expect(dataset.querySelector('[data-citation-text]')!.text).toContain('[DB/OL]');
  const article = readPage(site, '/articles/xianyang-health-work-conference-2021/');
  expect(article.querySelector('[data-citation-text]')!.text).toMatch(/\[EB\/OL\]\. 卫健, 2021\(/);
});

test('<Chart indicator regions> in an article: the comparison of those regions, linking to the page with them chosen', () => {
  const article = readPage(site, '/articles/xianyang-health-work-conference-2021/');
  const figure = article.querySelectorAll('figure.chart').find((candidate) => candidate.querySelector('table[data-series-in="rows"]'));
  expect(figure!.querySelectorAll('tbody tr').map((row) => row.getAttribute('data-region'))).toEqual(['jinzhong', 'xianyang']);
  expect(article.querySelector(`a[href="/indicators/${FUNDING}/?regions=xianyang,jinzhong"]`)).not.toBeNull();
  // The article cites each compared region's own file: 晋中's dataset page lists it.
  const jinzhong = seriesOf(FUNDING).find(({ dataset }) => dataset.region === 'jinzhong')!.dataset;
  const citing = readPage(site, `/data/${jinzhong.id}/`).querySelector('section[aria-labelledby="citing-heading"]')!;
  expect(citing.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain('/articles/xianyang-health-work-conference-2021/');
});

test('an indicator page loads no more JavaScript than a chart page may (90 KB gzip)', () => {
  const pages = measurePages(site.dist, site.base);
  const indicatorPages = pages.filter((page) => page.kind === 'indicator');
  const chartPages = pages.filter((page) => page.kind === 'dataset');
  expect(indicatorPages.length).toBe(indicators.length);
  const heaviest = Math.max(...indicatorPages.map((page) => page.js.gzip));
  console.log(
    `an indicator page loads at most ${heaviest} B of JavaScript (gzip); a dataset page ${Math.max(...chartPages.map((p) => p.js.gzip))} B`,
  );
  expect(heaviest).toBeLessThanOrEqual(90 * 1024);
});

describe('the data package and the bulk archive', () => {
  test('/data/datapackage.json describes every dataset CSV and validates against the vendored Tabular Data Package 1.0 profile', () => {
    const text = readFileSync(fileOfUrl(site, '/data/datapackage.json')!, 'utf8');
    const pkg = JSON.parse(text);
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/frictionless/tabular-data-package.json'), 'utf8')));
    expect(validate(pkg), JSON.stringify(validate.errors)).toBe(true);
    expect(pkg.resources.map((resource: { path: string }) => resource.path).sort()).toEqual(
      datasets.map((dataset) => `${dataset.id}.csv`).sort(),
    );
    for (const resource of pkg.resources as { path: string; schema: { fields: { name: string }[] } }[]) {
      const header = readFileSync(fileOfUrl(site, `/data/${resource.path}`)!, 'utf8')
        .slice(1)
        .split('\r\n')[0];
      expect(resource.schema.fields.map((field) => field.name).join(','), resource.path).toBe(header);
    }
    // The sample's licence is a placeholder: not claimed.
    expect(pkg.licenses).toBeUndefined();
    expect(pkg.description).toContain('许可协议尚未选定');
  });

  test('the ZIP holds every CSV and XLSX as published, and the package; /data/ lists it with its size', async () => {
    const bytes = readFileSync(fileOfUrl(site, '/data/weijian-data.zip')!);
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
    const expected = [
      'datapackage.json',
      ...datasets.flatMap((dataset) => [`${dataset.id}.csv`, `${dataset.id}.xlsx`]),
      ...indicators.flatMap((indicator) => [`indicators/${indicator.id}.csv`, `indicators/${indicator.id}.xlsx`]),
    ];
    expect(names.sort()).toEqual(expected.sort());
    for (const name of expected) {
      const published = readFileSync(fileOfUrl(site, name.startsWith('indicators/') ? `/${name}` : `/data/${name}`)!);
      expect(Buffer.from(await zip.file(name)!.async('uint8array')).equals(published), name).toBe(true);
    }
    const listed = readPage(site, '/data/').querySelector('a[href="/data/weijian-data.zip"]')!.text;
    expect(listed).toContain(`${Math.max(1, Math.round(bytes.length / 1024))} KB`);
  });
});
