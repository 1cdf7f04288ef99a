// content/site.json, read once per build: the name and description every page
// header, title and feed uses, the publisher and the licence.
import { resolve } from 'node:path';
import { contentDirFrom } from '../lib/content/content-dir.ts';
import { readSiteConfig } from '../lib/content/site-config.ts';
import { licenseStatement } from '../lib/content/license.ts';

export const siteConfig = readSiteConfig(resolve(contentDirFrom(process.env)));
export const SITE_NAME = siteConfig.name;
export const SITE_TAGLINE = siteConfig.description;

/** What every page, workbook and the data package say about the licence (src/lib/content/license.ts). */
export const siteLicense = licenseStatement(siteConfig);
