// The PNG download of each chart, drawn at build time with the same Chart.js
// configuration the browser uses. Cached: the article and dataset pages list
// its size, and the /data/<id>.png endpoint writes it.
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Title, type Plugin } from 'chart.js';
import { chartConfig, drawHatch, CHART_FONT } from '../lib/chart/config.ts';
import { LIGHT } from '../lib/chart/palette.ts';
import { datasetTable } from '../lib/stats/table.ts';
import type { Dataset } from '../lib/stats/dataset.ts';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Title);

const WIDTH = 1200;
const HEIGHT = 675;
const cache = new Map<string, Buffer>();

// Chinese labels in the PNG need a CJK font on the build machine (Debian: fonts-noto-cjk).
const hasCjkFont = GlobalFonts.families.some(({ family }) => /CJK|Han Sans|WenQuanYi|Hei|Song|PingFang|YaHei/i.test(family));
if (!hasCjkFont) {
  console.warn('[weijian] 没有找到中文字体，PNG 图表中的中文会显示为方块。请安装 fonts-noto-cjk（Debian/Ubuntu：sudo apt-get install fonts-noto-cjk）。');
}

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

export function chartPng(dataset: Dataset): Buffer {
  const cached = cache.get(dataset.id);
  if (cached) return cached;
  const canvas = createCanvas(WIDTH, HEIGHT);
  const config = chartConfig({ type: dataset.chart, unit: dataset.unit, table: datasetTable(dataset) }, LIGHT, {
    animate: false,
    pattern: (hatch, color, background) => {
      const tile = createCanvas(12, 12);
      const context = tile.getContext('2d');
      drawHatch(context as unknown as CanvasRenderingContext2D, 12, hatch, color, background);
      return canvas.getContext('2d').createPattern(tile, 'repeat') as unknown as CanvasPattern;
    },
  });
  config.options = {
    ...config.options,
    responsive: false,
    devicePixelRatio: 1,
    layout: { padding: 24 },
    plugins: {
      ...config.options?.plugins,
      title: { display: true, text: [dataset.title, `来源：${dataset.source}`], color: LIGHT.text, font: { family: CHART_FONT, size: 20 } },
    },
  };
  config.plugins = [whiteBackground];
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, config);
  const png = canvas.toBuffer('image/png');
  chart.destroy();
  cache.set(dataset.id, png);
  return png;
}
