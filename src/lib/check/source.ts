// Where the checker reads content from: the working tree (`npm run check`, CI,
// the build) or a git tree, the index for the pre-commit hook (`--staged`) and
// HEAD to tell which problems a commit causes. A git tree is read with two git
// processes however many files it holds: one listing, one `cat-file --batch`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export interface ContentSource {
  /** Absolute paths of the files at any depth under `dir` (absolute), in no particular order; [] when there is no such folder. */
  listFiles(dir: string): string[];
  /** A file's bytes, or undefined when it is missing or cannot be read. */
  readFile(file: string): Uint8Array | undefined;
}

/** A file name that is not valid UTF-8 cannot even be opened: treat it as a file so it is reported. */
function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return true;
  }
}

/** The working tree, as the editor sees it. */
export const fileSystemSource: ContentSource = {
  listFiles(dir) {
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((name) => join(dir, name))
      .filter(isFile);
  },
  readFile(file) {
    try {
      return readFileSync(file);
    } catch {
      return undefined;
    }
  },
};

/** git's empty blob: what `git add -N` (intent to add) puts in the index. */
const EMPTY_BLOB = /^e69de29bb2d1d6434b8b29ae775ad8c2e48c5391$|^473a0f4c3be8a93681a267e3b1e9a7dcda1185436fe141f7749120a303721813$/;

export class GitError extends Error {}

/** The real path of a file or of its nearest existing folder, with the rest appended. */
function realpathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realpathOf(parent), basename(path));
  }
}

/** A git work tree seen from `cwd`, which may be below its top level. */
export class GitRepo {
  /** The top level of the work tree, spelled from `cwd` (so paths relative to `cwd` stay as the editor typed them). */
  readonly top: string;

  private constructor(cwd: string, cdup: string) {
    this.top = resolve(cwd, cdup);
  }

  /** The repository `cwd` is in, or undefined when it is in none (or git is missing). */
  static open(cwd: string): GitRepo | undefined {
    const result = spawnSync('git', ['rev-parse', '--show-cdup'], { cwd, encoding: 'utf8' });
    if (result.status !== 0 || result.error) return undefined;
    return new GitRepo(cwd, result.stdout.trim() || '.');
  }

  /** Run git at the top level (where `ls-files` sees the whole index); its stdout as bytes. */
  run(args: string[], input?: string): Buffer {
    const result = spawnSync('git', args, { cwd: this.top, input, maxBuffer: Number.MAX_SAFE_INTEGER });
    if (result.error || result.status !== 0) {
      throw new GitError(`git ${args.join(' ')}: ${result.error?.message ?? result.stderr.toString().trim()}`);
    }
    return result.stdout;
  }

  /** `content/a.mdx` (relative to the top level, as git names files) for an absolute path; undefined outside the work tree. */
  gitPath(file: string): string | undefined {
    // Through symlinks (a content folder linked in from elsewhere in the work tree), as git stores the files.
    const path = relative(realpathOf(this.top), realpathOf(file));
    return isAbsolute(path) || path === '..' || path.startsWith(`..${sep}`) ? undefined : path.split(sep).join('/');
  }

  hasHead(): boolean {
    return spawnSync('git', ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { cwd: this.top, stdio: 'ignore' }).status === 0;
  }

  /**
   * What the commit being prepared changes: paths (relative to the top level)
   * added, modified or deleted in the index against HEAD. A rename is a deletion plus an addition.
   */
  stagedPaths(): string[] {
    const fields = this.run(['diff', '--cached', '--name-status', '--no-renames', '--no-relative', '-z']).toString('utf8').split('\0');
    const paths: string[] = [];
    for (let index = 0; index + 1 < fields.length; index += 2) paths.push(fields[index + 1]!);
    return paths;
  }
}

/** The files the checker reads the bytes of; of any other it only needs to know it is there. */
const READ = /\.(?:mdx|json)$/i;

interface Entry {
  /** undefined for a path that cannot be read back (not valid UTF-8). */
  sha: string | undefined;
}

/**
 * The files under `scope` (absolute) in the index (`'index'`: what `git commit`
 * would record) or in the last commit (`'HEAD'`; empty before the first commit).
 */
