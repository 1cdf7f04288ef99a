// Statistic files on the built site: dataset pages, downloads, figures in
// articles, and the JavaScript budget of pages with charts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { fixtureSite, sampleSite, type TestSite } from '../support/paths.ts';
import { fileOfUrl, listFiles, readPage } from '../support/dist.ts';
import { measurePages } from '../../bench/lib/pages.ts';
import ExcelJS from 'exceljs';
import { ABOUT_SHEET, DATA_SHEET } from '../../src/lib/stats/xlsx.ts';

interface DatasetFile {
  id: string;
  title: string;
  unit: string;
  source: string;
  notes?: string;
  series: { name: string; indicator?: string; points: { period: string; value: number | null }[] }[];
}
function readDatasets(site: TestSite): DatasetFile[] {
  const dir = join(site.contentDir, 'data');
  return readdirSync(dir).map((name) => ({ id: name.replace(/\.json$/, ''), ...JSON.parse(readFileSync(join(dir, name), 'utf8')) }));
}
const periodsOf = (dataset: DatasetFile) => [...new Set(dataset.series.flatMap((s) => s.points.map((p) => p.period)))].sort();

describe.each([fixtureSite, sampleSite])('$name site datasets', (site) => {
  const datasets = readDatasets(site);

  test('/data/ lists every dataset with its region and periods', () => {
    const index = readPage(site, `${site.base}data/`);
    const links = index.querySelectorAll('tbody th a').map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(datasets.map((d) => `${site.base}data/${d.id}/`).sort());
  });

  test('/data/index.json lists every dataset and indicator with absolute URLs that exist on the site', () => {
    const index = JSON.parse(readFileSync(join(site.dist, 'data/index.json'), 'utf8')) as {
      format: string;
      datasets: { id: string; title: string; unit: string; page: string; downloads: Record<string, string> }[];
      dataPackage: string;
      archive: string;
      indicators: {
        id: string;
        unit: string;
        page: string | null;
        downloads: Record<string, string> | null;
        regions: { region: string; dataset: string }[];
      }[];
    };
    expect(index.format).toBe('weijian-data-index/1');
    expect(readPage(site, `${site.base}data/`).querySelector(`a[href="${site.base}data/index.json"]`)?.text).toBe('数据清单（JSON）');
    expect(index.datasets.map((d) => d.id).sort()).toEqual(datasets.map((d) => d.id).sort());
    const exists = (url: string) => {
      expect(url).toMatch(/^https:\/\//);
      const { pathname } = new URL(url);
      expect(pathname.startsWith(site.base), url).toBe(true);
      expect(fileOfUrl(site, pathname), url).toBeTruthy();
    };
    exists(index.dataPackage);
    exists(index.archive);
    for (const entry of index.indicators) {
      if (entry.regions.length === 0) expect([entry.page, entry.downloads]).toEqual([null, null]);
      else for (const url of [entry.page!, ...Object.values(entry.downloads!)]) exists(url);
    }
    for (const entry of index.datasets) {
      const dataset = datasets.find((d) => d.id === entry.id)!;
      expect([entry.title, entry.unit]).toEqual([dataset.title, dataset.unit]);
      for (const url of [entry.page, ...Object.values(entry.downloads)]) {
        expect(url).toMatch(/^https:\/\//);
        const { pathname } = new URL(url);
        expect(pathname.startsWith(site.base), url).toBe(true);
        expect(fileOfUrl(site, pathname), url).toBeTruthy();
      }
    }
    // Every series that names an indicator is listed under it, once.
    const named = datasets.flatMap((d) => d.series.flatMap((s) => (s.indicator ? [`${s.indicator}/${d.id}`] : [])));
    expect(index.indicators.flatMap((i) => i.regions.map((r) => `${i.id}/${r.dataset}`)).sort()).toEqual(named.sort());
  });

  test('each dataset page: table from the data, JSON-LD Dataset, downloads that exist with their sizes', () => {
    for (const dataset of datasets) {
      const page = readPage(site, `${site.base}data/${dataset.id}/`);
      expect(page.querySelector('h1')?.text).toBe(dataset.title);
      // On its own page the figure's disclosure is open: the table is what the page is for.
      expect(page.querySelector('figure details.chart-details')?.hasAttribute('open')).toBe(true);
      const rows = page.querySelectorAll('figure details table tbody tr');
      expect(rows.map((row) => row.querySelector('th')?.getAttribute('data-period'))).toEqual(periodsOf(dataset));
      const headers = page.querySelectorAll('figure table thead th').map((th) => th.text);
      expect(headers).toEqual(['期间', ...dataset.series.map((s) => s.name)]);
      rows.forEach((row, r) => {
        const period = periodsOf(dataset)[r];
        row.querySelectorAll('td').forEach((cell, c) => {
          const value = dataset.series[c]!.points.find((p) => p.period === period)?.value ?? null;
          expect(cell.getAttribute('data-value')).toBe(value === null ? '' : String(value));
          if (value === null) expect(cell.text).toContain('—');
        });
      });
      const ld = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.text);
      expect(ld['@type']).toBe('Dataset');
      expect(ld.name).toBe(dataset.title);
      expect(ld.distribution.map((d: { encodingFormat: string }) => d.encodingFormat)).toEqual([
        'text/csv',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'application/json',
        'image/png',
      ]);
      for (const item of page.querySelectorAll('.downloads li')) {
        const link = item.querySelector('a')!;
        const file = fileOfUrl(site, link.getAttribute('href')!);
        expect(file, link.getAttribute('href')!).toBeDefined();
        const kb = Math.max(1, Math.round(readFileSync(file!).length / 1024));
        expect(item.text).toContain(`，${kb} KB`);
      }
    }
  });

  test('downloads: an XLSX workbook for every dataset, whose figures are the CSV’s as numbers', async () => {
    for (const dataset of datasets) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(new Uint8Array(readFileSync(fileOfUrl(site, `${site.base}data/${dataset.id}.xlsx`)!)).buffer);
      const sheet = workbook.getWorksheet(DATA_SHEET)!;
      const csv = readFileSync(fileOfUrl(site, `${site.base}data/${dataset.id}.csv`)!, 'utf8')
        .slice(1)
        .split('\r\n')
        .filter(Boolean);
      expect((sheet.getRow(1).values as unknown[]).slice(1).join(',')).toBe(csv[0]);
      csv.slice(1).forEach((line, index) => {
        const cells = (sheet.getRow(index + 2).values as unknown[]).slice(1);
        const [period, ...values] = line.split(',');
        expect(cells[0]).toBe(period);
        values.forEach((value, column) => expect(cells[column + 1] ?? '').toBe(value === '' ? '' : Number(value)));
      });
      expect(workbook.getWorksheet(ABOUT_SHEET)!.getCell('B1').value).toBe(dataset.title);
    }
  });

  test('downloads: CSV with BOM and Chinese header, JSON as written, PNG', () => {
    for (const dataset of datasets) {
      const csv = readFileSync(fileOfUrl(site, `${site.base}data/${dataset.id}.csv`)!);
      expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = csv.toString('utf8').slice(1).split('\r\n');
      expect(lines[0]).toBe(['期间', ...dataset.series.map((s) => `${s.name}（${dataset.unit}）`)].join(','));
      expect(lines.slice(1, -1).map((line) => line.split(',')[0])).toEqual(periodsOf(dataset));
      const json = JSON.parse(readFileSync(fileOfUrl(site, `${site.base}data/${dataset.id}.json`)!, 'utf8'));
      expect(json).toEqual(dataset);
      const png = readFileSync(fileOfUrl(site, `${site.base}data/${dataset.id}.png`)!);
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(png.length).toBeGreaterThan(5000);
      // Under the 1200 × 675 chart, a 30 px line each for the notes and the source, as the page gives them.
      expect(png.readUInt32BE(16)).toBe(1200);
      expect(png.readUInt32BE(20), dataset.id).toBeGreaterThanOrEqual(675 + 30 * (dataset.notes ? 2 : 1));
    }
  });

  test('JavaScript a chart page can load stays within 90 KB gzip: its scripts, and Chart.js in the worker or, where there is none, on the page', () => {
    const chartPages = measurePages(site.dist, site.base).filter((page) => page.kind === 'article-with-chart' || page.kind === 'dataset');
    expect(chartPages.length).toBeGreaterThan(0);
    const heaviest = Math.max(...chartPages.map((page) => page.js.gzip));
    // Chart.js is counted once, in the heavier of its two bundles (the worker's or the page's).
    const bundles = listFiles(join(site.dist, '_astro'))
      .filter((file) => /chart-(worker|draw)/.test(file))
      .map((file) => gzipSync(readFileSync(file), { level: 9 }).length);
    expect(bundles).toHaveLength(2);
    expect(heaviest).toBeGreaterThanOrEqual(Math.max(...bundles));
    expect(heaviest).toBeLessThan(bundles[0]! + bundles[1]!);
    console.log(`${site.name}: a chart page loads at most ${heaviest} B of JavaScript (gzip)`);
    expect(heaviest).toBeLessThanOrEqual(90 * 1024);
  });
});

