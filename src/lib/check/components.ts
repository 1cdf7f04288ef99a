// <Chart> and <Stat> in articles must point at data that exists.
import type { Dataset } from '../stats/dataset.ts';
import { resolveStat, STAT_ATTRIBUTES, type StatAttributes } from '../stats/stat.ts';
import type { ComponentUse } from './mdx-body.ts';
import { messages } from '../messages/messages.ts';
import { suggestClosest } from '../messages/suggest.ts';
import type { LineProblem } from './unsafe-code.ts';

export const COMPONENTS = {
  Chart: { attributes: ['dataset'], example: '<Chart dataset="yongzhou-liangai-2019" />' },
  Stat: { attributes: STAT_ATTRIBUTES, example: '<Stat dataset="yongzhou-liangai-2019" series="完成数" period="2019" />' },
} as const;
type ComponentName = keyof typeof COMPONENTS;
const COMPONENT_NAMES = Object.keys(COMPONENTS) as ComponentName[];

/**
 * Problems with one component use. `datasets` maps every statistic file's id to
 * its data, or to null when the file itself has problems (reported there, not here).
 */
export function checkComponentUse(use: ComponentUse, datasets: ReadonlyMap<string, Dataset | null>): LineProblem[] {
  const problem = (message: string): LineProblem[] => [{ line: use.line, message }];
  if (!(use.name in COMPONENTS)) return problem(messages.unknownComponent(use.name, suggestClosest(use.name, COMPONENT_NAMES)));
  const spec = COMPONENTS[use.name as ComponentName];
  const unknown = Object.keys(use.attributes).filter((name) => !(spec.attributes as readonly string[]).includes(name));
  if (unknown.length) return unknown.flatMap((name) => problem(messages.unknownAttribute(use.name, name, spec.attributes)));
  const id = use.attributes.dataset;
  if (!id) return problem(messages.attributeMissing(use.name, 'dataset', spec.example));
  if (!datasets.has(id)) return problem(messages.unknownDataset(id, suggestClosest(id, [...datasets.keys()])));
  const dataset = datasets.get(id);
  if (dataset && use.name === 'Stat') {
    const result = resolveStat(dataset, use.attributes as StatAttributes);
    if (!result.ok) return problem(result.message);
  }
  return [];
}
