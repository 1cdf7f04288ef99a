// One indicator across regions (content/indicators.json): every series that
// names it, each from its region's own statistic file (never retyped), and the
// comparison table with regions as rows and periods as columns.
import { comparePeriods } from '../format/period.ts';
import type { Indicator } from '../schema/taxonomy.ts';
import type { Dataset, Point } from './dataset.ts';

/** One region's series of the indicator, and the file it comes from. */
export interface IndicatorSeries {
  region: string;
  datasetId: string;
  seriesName: string;
  source: string;
  sourceUrl?: string;
  points: Point[];
}

export interface IndicatorView {
  indicator: Indicator;
  series: IndicatorSeries[];
  /** Every period any region has, in order. */
  periods: string[];
}

/** The indicators with their series, in indicators.json's order; `orderRegions` orders each one's regions. */
export function joinIndicators(
  indicators: readonly Indicator[],
  datasets: readonly Dataset[],
  orderRegions: (a: string, b: string) => number,
): IndicatorView[] {
  return indicators.map((indicator) => {
    const series = datasets
      .flatMap((dataset) =>
        dataset.series
          .filter((candidate) => candidate.indicator === indicator.id)
          .map((candidate): IndicatorSeries => ({
            region: dataset.region,
            datasetId: dataset.id,
            seriesName: candidate.name,
            source: dataset.source,
            ...(dataset.sourceUrl ? { sourceUrl: dataset.sourceUrl } : {}),
            points: candidate.points,
          })),
      )
      .sort((a, b) => orderRegions(a.region, b.region));
    const periods = [...new Set(series.flatMap((entry) => entry.points.map((point) => point.period)))].sort(comparePeriods);
    return { indicator, series, periods };
  });
}

export interface IndicatorTable {
  periods: string[];
  /** One row per region: a cell per period, null where that region's file has no figure. */
  rows: { region: string; cells: (number | null)[] }[];
  hasMissing: boolean;
}

/** Regions × periods. */
export function indicatorTable(view: Pick<IndicatorView, 'series' | 'periods'>): IndicatorTable {
  const rows = view.series.map((entry) => ({
    region: entry.region,
    cells: view.periods.map((period) => entry.points.find((point) => point.period === period)?.value ?? null),
  }));
  return { periods: view.periods, rows, hasMissing: rows.some((row) => row.cells.includes(null)) };
}
