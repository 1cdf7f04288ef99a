// The Frictionless Tabular Data Package (v1) of every CSV the site publishes:
// /data/datapackage.json beside /data/<id>.csv, and the same file at the root
// of the bulk ZIP, so every path in it is relative to the package. Each CSV is
// described as datasetCsv writes it (csv.ts): UTF-8 with a BOM, CRLF, a header
// row whose labels are the field names, an empty cell for a missing figure.
// Nothing here reads the clock: the same content gives the same bytes.
import { createHash } from 'node:crypto';
import { formatPeriodRange } from '../format/period.ts';
import { licenseUnchosen, type SiteConfig } from '../schema/site-config.ts';
import { csvHeader, datasetCsv, PERIOD_COLUMN } from './csv.ts';
import { allPeriods, type Dataset } from './dataset.ts';
import { DOWNLOAD_MEDIA_TYPES } from './media-types.ts';

/**
 * The version of the standard the package follows. v1 because its JSON Schema
 * ships on npm (datapackage 1.1.10), so the tests validate against the
 * official profile offline; the v2 profiles are not published there.
 */
export const DATA_PACKAGE_SPEC = {
  title: 'Frictionless Tabular Data Package',
  version: '1.0',
  url: 'https://specs.frictionlessdata.io/tabular-data-package/',
  profile: 'tabular-data-package',
} as const;

export const DATA_PACKAGE_NAME = 'weijian-data';

/** v1's pattern for package and resource names. */
export const NAME_PATTERN = /^[-a-z0-9._/]+$/;

const NOT_CHOSEN = '许可协议尚未选定';

/** What the site says about its licence: licenseStatement() from src/lib/content/license.ts. */
export interface LicenseClaim {
  text: string;
  granted: boolean;
  grantedUrl?: string;
}

export interface PackageSource {
  title: string;
  path?: string;
}

export interface PackageLicense {
  /** The SPDX (Open Definition) identifier, when the site config gives one. */
  name?: string;
  path: string;
  title: string;
}

export interface TableField {
  name: string;
  title: string;
  type: 'string' | 'number';
  description: string;
  constraints?: { required?: boolean; unique?: boolean; pattern?: string };
}

export interface TableSchema {
  fields: TableField[];
  primaryKey: string[];
  missingValues: string[];
}

export interface CsvDialect {
  delimiter: ',';
  doubleQuote: true;
  quoteChar: '"';
  lineTerminator: '\r\n';
  skipInitialSpace: false;
  header: true;
}

export interface TabularResource {
  profile: 'tabular-data-resource';
  name: string;
  path: string;
  title: string;
  description: string;
  homepage?: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  bytes?: number;
  hash?: string;
  dialect: CsvDialect;
  schema: TableSchema;
  sources: PackageSource[];
  licenses?: PackageLicense[];
}

export interface DataPackage {
  profile: 'tabular-data-package';
  name: string;
  title: string;
  description: string;
  homepage: string;
  created?: string;
  contributors: { title: string; path?: string; role: 'publisher' }[];
  keywords: string[];
  licenses?: PackageLicense[];
  resources: TabularResource[];
}

/**
 * Another CSV written like a dataset's (the indicator CSVs: one column per
 * region). `path` is relative to the package (no `..`: the standard forbids
 * it) or an http(s) URL.
 */
export interface ExtraTable {
  name: string;
  path: string;
  title: string;
  description?: string;
  unit: string;
  /** The CSV's header row as csvHeader() gives it: 期间, then one label per column. */
  columns: readonly string[];
  sources: readonly PackageSource[];
  pageUrl?: string;
  /** The CSV exactly as published, for `bytes` and `hash`. */
  csv?: string;
}

