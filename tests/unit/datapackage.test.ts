// The data package of every CSV (src/lib/stats/datapackage.ts), validated offline
// against the official Tabular Data Package v1 profile (tests/fixtures/frictionless/).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { afterEach, expect, test, vi } from 'vitest';
import { licenseStatement } from '../../src/lib/content/license.ts';
import type { SiteConfig } from '../../src/lib/schema/site-config.ts';
import { csvHeader, datasetCsv } from '../../src/lib/stats/csv.ts';
import { DATA_PACKAGE_SPEC, dataPackage, dataPackageJson, type DataPackageInput } from '../../src/lib/stats/datapackage.ts';
import type { Dataset } from '../../src/lib/stats/dataset.ts';
import { repoRoot } from '../support/paths.ts';

const profile = JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/frictionless/tabular-data-package.json'), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addFormat('textarea', true);
const validate = ajv.compile(profile);

const beds: Dataset = {
  id: 'xianyang-beds',
  title: '咸阳市每千人口床位数',
  region: 'xianyang',
  unit: '张',
  source: '咸阳市卫生健康委员会',
  sourceUrl: 'https://wjw.xianyang.gov.cn/tjxx/1.html',
  description: '全市医疗卫生机构床位数按常住人口折算。',
  updated: '2024-03-01',
  chart: 'line',
  series: [
    {
      name: '床位数,含"日间"床位',
      points: [
        { period: '2019', value: 5.72 },
        { period: '2020', value: 6.01 },
      ],
    },
    {
      name: '护士数',
      points: [
        { period: '2019', value: 2.9 },
        { period: '2020', value: null },
      ],
    },
  ],
};

const screening: Dataset = {
  id: 'yongzhou-screening-2019',
  title: '永州市“两癌”免费检查进度',
  region: 'yongzhou',
  unit: '人',
  source: '永州市卫生健康委员会',
  notes: '完成数截至7月31日。',
  chart: 'bar',
  series: [
    {
      name: '完成数',
      points: [
        { period: '2019-06', value: 70000 },
        { period: '2019-07', value: 82353 },
      ],
    },
  ],
};

const REGIONS: Record<string, string> = { xianyang: '咸阳市', yongzhou: '永州市' };

const unset: SiteConfig = { name: '卫健', description: '地方卫生健康工作报道与统计', publisher: '卫健编辑部', license: null };
const placeholder: SiteConfig = {
  ...unset,
  license: { name: '知识共享署名 4.0', url: 'https://creativecommons.org/licenses/by/4.0/', spdx: 'CC-BY-4.0', placeholder: true },
};
const granted: SiteConfig = {
  ...unset,
  license: { name: '知识共享署名 4.0', url: 'https://creativecommons.org/licenses/by/4.0/', spdx: 'CC-BY-4.0' },
};

const input = (site: SiteConfig = unset, more: Partial<DataPackageInput> = {}): DataPackageInput => ({
  datasets: [beds, screening],
  site,
  license: licenseStatement(site),
  homepage: 'https://example.cn/',
  datasetPageUrl: (id) => `https://example.cn/data/${id}/`,
  regionName: (id) => REGIONS[id] ?? id,
  ...more,
});

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const errors = () => (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);

/** RFC 4180 fields of the first record of a CSV (the header), after its BOM. */
function firstRecord(csv: string): string[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const text = csv.slice(1);
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      fields.push(field);
      field = '';
    } else if (!quoted && char === '\r' && text[i + 1] === '\n') {
      break;
    } else {
      field += char;
    }
  }
  fields.push(field);
  return fields;
}

afterEach(() => {
  vi.useRealTimers();
});

test('the package is valid against the official Tabular Data Package v1 profile, for each licence state', () => {
  for (const site of [unset, placeholder, granted]) {
    const descriptor = dataPackage(input(site));
    expect(validate(descriptor), errors().join('\n')).toBe(true);
    expect(descriptor.profile).toBe(DATA_PACKAGE_SPEC.profile);
  }
  expect(DATA_PACKAGE_SPEC.version).toBe('1.0');
});

