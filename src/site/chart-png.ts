// The PNG download of each chart, drawn at build time (chart-png-draw.ts).
// Cached: the article and dataset pages list its size, and the /data/<id>.png
// endpoint writes it. Drawn in a worker thread, so that Chart.js's layout and
// drawing of hundreds of charts (21 ms each here; 727 at 10,000 articles) run
// on the second core instead of between the pages Astro renders.
import { GlobalFonts } from '@napi-rs/canvas';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { drawPng, type ChartData } from './chart-png-draw.ts';
import type { PngReply, PngRequest } from './chart-png-worker.ts';

export type { ChartData } from './chart-png-draw.ts';

const cache = new Map<string, Promise<Buffer>>();

// Chinese labels in the PNG need a CJK font on the build machine (Debian: fonts-noto-cjk).
const hasCjkFont = GlobalFonts.families.some(({ family }) => /CJK|Han Sans|WenQuanYi|Hei|Song|PingFang|YaHei/i.test(family));
if (!hasCjkFont) {
  console.warn(
    '[weijian] 没有找到中文字体，PNG 图表中的中文会显示为方块。请安装 fonts-noto-cjk（Debian/Ubuntu：sudo apt-get install fonts-noto-cjk）。',
  );
}

// The worker runs from the source file: Astro's bundle of this module has no
// file of its own for it. Astro builds in the project folder (scripts/build.ts).
const WORKER_FILE = resolve(process.cwd(), 'src/site/chart-png-worker.ts');
let worker: Worker | null | undefined;
const waiting = new Map<string, { chart: ChartData; resolve: (png: Buffer) => void; reject: (error: unknown) => void }>();

function pngWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (!existsSync(WORKER_FILE)) return (worker = null);
  const thread = new Worker(WORKER_FILE);
  // Held open only while a PNG is asked for: the build does not wait for an idle worker to exit.
  thread.unref();
  thread.on('message', (reply: PngReply) => {
    const pending = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (waiting.size === 0) thread.unref();
    if ('png' in reply) pending?.resolve(Buffer.from(reply.png));
    else pending?.reject(new Error(reply.error));
  });
  // A worker that stops: what it was drawing, and everything after, is drawn in this thread.
  const stopped = () => {
    worker = null;
    for (const { chart, resolve, reject } of waiting.values()) drawPng(chart).then(resolve, reject);
    waiting.clear();
  };
  thread.on('error', stopped);
  thread.on('exit', stopped);
  return (worker = thread);
}

function drawInWorker(thread: Worker, chart: ChartData, key: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    waiting.set(key, { chart, resolve, reject });
    thread.ref();
    // Only what the drawing reads: a site's dataset also carries functions, which cannot cross to a thread.
    const { table, gapNote } = chart.about;
    thread.postMessage({ id: key, chart: { data: chart.data, about: { table, gapNote } } } satisfies PngRequest);
  });
}

/** The chart as a PNG; drawn once per `key` (its file's path: pngKey in downloads.ts). */
export function chartPng(chart: ChartData, key: string): Promise<Buffer> {
  let png = cache.get(key);
  if (!png) {
    const thread = pngWorker();
    png = thread ? drawInWorker(thread, chart, key) : drawPng(chart);
    cache.set(key, png);
  }
  return png;
}

/**
 * Starts drawing every chart in the background, two at a time (at 800 charts,
 * drawing them on demand was a quarter of the build's time). Bounded because
 * each canvas holds 3 MB until it is encoded.
 */
export function drawChartPngsInBackground(charts: readonly { chart: ChartData; key: string }[]): void {
  let next = 0;
  const queue = async () => {
    while (next < charts.length) {
      const { chart, key } = charts[next++]!;
      await chartPng(chart, key).catch(() => undefined);
    }
  };
  void queue();
  void queue();
}