export interface DataPackageInput {
  datasets: readonly Dataset[];
  site: Pick<SiteConfig, 'name' | 'description' | 'publisher' | 'license'>;
  /** licenseStatement(site): only a granted licence becomes `licenses`. */
  license: LicenseClaim;
  /** The site's address (absolute), the package's `homepage`. */
  homepage: string;
  /** A dataset's page, absolute. */
  datasetPageUrl: (id: string) => string;
  /** A region id's Chinese name. */
  regionName: (id: string) => string;
  extraTables?: readonly ExtraTable[];
  /** RFC 3339; left out unless given, so a rebuild does not change the file. */
  created?: string;
}

export const CSV_DIALECT: CsvDialect = {
  delimiter: ',',
  doubleQuote: true,
  quoteChar: '"',
  lineTerminator: '\r\n',
  skipInitialSpace: false,
  header: true,
};

const PERIOD_FIELD: TableField = {
  name: PERIOD_COLUMN,
  title: PERIOD_COLUMN,
  type: 'string',
  description:
    '统计期间，文本而不是日期：YYYY 为全年，YYYY-MM 为一个月，YYYY-MM-DD 为一天。2019-07 指 2019 年 7 月，请按文本读入，不要转换成日期。',
  constraints: { required: true, unique: true, pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' },
};

const MISSING_NOTE = '原始资料没有给出的数字留空（不是 0）。';

function checkName(name: string): void {
  if (!NAME_PATTERN.test(name)) throw new Error(`data package: resource name "${name}" must match ${NAME_PATTERN.source}`);
}

function checkPath(path: string): void {
  if (/^https?:\/\//i.test(path)) return;
  const parts = path.split('/');
  if (path.startsWith('/') || path.includes('\\') || parts.some((part) => part === '' || part === '..')) {
    throw new Error(`data package: path "${path}" must be relative to the package (no leading /, no ..) or an http(s) URL`);
  }
}

/** A CSV's header as a Table Schema: 期间 as text, then a number per column, the unit in its description. */
export function tableSchema(columns: readonly string[], unit: string): TableSchema {
  const [first, ...rest] = columns;
  if (first !== PERIOD_COLUMN) throw new Error(`data package: the first column must be ${PERIOD_COLUMN}, not ${String(first)}`);
  const duplicate = columns.find((label, index) => columns.indexOf(label) !== index);
  if (duplicate !== undefined) throw new Error(`data package: column "${duplicate}" appears twice`);
  const suffix = `（${unit}）`;
  return {
    fields: [
      PERIOD_FIELD,
      ...rest.map((label): TableField => ({
        name: label,
        title: label.endsWith(suffix) ? label.slice(0, -suffix.length) : label,
        type: 'number',
        description: `单位：${unit}。${MISSING_NOTE}`,
      })),
    ],
    primaryKey: [PERIOD_COLUMN],
    missingValues: [''],
  };
}

function fileFacts(csv: string | undefined): { bytes?: number; hash?: string } {
  if (csv === undefined) return {};
  return { bytes: new TextEncoder().encode(csv).length, hash: `sha256:${createHash('sha256').update(csv, 'utf8').digest('hex')}` };
}

function grantedLicenses(site: DataPackageInput['site'], license: LicenseClaim): PackageLicense[] | undefined {
  const chosen = !licenseUnchosen(site);
  if (license.granted !== chosen) throw new Error('data package: the licence statement and the site config disagree about the licence');
  if (!license.granted || !site.license) return undefined;
  const { spdx, name } = site.license;
  return [{ ...(spdx ? { name: spdx } : {}), path: license.grantedUrl ?? site.license.url, title: name }];
}

function licenseSentence(license: LicenseClaim, licenses: PackageLicense[] | undefined): string {
  if (licenses) return `许可：${license.text}（${licenses[0]!.path}）。`;
  return license.text.startsWith(NOT_CHOSEN) ? license.text : `${NOT_CHOSEN}。${license.text}`;
}

const paragraphs = (parts: (string | undefined)[]) => parts.filter((part): part is string => Boolean(part)).join('\n\n');

function datasetResource(dataset: Dataset, input: DataPackageInput, licenses: PackageLicense[] | undefined): TabularResource {
  checkName(dataset.id);
  const periods = allPeriods(dataset);
  return {
    profile: 'tabular-data-resource',
    name: dataset.id,
    path: `${dataset.id}.csv`,
    title: dataset.title,
    description: paragraphs([
      dataset.description,
      `地区：${input.regionName(dataset.region)}。单位：${dataset.unit}。期间：${formatPeriodRange(periods[0]!, periods.at(-1)!)}。`,
      dataset.notes,
      dataset.updated && `更新：${dataset.updated}。`,
    ]),
    homepage: input.datasetPageUrl(dataset.id),
    format: 'csv',
    mediatype: DOWNLOAD_MEDIA_TYPES.CSV,
    encoding: 'utf-8',
    ...fileFacts(datasetCsv(dataset)),
    dialect: CSV_DIALECT,
    schema: tableSchema(csvHeader(dataset), dataset.unit),
    sources: [{ title: dataset.source, ...(dataset.sourceUrl ? { path: dataset.sourceUrl } : {}) }],
    ...(licenses ? { licenses } : {}),
  };
}

function extraResource(table: ExtraTable, licenses: PackageLicense[] | undefined): TabularResource {
  checkName(table.name);
  checkPath(table.path);
  return {
    profile: 'tabular-data-resource',
    name: table.name,
    path: table.path,
    title: table.title,
    description: paragraphs([table.description, `单位：${table.unit}。`]),
    ...(table.pageUrl ? { homepage: table.pageUrl } : {}),
    format: 'csv',
    mediatype: DOWNLOAD_MEDIA_TYPES.CSV,
    encoding: 'utf-8',
    ...fileFacts(table.csv),
    dialect: CSV_DIALECT,
    schema: tableSchema(table.columns, table.unit),
    sources: table.sources.map((source) => ({ title: source.title, ...(source.path ? { path: source.path } : {}) })),
    ...(licenses ? { licenses } : {}),
  };
}

/** The package descriptor, datasets first in the order given, then the extra tables. */
export function dataPackage(input: DataPackageInput): DataPackage {
  const { site, license } = input;
  const licenses = grantedLicenses(site, license);
  const resources = [
    ...input.datasets.map((dataset) => datasetResource(dataset, input, licenses)),
    ...(input.extraTables ?? []).map((table) => extraResource(table, licenses)),
  ];
  const duplicate = resources.find((resource, index) => resources.findIndex((other) => other.name === resource.name) !== index);
  if (duplicate) throw new Error(`data package: two resources are named "${duplicate.name}"`);
  const regions = input.datasets
    .map((dataset) => dataset.region)
    .filter(Boolean)
    .map((region) => input.regionName(region));
  return {
    profile: DATA_PACKAGE_SPEC.profile,
    name: DATA_PACKAGE_NAME,
    title: `${site.name}数据`,
    description: paragraphs([
      `${site.name}（${site.description}）发布的全部统计数据，每个数据文件一个 CSV。`,
      `CSV 为带 BOM 的 UTF-8，CRLF 换行，第一行为中文表头，单位写在列名的括号里；“期间”一列是文本（YYYY、YYYY-MM 或 YYYY-MM-DD），不是日期。${MISSING_NOTE}`,
      licenseSentence(license, licenses),
    ]),
    homepage: input.homepage,
    ...(input.created ? { created: input.created } : {}),
    contributors: [{ title: site.publisher, path: input.homepage, role: 'publisher' }],
    keywords: [...new Set(['卫生健康', '统计数据', ...regions])],
    ...(licenses ? { licenses } : {}),
    resources,
  };
}

/** /data/datapackage.json as published. */
export function dataPackageJson(input: DataPackageInput): string {
  return `${JSON.stringify(dataPackage(input), null, 2)}\n`;
}
