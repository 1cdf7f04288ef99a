// Every data file in one ZIP, for a bulk download (jszip). The same files give
// the same bytes: every member carries one fixed date (as the workbooks do,
// src/lib/stats/xlsx.ts), members keep the order given, DEFLATE throughout.
// jszip marks a name that is not plain ASCII as UTF-8 (flag bit 11, plus the
// Info-ZIP Unicode Path field), so Windows' Explorer, macOS and unzip show
// Chinese names as they are.
import JSZip from 'jszip';

export interface ArchiveFile {
  /** The member's path inside the archive, with / between folders. */
  name: string;
  /** A string is written as UTF-8 as it is (a CSV's BOM stays). */
  bytes: Uint8Array | string;
}

/** The date of every member: fixed, so it does not pass the build's day off as the data's. */
export const ARCHIVE_FILE_DATE = new Date('2000-01-01T00:00:00Z');

function checkNames(files: readonly ArchiveFile[]): void {
  const seen = new Set<string>();
  for (const { name } of files) {
    const parts = name.split('/');
    if (name.startsWith('/') || name.includes('\\') || parts.some((part) => part === '' || part === '.' || part === '..')) {
      throw new Error(`zip archive: "${name}" is not a relative file path`);
    }
    // jszip keeps its members in an object, which would put a name like "2019" before the others.
    if (/^(0|[1-9]\d*)$/.test(name)) throw new Error(`zip archive: "${name}" needs an extension`);
    // Windows and macOS fold case: two such names would overwrite each other on extraction.
    const key = name.toLowerCase();
    if (seen.has(key)) throw new Error(`zip archive: "${name}" appears twice`);
    seen.add(key);
  }
}

export async function zipArchive(files: readonly ArchiveFile[]): Promise<Uint8Array> {
  checkNames(files);
  const zip = new JSZip();
  const encoder = new TextEncoder();
  for (const file of files) {
    const bytes = typeof file.bytes === 'string' ? encoder.encode(file.bytes) : file.bytes;
    // createFolders: false, or jszip would add folder entries dated now.
    zip.file(file.name, bytes, { binary: true, date: ARCHIVE_FILE_DATE, createFolders: false });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' });
}
