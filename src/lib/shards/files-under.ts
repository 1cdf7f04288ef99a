// The files of a content folder or code input, in a stable order: what a shard's key hashes and its article count.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `path` (or `path` itself), sorted, dot-folders and node_modules left out. */
export function filesUnder(path: string): string[] {
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch {
    return [path];
  }
  return entries
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(path, entry.name)) : [join(path, entry.name)]));
}
