import { withBase } from '../lib/content/paths.ts';

/** An internal link that respects `base` from astro.config.mjs. */
export const href = (path: string): string => withBase(import.meta.env.BASE_URL, path);

/** The same link as an absolute URL under the site's address: for files read away from the site (downloads, the data package). */
export const absoluteHref = (path: string): string => new URL(href(path), import.meta.env.SITE).href;
