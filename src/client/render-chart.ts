// Draws one chart from the figure's own table (so chart and table cannot
// disagree), with only the Chart.js parts we use registered.
import { Chart, Tooltip } from 'chart.js';
import { CHART_PARTS } from '../lib/chart/parts.ts';
import { chartConfig, drawHatch, type ChartInput } from '../lib/chart/config.ts';
import { DARK, LIGHT } from '../lib/chart/palette.ts';
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

export function renderChart(figure: HTMLElement): void {
  const holder = figure.querySelector<HTMLElement>('.chart-canvas');
  const canvas = holder?.querySelector('canvas');
  const table = figure.querySelector('table');
  const type = figure.dataset.chart;
  if (!holder || !canvas || !table || (type !== 'line' && type !== 'bar')) return;
  holder.hidden = false;
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const input: ChartInput = { type, unit: figure.dataset.unit ?? '', table: readTable(table) };
  let chart = new Chart(canvas, chartConfig(input, dark.matches ? DARK : LIGHT, { animate: !reducedMotion, pattern }));
  dark.addEventListener('change', () => {
    chart.destroy();
    chart = new Chart(canvas, chartConfig(input, dark.matches ? DARK : LIGHT, { animate: false, pattern }));
  });
  figure.dataset.chartReady = 'true';
}