test('the validator refuses a broken copy: no path, a bad name, a field without a name, an unknown type', () => {
  const good = dataPackage(input());
  const noPath = clone(good) as unknown as { resources: Record<string, unknown>[] };
  delete noPath.resources[0]!.path;
  const badName = clone(good);
  badName.resources[1]!.name = 'Yongzhou Screening';
  const noProfile = clone(good) as unknown as Record<string, unknown>;
  delete noProfile.profile;
  const badType = clone(good) as unknown as { resources: { schema: { fields: Record<string, unknown>[] } }[] };
  badType.resources[0]!.schema.fields[1]!.type = 'decimal';
  const noFieldName = clone(good) as unknown as { resources: { schema: { fields: Record<string, unknown>[] } }[] };
  delete noFieldName.resources[0]!.schema.fields[0]!.name;
  for (const broken of [noPath, badName, noProfile, badType, noFieldName]) expect(validate(broken)).toBe(false);
});

test('each resource: its CSV beside the package, fields named as the CSV header says, 期间 as text, "" as missing', () => {
  const descriptor = dataPackage(input());
  expect(descriptor.resources.map((resource) => resource.path)).toEqual(['xianyang-beds.csv', 'yongzhou-screening-2019.csv']);
  for (const [index, dataset] of [beds, screening].entries()) {
    const resource = descriptor.resources[index]!;
    const csv = datasetCsv(dataset);
    expect(resource.schema.fields.map((field) => field.name)).toEqual(firstRecord(csv));
    expect(resource.schema.fields.map((field) => field.name)).toEqual(csvHeader(dataset));
    expect(resource.schema.missingValues).toEqual(['']);
    expect(resource.schema.fields[0]).toMatchObject({ name: '期间', type: 'string', constraints: { required: true, unique: true } });
    expect(resource.schema.fields[0]!.description).toContain('不是日期');
    expect(resource.schema.fields.slice(1).every((field) => field.type === 'number' && field.description.includes(dataset.unit))).toBe(
      true,
    );
    expect(resource).toMatchObject({ name: dataset.id, format: 'csv', mediatype: 'text/csv', encoding: 'utf-8' });
    expect(resource.dialect).toMatchObject({ header: true, delimiter: ',', lineTerminator: '\r\n', doubleQuote: true });
    expect(resource.bytes).toBe(Buffer.byteLength(csv));
    expect(resource.hash).toBe(`sha256:${createHash('sha256').update(Buffer.from(csv, 'utf8')).digest('hex')}`);
    expect(resource.homepage).toBe(`https://example.cn/data/${dataset.id}/`);
  }
  // The comma-and-quote series name survives as a field name, and its title is the name without the unit.
  expect(descriptor.resources[0]!.schema.fields[1]).toMatchObject({ name: '床位数,含"日间"床位（张）', title: '床位数,含"日间"床位' });
  // The missing figure really is the empty cell the schema declares.
  expect(datasetCsv(beds)).toContain('2020,6.01,\r\n');
  // 2019-07 is a value the period field's pattern accepts.
  const pattern = new RegExp(`^(?:${descriptor.resources[1]!.schema.fields[0]!.constraints!.pattern!})$`);
  expect(['2019', '2019-07', '2019-07-31'].every((period) => pattern.test(period))).toBe(true);
  expect(pattern.test('2019-7')).toBe(false);
});

test('sources name the source, with its address only when the dataset has one', () => {
  const [withUrl, withoutUrl] = dataPackage(input()).resources;
  expect(withUrl!.sources).toEqual([{ title: '咸阳市卫生健康委员会', path: 'https://wjw.xianyang.gov.cn/tjxx/1.html' }]);
  expect(withoutUrl!.sources).toEqual([{ title: '永州市卫生健康委员会' }]);
  expect(withUrl!.description).toContain('咸阳市');
  expect(withoutUrl!.description).toContain('2019年6月至2019年7月');
});

