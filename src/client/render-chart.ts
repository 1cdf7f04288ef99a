// Draws one chart from the figure's own table (so chart and table cannot
// disagree), with only the Chart.js parts we use registered.
import { Chart, Tooltip } from 'chart.js';
import { CHART_PARTS } from '../lib/chart/parts.ts';
import { chartConfig, drawHatch, type ChartInput } from '../lib/chart/config.ts';
import { DARK, LIGHT, type Palette } from '../lib/chart/palette.ts';
import { READING_EVENT } from './reading-event.ts';
import type { DatasetTable } from '../lib/stats/table.ts';

Chart.register(...CHART_PARTS, Tooltip);

function readTable(table: HTMLTableElement): DatasetTable {
  const names = [...table.querySelectorAll('thead th')].slice(1).map((th) => th.getAttribute('data-series') ?? th.textContent ?? '');
  const rows = [...table.querySelectorAll('tbody tr')];
  const periods = rows.map((row) => row.querySelector('th')?.getAttribute('data-period') ?? '');
  const columns = names.map((name, index) => ({
    name,
    cells: rows.map((row) => {
      const raw = row.querySelectorAll('td')[index]?.getAttribute('data-value');
      return raw === null || raw === undefined || raw === '' ? null : Number(raw);
    }),
  }));
  return { periods, columns, hasMissing: columns.some((column) => column.cells.includes(null)) };
}

function pattern(hatch: Parameters<typeof drawHatch>[2], color: string, background: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 12;
  const context = tile.getContext('2d');
  if (!context) return color;
  drawHatch(context, 12, hatch, color, background);
  return context.createPattern(tile, 'repeat') ?? color;
}

const media = (query: string) => window.matchMedia(query);

/**
 * Colours from the page itself, so the chart follows the scheme, 高对比度 and
 * the reader's forced colours (whose system colours the page's CSS resolves);
 * under forced colours every series is drawn in the text colour and told apart
 * by its dashes, markers and hatching alone.
 */
function pagePalette(figure: HTMLElement): Palette {
  const style = getComputedStyle(figure);
  const scheme = media('(prefers-color-scheme: dark)').matches ? DARK : LIGHT;
  return {
    background: style.backgroundColor,
    text: style.color,
    grid: style.getPropertyValue('--line').trim() || scheme.grid,
    series: media('(forced-colors: active)').matches ? [style.color] : scheme.series,
  };
}

/** Labels a little smaller than the figure's text, so they grow with 关怀模式 and the reader's text size. */
const labelSize = (figure: HTMLElement) => Math.max(12, Math.round(parseFloat(getComputedStyle(figure).fontSize) * 0.8));

export function renderChart(figure: HTMLElement): void {
  const holder = figure.querySelector<HTMLElement>('.chart-canvas');
  const canvas = holder?.querySelector('canvas');
  const table = figure.querySelector('table');
  const type = figure.dataset.chart;
  if (!holder || !canvas || !table || (type !== 'line' && type !== 'bar')) return;
  holder.hidden = false;
  const reducedMotion = media('(prefers-reduced-motion: reduce)').matches;
  // The table is read again on each redraw: 繁體 converts its labels in place.
  const draw = (animate: boolean) => {
    const fontSize = labelSize(figure);
    const input: ChartInput = { type, unit: figure.dataset.unit ?? '', unitTitle: figure.dataset.unitTitle, table: readTable(table) };
    // What was drawn, said on the figure too: the tests check labels follow the text size and script.
    figure.dataset.chartFont = String(fontSize);
    figure.dataset.chartLabels = [input.unitTitle, ...input.table.columns.map((column) => column.name)].join('|');
    return new Chart(
      canvas,
      chartConfig(input, pagePalette(figure), { animate, pattern, fontSize, locale: document.documentElement.lang }),
    );
  };
  let chart = draw(!reducedMotion);
  const redraw = () => {
    chart.destroy();
    chart = draw(false);
  };
  for (const query of ['(prefers-color-scheme: dark)', '(prefers-contrast: more)', '(forced-colors: active)'])
    media(query).addEventListener('change', redraw);
  window.addEventListener(READING_EVENT, redraw);
  figure.dataset.chartReady = 'true';
}
