// <Chart> and <Stat> in articles must point at data that exists.
import type { Dataset } from '../stats/dataset.ts';
import { splitRegionList } from '../stats/indicator.ts';
import { resolveStat, STAT_ATTRIBUTES } from '../stats/stat.ts';
import type { ComponentUse } from './mdx-body.ts';
import { messages } from '../messages/messages.ts';
import { suggestClosest } from '../messages/suggest.ts';
import type { LineProblem } from './unsafe-code.ts';
import { keysOf } from '../util/keys.ts';

export const COMPONENTS = {
  Chart: { attributes: ['dataset', 'indicator', 'regions'], example: '<Chart dataset="yongzhou-liangai-2019" />' },
  Stat: { attributes: STAT_ATTRIBUTES, example: '<Stat dataset="yongzhou-liangai-2019" series="完成数" period="2019" />' },
} as const;
const COMPONENT_NAMES = keysOf(COMPONENTS);

/** By indicator id (content/indicators.json), the regions whose statistic files have a series of it, each with that file's id. */
export type IndicatorRegions = ReadonlyMap<string, ReadonlyMap<string, string>>;

const INDICATOR_EXAMPLE = '<Chart indicator="basic-public-health-funding-per-capita" regions="xianyang,jinzhong" />';

/** <Chart indicator="…" regions="a,b" />: the indicator exists, and each region named has a series of it. */
function checkIndicatorChart(use: ComponentUse, indicators: IndicatorRegions): string[] {
  const id = use.attributes.indicator!;
  const files = indicators.get(id);
  if (!files) return [messages.unknownIndicator(id, suggestClosest(id, [...indicators.keys()]))];
  const regions = [...files.keys()];
  if (regions.length === 0) return [messages.indicatorWithoutData(id)];
  if (use.attributes.regions === undefined) return [];
  const named = splitRegionList(use.attributes.regions);
  if (named.length === 0) return [messages.regionsEmpty(id, regions)];
  return named
    .filter((region) => !regions.includes(region))
    .map((region) => messages.indicatorRegionMissing(region, id, regions, suggestClosest(region, regions)));
}

/**
 * Problems with one component use. `datasets` maps every statistic file's id to
 * its data, or to null when the file itself has problems (reported there, not here);
 * `indicators` gives each indicator's regions.
 */
export function checkComponentUse(
  use: ComponentUse,
  datasets: ReadonlyMap<string, Dataset | null>,
  indicators: IndicatorRegions = new Map(),
): LineProblem[] {
  const problem = (message: string): LineProblem[] => [{ line: use.line, message }];
  const name = COMPONENT_NAMES.find((candidate) => candidate === use.name);
  if (!name) return problem(messages.unknownComponent(use.name, suggestClosest(use.name, COMPONENT_NAMES)));
  const spec = COMPONENTS[name];
  const allowed: readonly string[] = spec.attributes;
  const unknown = Object.keys(use.attributes).filter((attribute) => !allowed.includes(attribute));
  if (unknown.length) return unknown.flatMap((attribute) => problem(messages.unknownAttribute(use.name, attribute, spec.attributes)));
  if (use.name === 'Chart') {
    const { dataset, indicator, regions } = use.attributes;
    if (dataset !== undefined && indicator !== undefined) return problem(messages.chartDatasetOrIndicator());
    if (indicator !== undefined) return checkIndicatorChart(use, indicators).flatMap(problem);
    if (regions !== undefined) return problem(messages.regionsWithoutIndicator());
  }
  const id = use.attributes.dataset;
  if (!id)
    return problem(
      use.name === 'Chart'
        ? messages.chartSourceMissing(spec.example, INDICATOR_EXAMPLE)
        : messages.attributeMissing(use.name, 'dataset', spec.example),
    );
  if (!datasets.has(id)) return problem(messages.unknownDataset(id, suggestClosest(id, [...datasets.keys()])));
  const dataset = datasets.get(id);
  if (dataset && use.name === 'Stat') {
    const result = resolveStat(dataset, use.attributes);
    if (!result.ok) return problem(result.message);
  }
  return [];
}

/**
 * The statistic files a <Chart> or <Stat> cites (recorded per article:
 * src/lib/content/build-facts.ts): the one it names, or for <Chart indicator>
 * the file of each region it compares, so each dataset page lists the article.
 */
export function citedDatasets(use: ComponentUse, indicators: IndicatorRegions): string[] {
  if (!(use.name in COMPONENTS)) return [];
  const { dataset, indicator, regions } = use.attributes;
  if (dataset) return [dataset];
  const files = use.name === 'Chart' && indicator ? indicators.get(indicator) : undefined;
  if (!files) return [];
  return (regions === undefined ? [...files.keys()] : splitRegionList(regions)).flatMap((region) => files.get(region) ?? []);
}
