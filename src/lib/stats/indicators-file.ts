// content/indicators.json as the build and the search index read it (the
// content check has validated it); a folder without one has no indicators.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { indicatorSchema, taxonomyListSchema, type Indicator } from '../schema/taxonomy.ts';

export function readIndicators(contentDir: string): Indicator[] {
  const file = resolve(contentDir, 'indicators.json');
  return existsSync(file) ? taxonomyListSchema(indicatorSchema).parse(JSON.parse(readFileSync(file, 'utf8'))) : [];
}
