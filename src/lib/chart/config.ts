// The Chart.js configuration for a dataset, shared by the browser (the live
// chart) and the build (the PNG download), so both draw the same figure.
import type { ChartConfiguration } from 'chart.js';
import { axisNumber } from '../format/number.ts';
import { formatPeriod } from '../format/period.ts';
import { periodGaps } from '../stats/spacing.ts';
import type { DatasetTable } from '../stats/table.ts';
import { HATCHES, LINE_DASHES, pick, POINT_STYLES, type Hatch, type Palette } from './palette.ts';

export const CHART_FONT =
  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans CJK JP", "Source Han Sans SC", system-ui, sans-serif';

/** Creates a fill pattern (the browser and the build each have their own canvas). */
export type PatternFactory = (hatch: Hatch, color: string, background: string) => CanvasPattern | string;

export interface ChartInput {
  type: 'line' | 'bar';
  unit: string;
  /** The value axis title as the page shows it (converted with the page under 繁體); else unitTitle(unit). */
  unitTitle?: string;
  table: DatasetTable;
}

/** The value axis title: the figure carries it (data-unit-title) so that 繁體 converts it with the page. */
export const unitTitle = (unit: string) => `单位：${unit}`;

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

/**
 * What a line may connect (the two-point rule). The periods come from
 * periodGaps: when the data skips periods unevenly (2015, 2016, 2020) or has
 * two with others between (2015, 2020), the axis gets the missing periods as
 * empty slots, and with `spanGaps: false` no line bridges them; the summary
 * says '中间年份无数据。' (src/lib/stats/summary.ts). A series with two
 * points or fewer is drawn as points only: a line through two figures draws
 * a trend the source does not give. Bars connect nothing and keep the given periods.
 */
function lineLayout(table: DatasetTable): { periods: string[]; columns: { cells: (number | null)[]; joined: boolean }[] } {
  const gaps = periodGaps(table.periods);
  const row = new Map(table.periods.map((period, index) => [period, index]));
  return {
    periods: gaps.axis,
    columns: table.columns.map((column) => ({
      cells: gaps.axis.map((period) => column.cells[row.get(period) ?? -1] ?? null),
      joined: gaps.filled && column.cells.filter((cell) => cell !== null).length > 2,
    })),
  };
}

export function chartConfig(
  input: ChartInput,
  palette: Palette,
  options: {
    pattern: PatternFactory;
    /** Label size in px; the page passes its own text size. */
    fontSize?: number;
    /** For 万/萬 on the axis: the page's language (zh-Hant-TW under 繁體). */
    locale?: string;
  },
): ChartConfiguration {
  const lang = options.locale ?? 'zh-CN';
  const font = { family: CHART_FONT, size: options.fontSize ?? 14 };
  const line = input.type === 'line' ? lineLayout(input.table) : undefined;
  const labels = (line?.periods ?? input.table.periods).map(formatPeriod);
  const datasets = input.table.columns.map((column, index) => {
    const color = pick(palette.series, index);
    const common = { label: column.name, borderColor: color };
    if (line) {
      const { cells, joined } = line.columns[index]!;
      return {
        ...common,
        data: cells,
        backgroundColor: color,
        borderDash: pick(LINE_DASHES, index),
        pointStyle: pick(POINT_STYLES, index),
        pointRadius: 5,
        pointHoverRadius: 7,
        borderWidth: 3,
        showLine: joined,
        spanGaps: false,
      };
    }
    return {
      ...common,
      data: column.cells,
      backgroundColor: options.pattern(pick(HATCHES, index), color, palette.background),
      borderWidth: 2,
    };
  });
  // Points standing alone sit in the middle of their slot, not half outside the plot at its edges.
  const pointsOnly = line !== undefined && line.columns.some((column) => !column.joined);
  return {
    type: input.type,
    data: { labels, datasets } as ChartConfiguration['data'],
    options: {
      // Tooltips write numbers in the page's language (Chart.js's own formatting).
      locale: lang,
      responsive: true,
      maintainAspectRatio: false,
      // Drawn complete at once: an entry animation tells the reader nothing, and redrawing
      // the chart every frame was the page's longest task on a phone (Lighthouse's TBT).
      animation: false,
      color: palette.text,
      font,
      // A period's tooltip wherever the pointer is over its column, not only on a 5 px point.
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: {
          offset: input.type === 'bar' || pointsOnly,
          ticks: { color: palette.text, font },
          grid: { color: palette.grid },
        },
        y: {
          // Zero on the value axis for lines too. A bar's length is its value, so a bar axis
          // must start at 0. A line's height is read against the axis labels, but readers of
          // these figures (counts, yuan, beds per thousand, all positive) read it as size: an
          // axis from 5.6 makes 5.72 → 7.04 张 (+23%) climb from the floor to the ceiling, as if
          // it had grown many times over. From 0 the picture matches the summary's 增长23.1%;
          // the exact figures are in the table. Chart.js still extends the axis below 0 for negatives.
          beginAtZero: true,
          ticks: { color: palette.text, font, callback: (value) => axisNumber(Number(value), lang) },
          grid: { color: palette.grid },
          title: { display: true, text: input.unitTitle ?? unitTitle(input.unit), color: palette.text, font },
        },
      },
      plugins: {
        // Clicking a legend entry does not hide its series: a pointer-only feature, and every series is in the table.
        legend: { onClick: () => undefined, labels: { color: palette.text, usePointStyle: input.type === 'line', font } },
        // Every value is in the table beside the chart, so tooltips are a convenience for pointer users only.
        tooltip: { enabled: true },
      },
    },
  } as ChartConfiguration;
}
