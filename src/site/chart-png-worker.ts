// A thread of the build that draws chart PNGs (chart-png-draw.ts) as the
// build's thread asks for them (chart-png.ts).
import { parentPort } from 'node:worker_threads';
import { drawPng, type ChartData } from './chart-png-draw.ts';

export interface PngRequest {
  id: string;
  chart: ChartData;
}
export type PngReply = { id: string; png: Uint8Array } | { id: string; error: string };

parentPort?.on('message', ({ id, chart }: PngRequest) => {
  drawPng(chart).then(
    (png) => parentPort?.postMessage({ id, png } satisfies PngReply),
    (error: unknown) => parentPort?.postMessage({ id, error: String(error) } satisfies PngReply),
  );
});
