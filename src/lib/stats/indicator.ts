// One indicator across regions (content/indicators.json): every series that
// names it, each from its region's own statistic file (never retyped), and the
// indicator as one table of regions (rows on its page) × periods.
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

/** Where an indicator's figures come from, one entry per region's file. */
export interface IndicatorSource {
  region: string;
  regionName: string;
  datasetId: string;
  source: string;
  sourceUrl?: string;
}

export function indicatorSources(view: Pick<IndicatorView, 'series'>, regionName: (id: string) => string): IndicatorSource[] {
  return view.series.map((entry) => ({
    region: entry.region,
    regionName: regionName(entry.region),
    datasetId: entry.datasetId,
    source: entry.source,
    ...(entry.sourceUrl ? { sourceUrl: entry.sourceUrl } : {}),
  }));
}

/**
 * The indicator as one statistic file with a series per region, named by the
 * region, so that its figure, summary, CSV, XLSX and PNG are made exactly as a
 * dataset's are (`regions`: only these, in the indicator's order). The points
 * are the regions' own, not copies typed again. Its id is the indicator's.
 */
export function indicatorAsDataset(view: IndicatorView, regionName: (id: string) => string, regions?: readonly string[]): Dataset {
  const series = regions ? view.series.filter((entry) => regions.includes(entry.region)) : view.series;
  const sources = indicatorSources({ series }, regionName);
  return {
    id: view.indicator.id,
    title: view.indicator.name,
    // A comparison belongs to no one region: each series is a region's own (see `sources`).
    region: '',
    unit: view.indicator.unit,
    chart: 'line',
    source: sources.map((entry) => `${entry.regionName}：${entry.source}`).join('；'),
    notes: `指标定义：${view.indicator.definition}`,
    series: series.map((entry) => ({ name: regionName(entry.region), indicator: view.indicator.id, points: entry.points })),
  };
}

/** How many regions an indicator page shows at first; the others are one choice away. */
export const PRESELECTED_REGIONS = 5;

/** The regions shown before the reader chooses: all of them up to PRESELECTED_REGIONS, else the first ones. */
export function preselectedRegions(view: Pick<IndicatorView, 'series'>): string[] {
  return view.series.slice(0, PRESELECTED_REGIONS).map((entry) => entry.region);
}

/**
 * What an indicator's PNG draws when the page first shows only some regions:
 * those (ninety lines in one picture show nothing), with a caption saying so;
 * undefined when every region is shown, and the PNG draws the whole figure.
 * The table, CSV and XLSX always hold every region.
 */
export function indicatorPicture(view: IndicatorView, regionName: (id: string) => string): Dataset | undefined {
  const pictured = preselectedRegions(view);
  if (pictured.length === view.series.length) return undefined;
  const data = indicatorAsDataset(view, regionName, pictured);
  const names = pictured.map(regionName).join('、');
  return {
    ...data,
    notes: `${data.notes}图中为全部 ${view.series.length} 个地区中的 ${pictured.length} 个（${names}），全部地区的数字见网页上的表格和 CSV、XLSX 下载。`,
  };
}

/** /indicators/<id>.json: the indicator, its licence and each region's figures with their file. */
export function indicatorJson(
  view: IndicatorView,
  {
    regionName,
    url,
    license,
  }: { regionName: (id: string) => string; url: { page: string; dataset: (id: string) => string }; license: string },
): string {
  const { indicator } = view;
  const data = {
    id: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    definition: indicator.definition,
    page: url.page,
    license,
    regions: view.series.map((entry) => ({
      region: entry.region,
      regionName: regionName(entry.region),
      dataset: entry.datasetId,
      datasetPage: url.dataset(entry.datasetId),
      series: entry.seriesName,
      source: entry.source,
      ...(entry.sourceUrl ? { sourceUrl: entry.sourceUrl } : {}),
      points: entry.points,
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** The region ids of <Chart indicator="…" regions="a,b">: commas (either width), 、 or spaces between them. */
export const splitRegionList = (text: string) => text.split(/[,，、\s]+/).filter(Boolean);

/** The indicator in a sentence: its page's description and its search result's summary, so both say the same. */
export function indicatorAbstract(view: Pick<IndicatorView, 'indicator' | 'series'>, regionName: (id: string) => string): string {
  const { indicator } = view;
  return `${indicator.name}（${indicator.unit}）：${view.series.map((entry) => regionName(entry.region)).join('、')}的数据比较。${indicator.definition}`;
}
