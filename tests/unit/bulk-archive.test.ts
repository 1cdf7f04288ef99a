// The bulk download (src/lib/stats/bulk-archive.ts), read back with jszip and
// byte by byte: names, contents, dates, the UTF-8 flag, the same bytes each time.
import JSZip from 'jszip';
import { afterEach, expect, test, vi } from 'vitest';
import { ARCHIVE_FILE_DATE, zipArchive, type ArchiveFile } from '../../src/lib/stats/bulk-archive.ts';

const csv = '\uFEFF期间,床位数（张）\r\n2019,5.72\r\n2020,\r\n';
const binary = new Uint8Array([0, 1, 2, 250, 251, 252, 253, 254, 255, 0x50, 0x4b]);
const files: ArchiveFile[] = [
  { name: 'datapackage.json', bytes: '{"name": "weijian-data"}\n' },
  { name: 'xianyang-beds.csv', bytes: csv },
  { name: '说明.txt', bytes: '每千人口床位数，单位：张。\r\n' },
  { name: 'xianyang-beds.xlsx', bytes: binary },
  { name: 'indicators/床位.csv', bytes: csv },
];

afterEach(() => {
  vi.useRealTimers();
});

/** Each central-directory record's flags and name, straight from the archive's bytes. */
function centralDirectory(zip: Uint8Array): { flags: number; method: number; name: string }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const records: { flags: number; method: number; name: string }[] = [];
  for (let offset = 0; offset + 46 <= zip.length; offset++) {
    if (view.getUint32(offset, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(offset + 28, true);
    records.push({
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      name: new TextDecoder().decode(zip.subarray(offset + 46, offset + 46 + nameLength)),
    });
    offset += 45 + nameLength;
  }
  return records;
}

test('every file is there under its own name, in the order given, with the same bytes', async () => {
  const zip = await JSZip.loadAsync(await zipArchive(files));
  const members = Object.values(zip.files);
  expect(members.map((member) => member.name)).toEqual(files.map((file) => file.name));
  expect(members.some((member) => member.dir)).toBe(false);
  for (const file of files) {
    const expected = typeof file.bytes === 'string' ? new TextEncoder().encode(file.bytes) : file.bytes;
    expect(await zip.file(file.name)!.async('uint8array')).toEqual(expected);
  }
  // The CSV's BOM is kept: Excel needs it.
  const bytes = await zip.file('xianyang-beds.csv')!.async('uint8array');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
});

test('names are UTF-8 and flagged so (bit 11) when not plain ASCII; every member is DEFLATE', async () => {
  const records = centralDirectory(await zipArchive(files));
  expect(records.map((record) => record.name)).toEqual(files.map((file) => file.name));
  for (const record of records) {
    const ascii = /^[\x20-\x7e]*$/.test(record.name);
    expect(Boolean(record.flags & 0x0800), record.name).toBe(!ascii);
    expect(record.method, record.name).toBe(8);
  }
});

test('every member has the fixed date, not the day of the build', async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2031-06-30T12:34:56Z'));
  const zip = await JSZip.loadAsync(await zipArchive(files));
  for (const member of Object.values(zip.files)) expect(member.date.toISOString(), member.name).toBe(ARCHIVE_FILE_DATE.toISOString());
  expect(ARCHIVE_FILE_DATE.toISOString()).toBe('2000-01-01T00:00:00.000Z');
});

test('deterministic: two runs, at different times, give the same bytes', async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2020-01-01T00:00:00Z'));
  const first = await zipArchive(files);
  vi.setSystemTime(new Date('2031-06-30T23:59:59Z'));
  const second = await zipArchive(files);
  expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  // A different order is a different archive: the order is the caller's.
  expect(Buffer.from(await zipArchive([...files].reverse())).equals(Buffer.from(first))).toBe(false);
});

test('names that would extract badly are refused', async () => {
  for (const name of ['/etc/passwd', '../x.csv', 'a/../b.csv', 'a\\b.csv', '', 'dir/', '2019']) {
    await expect(zipArchive([{ name, bytes: 'x' }]), name).rejects.toThrow(/zip archive/);
  }
  await expect(
    zipArchive([
      { name: 'A.csv', bytes: 'x' },
      { name: 'a.csv', bytes: 'y' },
    ]),
  ).rejects.toThrow(/twice/);
});
