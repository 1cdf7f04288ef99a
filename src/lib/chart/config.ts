// The Chart.js configuration for a dataset, shared by the browser (the live
// chart) and the build (the PNG download), so both draw the same figure.
import type { ChartConfiguration } from 'chart.js';
import { formatPeriod } from '../format/period.ts';
import type { DatasetTable } from '../stats/table.ts';
import { HATCHES, LINE_DASHES, pick, POINT_STYLES, type Hatch, type Palette } from './palette.ts';

export const CHART_FONT =
  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans CJK JP", "Source Han Sans SC", system-ui, sans-serif';

/** Creates a fill pattern (the browser and the build each have their own canvas). */
export type PatternFactory = (hatch: Hatch, color: string, background: string) => CanvasPattern | string;

export interface ChartInput {
  type: 'line' | 'bar';
  unit: string;
  table: DatasetTable;
}

const compact = new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 2 });

/** Draw a hatch pattern on a small square canvas context. */
export function drawHatch(context: CanvasRenderingContext2D, size: number, hatch: Hatch, color: string, background: string): void {
  context.fillStyle = background;
  context.fillRect(0, 0, size, size);
  context.fillStyle = color;
  context.strokeStyle = color;
  context.lineWidth = 2;
  context.beginPath();
  if (hatch === 'solid') context.fillRect(0, 0, size, size);
  if (hatch === 'diagonal' || hatch === 'cross') {
    context.moveTo(0, size);
    context.lineTo(size, 0);
    context.moveTo(-size / 2, size / 2);
    context.lineTo(size / 2, -size / 2);
    context.moveTo(size / 2, size * 1.5);
    context.lineTo(size * 1.5, size / 2);
  }
  if (hatch === 'cross') {
    context.moveTo(0, 0);
    context.lineTo(size, size);
  }
  if (hatch === 'horizontal') {
    context.moveTo(0, size / 2);
    context.lineTo(size, size / 2);
  }
  if (hatch === 'vertical') {
    context.moveTo(size / 2, 0);
    context.lineTo(size / 2, size);
  }
  if (hatch === 'dots') context.arc(size / 2, size / 2, size / 5, 0, Math.PI * 2);
  if (hatch === 'dots') context.fill();
  else context.stroke();
}

export function chartConfig(
  input: ChartInput,
  palette: Palette,
  options: { animate: boolean; pattern: PatternFactory },
): ChartConfiguration {
  const labels = input.table.periods.map(formatPeriod);
  const datasets = input.table.columns.map((column, index) => {
    const color = pick(palette.series, index);
    const common = { label: column.name, data: column.cells, borderColor: color };
    if (input.type === 'line') {
      return {
        ...common,
        backgroundColor: color,
        borderDash: pick(LINE_DASHES, index),
        pointStyle: pick(POINT_STYLES, index),
        pointRadius: 5,
        pointHoverRadius: 7,
        borderWidth: 3,
        spanGaps: false,
      };
    }
    return { ...common, backgroundColor: options.pattern(pick(HATCHES, index), color, palette.background), borderWidth: 2 };
  });
  return {
    type: input.type,
    data: { labels, datasets } as ChartConfiguration['data'],
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: options.animate ? { duration: 400 } : false,
      color: palette.text,
      font: { family: CHART_FONT, size: 14 },
      scales: {
        x: { ticks: { color: palette.text, font: { family: CHART_FONT, size: 14 } }, grid: { color: palette.grid } },
        y: {
          beginAtZero: input.type === 'bar',
          ticks: { color: palette.text, font: { family: CHART_FONT, size: 14 }, callback: (value) => compact.format(Number(value)) },
          grid: { color: palette.grid },
          title: { display: true, text: `单位：${input.unit}`, color: palette.text, font: { family: CHART_FONT, size: 14 } },
        },
      },
      plugins: {
        legend: { labels: { color: palette.text, usePointStyle: input.type === 'line', font: { family: CHART_FONT, size: 14 } } },
        // Every value is in the table beside the chart, so tooltips are a convenience for pointer users only.
        tooltip: { enabled: true },
      },
    },
  } as ChartConfiguration;
}
