// The downloads as LibreOffice Calc opens them: the XLSX (src/lib/stats/xlsx.ts)
// converted by soffice itself to CSV (every sheet) and to flat ODS, whose cells
// say whether LibreOffice took a figure as a number and a period as text; and the
// CSV (src/lib/stats/csv.ts) through LibreOffice's CSV import with no options.
// Skipped where neither LIBREOFFICE_PATH nor soffice/libreoffice on PATH gives a
// LibreOffice; CI does not install one.
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { datasetCsv } from '../../src/lib/stats/csv.ts';
import { ABOUT_SHEET, DATA_SHEET, MISSING_NOTE, datasetXlsx } from '../../src/lib/stats/xlsx.ts';
import type { Dataset } from '../../src/lib/stats/dataset.ts';

/** LibreOffice's first start in a fresh profile can take 10–20 s on a slow machine. */
const TIMEOUT = 120_000;

function findSoffice(): string | undefined {
  const executable = (file: string) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  const given = process.env.LIBREOFFICE_PATH;
  if (given) return executable(given) ? given : undefined;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return dirs.flatMap((dir) => ['soffice', 'libreoffice'].map((name) => join(dir, name))).find(executable);
}

const soffice = findSoffice();

const dataset: Dataset = {
  id: 'lo-fixture',
  title: '孕产妇系统管理率',
  region: 'xianyang',
  unit: '%',
  source: '咸阳市卫生健康委员会',
  chart: 'line',
  series: [
    {
      name: '城市',
      points: [
        { period: '2015', value: 5.72 },
        { period: '2019-07', value: 40 },
      ],
    },
    {
      name: '农村',
      points: [
        { period: '2015', value: 1234.5 },
        { period: '2019-07', value: null },
      ],
    },
  ],
};
const pageUrl = 'https://example.cn/data/lo-fixture/';

let dir = '';
let profiles = 0;

/** soffice --convert-to into a directory of its own, with a profile of its own (a running LibreOffice would otherwise take the job). */
async function convert(file: string, target: string, infilter?: string): Promise<string> {
  const outdir = join(dir, `out-${++profiles}`);
  await mkdir(outdir);
  const args = [
    '--headless',
    '--norestore',
    `-env:UserInstallation=${pathToFileURL(join(dir, `profile-${profiles}`)).href}`,
    ...(infilter ? [`--infilter=${infilter}`] : []),
    '--convert-to',
    target,
    '--outdir',
    outdir,
    join(dir, file),
  ];
  await promisify(execFile)(soffice!, args, { timeout: TIMEOUT - 10_000 });
  return outdir;
}

/** A CSV as LibreOffice writes it: LF or CRLF line ends, fields quoted with "" doubled. */
function parseCsv(text: string): string[][] {
  const field = /"((?:[^"]|"")*)"|([^,\r\n]*)/y;
  const rows: string[][] = [];
  let at = 0;
  while (at < text.length) {
    const row: string[] = [];
    for (;;) {
      field.lastIndex = at;
      const m = field.exec(text)!;
      row.push(m[1] !== undefined ? m[1].replaceAll('""', '"') : m[2]!);
      at = field.lastIndex;
      if (text[at] !== ',') break;
      at++;
    }
    rows.push(row);
    if (text.startsWith('\r\n', at)) at += 2;
    else if (text[at] === '\n' || text[at] === '\r') at++;
    else if (at < text.length) throw new Error(`unexpected ${JSON.stringify(text[at])} at ${at} in the CSV`);
  }
  return rows;
}

interface OdsCell {
  /** office:value-type: 'float', 'string', …; none for an empty cell. */
  type?: string;
  /** office:value, for numbers. */
  value?: string;
  text: string;
  note?: string;
}

const unescapeXml = (text: string) =>
  text
    .replace(/<[^>]+>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
const paragraphs = (xml: string) => [...xml.matchAll(/<text:p\b[^>]*>([\s\S]*?)<\/text:p>/g)].map((m) => unescapeXml(m[1]!)).join('\n');

/** The used cells of one sheet of a flat ODS file, row by row (the padding LibreOffice writes to column XFD and row 1048576 left off). */
function odsSheet(fods: string, name: string): OdsCell[][] {
  const table = fods.match(new RegExp(`<table:table table:name="${name}"[\\s\\S]*?</table:table>`))?.[0];
  if (!table) throw new Error(`no sheet ${name} in the flat ODS`);
  const isEmpty = (cell: OdsCell) => !cell.type && !cell.text && !cell.note;
  const rows = [...table.matchAll(/<table:table-row\b[^>]*>([\s\S]*?)<\/table:table-row>/g)].map((row) => {
    const cells = [...row[1]!.matchAll(/<table:table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)].map((m): OdsCell => {
      const attributes = m[1]!;
      const body = m[2] ?? '';
      const annotation = body.match(/<office:annotation\b[\s\S]*?<\/office:annotation>/)?.[0];
      const cell: OdsCell = { text: paragraphs(body.replace(/<office:annotation\b[\s\S]*?<\/office:annotation>/g, '')) };
      const type = attributes.match(/office:value-type="([^"]*)"/)?.[1];
      const value = attributes.match(/office:value="([^"]*)"/)?.[1];
      if (type) cell.type = type;
      if (value !== undefined) cell.value = value;
      if (annotation) cell.note = paragraphs(annotation.replace(/<dc:[a-z]+>[\s\S]*?<\/dc:[a-z]+>/g, ''));
      return cell;
    });
    while (cells.length && isEmpty(cells.at(-1)!)) cells.pop();
    return cells;
  });
  while (rows.length && !rows.at(-1)!.length) rows.pop();
  return rows;
}

