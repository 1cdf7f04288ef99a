// Draws one chart with Chart.js (only the parts we use registered), from what
// the page read off the figure. Runs in chart-worker.ts on an OffscreenCanvas,
// so Chart.js's work never blocks the page, or on the page itself in browsers
// that cannot hand a canvas to a worker.
import { Chart, Tooltip, type ChartItem } from 'chart.js';
import { CHART_PARTS } from '../lib/chart/parts.ts';
import { chartConfig, drawHatch, type ChartInput } from '../lib/chart/config.ts';
import type { Palette } from '../lib/chart/palette.ts';

Chart.register(...CHART_PARTS, Tooltip);

/** What the page hands over for one drawing: plain data, so it can cross to a worker. */
export interface ChartRequest {
  input: ChartInput;
  palette: Palette;
  /** Label size in px, from the figure's own text size. */
  fontSize: number;
  /** The page's language, for 万/萬 on the axis. */
  locale: string;
}

/**
 * Messages from the page to chart-worker.ts; sizes are CSS px, points relative
 * to the canvas. Each draw of a chart has a number, which the worker's reply
 * repeats: the page marks as drawn only the latest it asked for.
 */
export type ChartMessage =
  | {
      kind: 'draw';
      id: number;
      draw: number;
      canvas?: OffscreenCanvas;
      request: ChartRequest;
      width: number;
      height: number;
      devicePixelRatio: number;
    }
  | { kind: 'resize'; id: number; width: number; height: number; devicePixelRatio: number }
  | { kind: 'point'; id: number; x: number; y: number }
  | { kind: 'leave'; id: number };

/** The worker's answers: a chart on its canvas, or one it could not draw. */
export type ChartReply = { kind: 'drawn'; id: number; draw: number } | { kind: 'failed'; id: number };

/** A tile for a bar's hatching: on the page a canvas element, in a worker an OffscreenCanvas. */
function hatchTile(): OffscreenCanvas | HTMLCanvasElement {
  if (typeof document === 'undefined') return new OffscreenCanvas(12, 12);
  const tile = document.createElement('canvas');
  tile.width = tile.height = 12;
  return tile;
}

function pattern(hatch: Parameters<typeof drawHatch>[2], color: string, background: string): CanvasPattern | string {
  const tile = hatchTile();
  const context = tile.getContext('2d') as CanvasRenderingContext2D | null;
  if (!context) return color;
  drawHatch(context, 12, hatch, color, background);
  return context.createPattern(tile, 'repeat') ?? color;
}

/** A chart on a page canvas (responsive by itself) or an OffscreenCanvas (sized by the page's messages). */
export function createChart(canvas: HTMLCanvasElement | OffscreenCanvas, request: ChartRequest, devicePixelRatio?: number): Chart {
  const config = chartConfig(request.input, request.palette, { pattern, fontSize: request.fontSize, locale: request.locale });
  if (devicePixelRatio) config.options = { ...config.options, devicePixelRatio };
  // Chart.js accepts an OffscreenCanvas (it then uses its BasicPlatform) but does not type it.
  return new Chart(canvas as unknown as ChartItem, config);
}
