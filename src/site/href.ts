import { withBase } from '../lib/content/paths.ts';

/** An internal link that respects `base` from astro.config.mjs. */
export const href = (path: string): string => withBase(import.meta.env.BASE_URL, path);
