// The lockfile must install the right native binaries on every editor's
// machine: `npm ci` on a Mac or Windows laptop installs only what the lock
// lists, so a platform package missing here is a Pagefind (or canvas, or
// Astro compiler) binary missing there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.ts';

interface LockedPackage {
  version?: string;
  os?: string[];
  cpu?: string[];
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockedPackage> };
const packages = lock.packages;

/** Where npm would find `name` for the package installed at `from` (Node's lookup, walking up node_modules). */
function resolveLocked(from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!dir) return undefined;
    const parent = dir.lastIndexOf('/node_modules/');
    dir = parent === -1 ? '' : dir.slice(0, parent);
  }
}

const PLATFORMS = ['linux', 'darwin', 'win32'] as const;
const ARCHES = ['x64', 'arm64'] as const;

describe('package-lock.json', () => {
  it('lists every optional platform package that a locked package declares', () => {
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        if (!resolveLocked(path, name)) missing.push(`${path || '(root)'} → ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(['pagefind', '@napi-rs/canvas', '@astrojs/compiler-binding', 'esbuild', 'rolldown', 'lightningcss', 'satteri'])(
    '%s has a binary for Linux, macOS and Windows on x64 and arm64',
    (name) => {
      const path = `node_modules/${name}`;
      const binaries = Object.keys(packages[path]?.optionalDependencies ?? {}).map((dep) => packages[resolveLocked(path, dep) ?? ''] ?? {});
      expect(binaries.length).toBeGreaterThan(0);
      const covered = PLATFORMS.flatMap((os) => ARCHES.map((cpu) => `${os}-${cpu}`)).filter((target) =>
        binaries.some((binary) => {
          const [os, cpu] = target.split('-');
          return binary.os?.includes(os!) && binary.cpu?.includes(cpu!);
        }),
      );
      expect(covered).toEqual(PLATFORMS.flatMap((os) => ARCHES.map((cpu) => `${os}-${cpu}`)));
    },
  );
});