test('licenses only for a granted licence; otherwise the description says it is not chosen', () => {
  for (const site of [unset, placeholder]) {
    const descriptor = dataPackage(input(site));
    expect(descriptor).not.toHaveProperty('licenses');
    expect(descriptor.resources.some((resource) => 'licenses' in resource)).toBe(false);
    expect(descriptor.description).toContain('许可协议尚未选定');
    expect(JSON.stringify(descriptor)).not.toContain('creativecommons.org');
  }
  const descriptor = dataPackage(input(granted));
  const licenses = [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: '知识共享署名 4.0' }];
  expect(descriptor.licenses).toEqual(licenses);
  expect(descriptor.resources.every((resource) => JSON.stringify(resource.licenses) === JSON.stringify(licenses))).toBe(true);
  expect(descriptor.description).not.toContain('尚未选定');
  // A statement that contradicts the config is refused rather than half-believed.
  expect(() => dataPackage(input(placeholder, { license: licenseStatement(granted) }))).toThrow(/disagree/);
});

test('the package: name, title, publisher, homepage, keywords; no creation date unless given', () => {
  const descriptor = dataPackage(input());
  expect(descriptor).toMatchObject({
    name: 'weijian-data',
    title: '卫健数据',
    homepage: 'https://example.cn/',
    contributors: [{ title: '卫健编辑部', role: 'publisher' }],
  });
  expect(descriptor.keywords).toEqual(['卫生健康', '统计数据', '咸阳市', '永州市']);
  expect(descriptor).not.toHaveProperty('created');
  const dated = dataPackage(input(unset, { created: '2024-05-01T00:00:00Z' }));
  expect(dated.created).toBe('2024-05-01T00:00:00Z');
  expect(validate(dated)).toBe(true);
});

test('deterministic: the same content gives the same bytes, whatever the clock says', () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2020-01-01T00:00:00Z'));
  const first = dataPackageJson(input(granted));
  vi.setSystemTime(new Date('2031-06-30T12:00:00Z'));
  expect(dataPackageJson(input(granted))).toBe(first);
  expect(first.endsWith('}\n')).toBe(true);
});

test('extra tables (the indicator CSVs) are described from their header; bad names and paths are refused', () => {
  const indicator: Dataset = { ...beds, id: 'beds', series: [{ name: '咸阳市', points: beds.series[0]!.points }] };
  const csv = datasetCsv(indicator);
  const descriptor = dataPackage(
    input(granted, {
      extraTables: [
        {
          name: 'indicator-beds',
          path: 'indicators/beds.csv',
          title: '每千人口床位数',
          unit: '张',
          columns: csvHeader(indicator),
          sources: [{ title: '咸阳市：咸阳市卫生健康委员会', path: 'https://wjw.xianyang.gov.cn/tjxx/1.html' }],
          pageUrl: 'https://example.cn/indicators/beds/',
          csv,
        },
      ],
    }),
  );
  expect(validate(descriptor), errors().join('\n')).toBe(true);
  const extra = descriptor.resources[2]!;
  expect(extra.schema.fields.map((field) => field.name)).toEqual(firstRecord(csv));
  expect(extra.schema.fields[1]).toMatchObject({ name: '咸阳市（张）', title: '咸阳市', type: 'number' });
  expect(extra.bytes).toBe(Buffer.byteLength(csv));

  const extra0 = { name: 'x', path: 'x.csv', title: 'x', unit: '张', columns: ['期间', 'a（张）'], sources: [] };
  expect(() => dataPackage(input(unset, { extraTables: [{ ...extra0, path: '../indicators/x.csv' }] }))).toThrow(/path/);
  expect(() => dataPackage(input(unset, { extraTables: [{ ...extra0, path: '/indicators/x.csv' }] }))).toThrow(/path/);
  expect(() => dataPackage(input(unset, { extraTables: [{ ...extra0, name: 'X Y' }] }))).toThrow(/name/);
  expect(() => dataPackage(input(unset, { extraTables: [{ ...extra0, name: 'xianyang-beds' }] }))).toThrow(/two resources/);
  expect(() => dataPackage(input(unset, { extraTables: [{ ...extra0, columns: ['地区', 'a（张）'] }] }))).toThrow(/first column/);
  expect(() => dataPackage(input(unset, { datasets: [{ ...beds, id: 'Xianyang_Beds' }] }))).toThrow(/name/);
  expect(dataPackage(input(unset, { extraTables: [{ ...extra0, path: 'https://example.cn/indicators/x.csv' }] })).resources[2]!.path).toBe(
    'https://example.cn/indicators/x.csv',
  );
});