describe('figures in the fixture article', () => {
  const site = fixtureSite;
  const page = () => readPage(site, `${site.base}articles/clinic-statistics/`);

  test('<Stat> values come from the data: value, change, difference, share', () => {
    expect(
      page()
        .querySelectorAll('data.stat')
        .map((el) => [el.text, el.getAttribute('value')]),
    ).toEqual([
      ['186万人次', '1860000'],
      ['增长1388.0%', '1735000'],
      ['增加11000人次', '11000'],
      ['83.70%', '83.70'],
    ]);
  });

  test('<Chart> renders a full figure: caption, hidden canvas with a name, summary, then a closed disclosure with table, footnote, source link', () => {
    const figure = page().querySelector('figure[data-chart="line"]')!;
    expect(figure.querySelector('figcaption')?.text).toBe('测试市门诊人次（含缺失年份）');
    const holder = figure.querySelector('.chart-canvas')!;
    expect(holder.hasAttribute('hidden')).toBe(true);
    expect(holder.querySelector('canvas')?.getAttribute('role')).toBe('img');
    expect(holder.querySelector('canvas')?.getAttribute('aria-label')).toContain('2019年数据缺失');
    expect(holder.querySelector('canvas')?.getAttribute('aria-label')).toContain('各期数值见图下“数据表、来源与下载”中的数据表。');
    const details = figure.querySelector('details.chart-details')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.querySelector('summary')?.text.trim()).toBe('数据表、来源与下载');
    expect(details.querySelectorAll('table, .chart-facts, .downloads')).toHaveLength(3);
    expect(figure.querySelector('.chart-summary')?.parentNode).toBe(figure);
    expect(figure.querySelector('.chart-summary')?.text).toBe(
      '2017年至2021年，门诊人次由12.5万人次增至186万人次，增长1388.0%。2017年至2021年，急诊人次由20000人次增至31000人次，增长55.0%。原始材料未给出2019年门诊人次的数据。',
    );
    const footnoteTarget = figure.querySelector('td sup a')!.getAttribute('href')!.slice(1);
    expect(figure.querySelector(`#${footnoteTarget}`)?.nextElementSibling?.text).toContain('“—”表示原始材料未给出该数据');
    expect(figure.querySelector('a[href="https://example.gov.cn/stats/2021.html"]')?.text).toBe('测试市卫生健康委员会统计公报');
  });

  test('dataset pages list the articles that cite them, derived from the article bodies', () => {
    for (const id of ['test-clinic-visits', 'test-checkups']) {
      const links = readPage(site, `${site.base}data/${id}/`)
        .querySelectorAll('section a')
        .map((a) => a.getAttribute('href'));
      expect(links).toEqual([`${site.base}articles/clinic-statistics/`]);
    }
  });
});