const text = (t: string) => ({ type: 'string', text: t });
/** A number LibreOffice holds as a number; its shown text follows the locale's decimal sign, so only the value is checked. */
const number = (v: number) => ({ type: 'float', value: String(v), text: expect.any(String) });

describe.skipIf(!soffice)(
  soffice ? `LibreOffice (${soffice})` : 'LibreOffice — skipped: no soffice or libreoffice on PATH and LIBREOFFICE_PATH not set',
  () => {
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'weijian-libreoffice-'));
      // Only the options the current signature requires: whatever else datasetXlsx takes is optional.
      await writeFile(join(dir, 'data.xlsx'), await datasetXlsx(dataset, { pageUrl }));
      await writeFile(join(dir, 'data.csv'), datasetCsv(dataset));
    });
    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    test(
      'the XLSX saved as CSV by LibreOffice, every sheet: the header, periods as typed, plain figures, an empty missing cell',
      async () => {
        // 44 comma, 34 ", 76 UTF-8, …, false: the stored value rather than as shown, -1: every sheet (LibreOffice ≥ 7.2) to <name>-<sheet>.csv.
        const out = await convert('data.xlsx', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1');
        const data = parseCsv(await readFile(join(out, `data-${DATA_SHEET}.csv`), 'utf8'));
        expect(data).toEqual([
          ['期间', '城市（%）', '农村（%）'],
          ['2015', '5.72', '1234.5'],
          // Not 43647 (a date serial), not Jul-19; 40 with no apostrophe or format; the missing figure empty, not 0 or —.
          ['2019-07', '40', ''],
        ]);
        const about = parseCsv(await readFile(join(out, `data-${ABOUT_SHEET}.csv`), 'utf8'));
        expect(about).toContainEqual(['标题', dataset.title]);
        expect(about).toContainEqual(['单位', '%']);
        expect(about).toContainEqual(['网页', pageUrl]);
      },
      TIMEOUT,
    );

    test(
      'the XLSX saved as flat ODS by LibreOffice: figures are numbers, periods are text (2015 too), the missing cell is empty with the note',
      async () => {
        const out = await convert('data.xlsx', 'fods');
        const fods = await readFile(join(out, 'data.fods'), 'utf8');
        expect(odsSheet(fods, DATA_SHEET)).toEqual([
          [text('期间'), text('城市（%）'), text('农村（%）')],
          [text('2015'), number(5.72), number(1234.5)],
          [text('2019-07'), number(40), { text: '', note: MISSING_NOTE }],
        ]);
        const about = odsSheet(fods, ABOUT_SHEET).map((row) => row.map((cell) => cell.text));
        expect(about).toContainEqual(['标题', dataset.title]);
        expect(about).toContainEqual(['网页', pageUrl]);
      },
      TIMEOUT,
    );

    test(
      "the CSV through LibreOffice's CSV import with no options: read as Windows-1252, BOM and all, so the Chinese is mojibake",
      async () => {
        // What soffice does with a .csv given no filter options (7.4, whatever the locale: C, en_US and zh_CN alike).
        // The BOM does not make it read UTF-8; the figures themselves survive.
        const fods = await readFile(join(await convert('data.csv', 'fods'), 'data.fods'), 'utf8');
        const rows = odsSheet(fods, 'data');
        expect(rows[0]!.map((cell) => cell.text)).toEqual(['ï»¿æœŸé—´', 'åŸŽå¸‚ï¼ˆ%ï¼‰', expect.stringMatching(/^å†œæ.‘ï¼ˆ%ï¼‰$/)]);
        expect(fods).not.toContain('期间');
        expect(rows[1]![1]).toEqual(number(5.72));
        // Nothing after 40: the missing figure is an empty cell.
        expect(rows[2]).toEqual([text('2019-07'), number(40)]);
      },
      TIMEOUT,
    );

    test(
      'the CSV through LibreOffice with UTF-8 chosen (76): the Chinese reads right and the BOM is dropped, but 2015 becomes a number',
      async () => {
        const out = await convert('data.csv', 'fods', 'Text - txt - csv (StarCalc):44,34,76,1');
        const rows = odsSheet(await readFile(join(out, 'data.fods'), 'utf8'), 'data');
        expect(rows.map((row) => row.map((cell) => cell.text))).toEqual([
          ['期间', '城市（%）', '农村（%）'],
          ['2015', expect.any(String), expect.any(String)],
          ['2019-07', expect.any(String)],
        ]);
        // A CSV cannot say 2015 is a period, not a figure: the XLSX can (above).
        expect(rows[1]).toEqual([number(2015), number(5.72), number(1234.5)]);
        expect(rows[2]).toEqual([text('2019-07'), number(40)]);
      },
      TIMEOUT,
    );
  },
);
