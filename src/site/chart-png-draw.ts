// Draws one chart's PNG download with @napi-rs/canvas and the same Chart.js
// configuration the browser uses, with its title, notes and source under it.
// Run in chart-png-worker.ts (a thread of its own), or where that cannot start
// in the build's own thread (chart-png.ts).
import { createCanvas } from '@napi-rs/canvas';
import { Chart, Title, type Plugin } from 'chart.js';
import { CHART_PARTS } from '../lib/chart/parts.ts';
import { chartConfig, drawHatch, CHART_FONT } from '../lib/chart/config.ts';
import { pngCaption, wrapText } from '../lib/chart/caption.ts';
import { LIGHT } from '../lib/chart/palette.ts';
import type { Dataset } from '../lib/stats/dataset.ts';
import type { DatasetDescription } from '../lib/stats/describe.ts';

Chart.register(...CHART_PARTS, Title);

const WIDTH = 1200;
/** The chart's own height; the caption (notes, source) adds lines below it. */
const HEIGHT = 675;
const PADDING = 24;
const CAPTION_FONT = `18px ${CHART_FONT}`;
const CAPTION_LINE = 30;
// A PNG has no page behind it: paint the background.
const whiteBackground: Plugin = {
  id: 'background',
  beforeDraw: (chart) => {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = LIGHT.background;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** A dataset with the table its figure shows (src/lib/stats/describe.ts): the PNG draws the same, and says the same under it. */
export interface ChartData {
  data: Dataset;
  about: Pick<DatasetDescription, 'table' | 'gapNote'>;
}

/** The caption under the chart, wrapped to the PNG's width: notes, 中间年份无数据, source (src/lib/chart/caption.ts). */
export function pngCaptionLines({ data, about }: ChartData): string[] {
  const context = createCanvas(1, 1).getContext('2d');
  context.font = CAPTION_FONT;
  return pngCaption(data, about).flatMap((text) => wrapText(text, WIDTH - 2 * PADDING, (line) => context.measureText(line).width));
}

/** Draws the caption lines in the space the chart leaves below itself. */
function captionPlugin(lines: string[]): Plugin {
  return {
    id: 'caption',
    afterDraw: (chart) => {
      const { ctx, height } = chart;
      ctx.save();
      ctx.fillStyle = LIGHT.text;
      ctx.font = CAPTION_FONT;
      ctx.textBaseline = 'alphabetic';
      ctx.textAlign = 'left';
      const top = height - PADDING - lines.length * CAPTION_LINE;
      lines.forEach((line, index) => ctx.fillText(line, PADDING, top + (index + 1) * CAPTION_LINE - 8));
      ctx.restore();
    },
  };
}

/** The chart as a PNG (encoded on @napi-rs/canvas's own threads). */
export async function drawPng(chartData: ChartData): Promise<Buffer> {
  const { data: dataset, about } = chartData;
  const caption = pngCaptionLines(chartData);
  const captionHeight = caption.length * CAPTION_LINE + PADDING;
  const canvas = createCanvas(WIDTH, HEIGHT + captionHeight);
  const config = chartConfig({ type: dataset.chart, unit: dataset.unit, table: about.table }, LIGHT, {
    pattern: (hatch, color, background) => {
      const tile = createCanvas(12, 12);
      const context = tile.getContext('2d');
      // @napi-rs/canvas implements the DOM canvas API under its own types; Chart.js and drawHatch are typed for the DOM's.
      drawHatch(context as unknown as CanvasRenderingContext2D, 12, hatch, color, background);
      return canvas.getContext('2d').createPattern(tile, 'repeat') as unknown as CanvasPattern;
    },
  });
  config.options = {
    ...config.options,
    responsive: false,
    devicePixelRatio: 1,
    layout: { padding: { top: PADDING, left: PADDING, right: PADDING, bottom: PADDING + captionHeight } },
    plugins: {
      ...config.options?.plugins,
      title: { display: true, text: dataset.title, color: LIGHT.text, font: { family: CHART_FONT, size: 20 } },
    },
  };
  config.plugins = [whiteBackground, captionPlugin(caption)];
  // As above: a @napi-rs/canvas canvas where Chart.js's types name the DOM's.
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, config);
  try {
    return await canvas.encode('png');
  } finally {
    // After encoding: destroying the chart clears the canvas.
    chart.destroy();
  }
}