export function gitSource(repo: GitRepo, tree: 'index' | 'HEAD', scope: string): ContentSource {
  const entries = new Map<string, Entry>();
  const scopePath = repo.gitPath(scope);
  if (scopePath !== undefined && (tree === 'index' || repo.hasHead())) {
    const prefix = scopePath === '' ? '' : `${scopePath}/`;
    const listing =
      tree === 'index' ? repo.run(['ls-files', '--stage', '--full-name', '-z']) : repo.run(['ls-tree', '-r', '-z', '--full-tree', 'HEAD']);
    let intentToAdd: Set<string> | undefined;
    for (let start = 0; start < listing.length;) {
      let end = listing.indexOf(0, start);
      if (end === -1) end = listing.length;
      const record = listing.subarray(start, end);
      start = end + 1;
      const tab = record.indexOf(9);
      if (tab === -1) continue;
      // index: "<mode> <sha> <stage>\t<path>"; tree: "<mode> <type> <sha>\t<path>"
      const [mode, second, third] = record.subarray(0, tab).toString('latin1').split(' ');
      const sha = tree === 'index' ? second! : third!;
      const stage = tree === 'index' ? third : '0';
      // Submodules are not content; in a merge, "ours" stands in until the conflict is resolved.
      if (mode === '160000' || (stage !== '0' && stage !== '2')) continue;
      const rawPath = record.subarray(tab + 1);
      const path = rawPath.toString('utf8');
      if (!path.startsWith(prefix)) continue;
      if (tree === 'index' && EMPTY_BLOB.test(sha)) {
        // `git add -N` leaves an empty entry that the commit will not record.
        intentToAdd ??= new Set(
          repo.run(['diff', '--name-only', '--diff-filter=A', '--no-renames', '--no-relative', '-z']).toString('utf8').split('\0'),
        );
        if (intentToAdd.has(path)) continue;
      }
      // A name git stored in another encoding is reported as unreadable, as on disk.
      const readable = Buffer.from(path, 'utf8').equals(rawPath);
      if (stage === '0' || !entries.has(path)) entries.set(path, { sha: readable ? sha : undefined });
    }
  }

  let blobs: Map<string, Buffer> | undefined;
  const loadBlobs = () => {
    // Only what the checker reads: media or other large files under content/ are listed, never loaded.
    const shas = [
      ...new Set(
        [...entries]
          .filter(([path]) => READ.test(path))
          .map(([, entry]) => entry.sha)
          .filter((sha): sha is string => sha !== undefined),
      ),
    ];
    const loaded = new Map<string, Buffer>();
    if (shas.length === 0) return loaded;
    const output = repo.run(['cat-file', '--batch', '--buffer'], `${shas.join('\n')}\n`);
    // "<sha> blob <size>\n<bytes>\n" per object, in the order asked.
    for (let offset = 0; offset < output.length;) {
      const headerEnd = output.indexOf(10, offset);
      if (headerEnd === -1) break;
      const [sha, type, size] = output.subarray(offset, headerEnd).toString('latin1').split(' ');
      if (type === 'missing' || size === undefined) {
        offset = headerEnd + 1;
        continue;
      }
      const bodyStart = headerEnd + 1;
      loaded.set(sha!, output.subarray(bodyStart, bodyStart + Number(size)));
      offset = bodyStart + Number(size) + 1;
    }
    return loaded;
  };

  return {
    listFiles(dir) {
      const dirPath = repo.gitPath(dir);
      if (dirPath === undefined) return [];
      const prefix = dirPath === '' ? '' : `${dirPath}/`;
      // Spelled under `dir` as asked (it may be reached through a symlink), so paths in messages read as on disk.
      return [...entries.keys()]
        .filter((path) => path.startsWith(prefix))
        .map((path) => join(dir, ...path.slice(prefix.length).split('/')));
    },
    readFile(file) {
      const path = repo.gitPath(file);
      const sha = path === undefined ? undefined : entries.get(path)?.sha;
      if (sha === undefined) return undefined;
      if (!READ.test(path!)) return new Uint8Array();
      blobs ??= loadBlobs();
      return blobs.get(sha);
    },
  };
}
