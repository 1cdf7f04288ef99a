// content/site.json as the build reads it, once (the content check has
// validated it already); a content folder without one is the default site.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SITE_CONFIG, siteConfigSchema, type SiteConfig } from '../schema/site-config.ts';

export const SITE_CONFIG_FILE = 'site.json';

export function readSiteConfig(contentDir: string): SiteConfig {
  const file = join(contentDir, SITE_CONFIG_FILE);
  return existsSync(file) ? siteConfigSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : DEFAULT_SITE_CONFIG;
}
