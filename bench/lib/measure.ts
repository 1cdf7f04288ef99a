// Runs a command and measures what the issue asks for: wall time and the peak
// resident memory of its whole process tree (the sum of every descendant's RSS,
// sampled from /proc every 100 ms), plus the samples so a caller can split the
// run into stages by time.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';

export interface MemorySample {
  at: number;
  rss: number;
}
export interface Measured {
  seconds: number;
  peakRss: number;
  samples: MemorySample[];
  start: number;
  end: number;
  output: string;
}

const PAGE_SIZE = 4096;

/** RSS (bytes) of `root` and all its descendants, from /proc. */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rssOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) start after ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const ppid = Number(fields[1]);
      rssOf.set(pid, Number(fields[21]) * PAGE_SIZE);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rssOf.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; quiet?: boolean },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = Date.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.length > 200_000) output = output.slice(-100_000);
      if (!options.quiet) process.stdout.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const samples: MemorySample[] = [];
    const timer = setInterval(() => {
      if (child.pid) samples.push({ at: Date.now(), rss: treeRss(child.pid) });
    }, 100);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const end = Date.now();
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`));
      resolve({ seconds: (end - start) / 1000, peakRss: Math.max(0, ...samples.map((s) => s.rss)), samples, start, end, output });
    });
  });
}

/** Peak of the samples taken between two instants (one stage of a run). */
export function peakBetween(samples: MemorySample[], start: number, end: number): number {
  return Math.max(0, ...samples.filter((s) => s.at >= start && s.at <= end).map((s) => s.rss));
}

export function directorySize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(`${entry.parentPath}/${entry.name}`).size;
  }
  return { files, bytes };
}
