// A reader's display choices (关怀模式, 高对比度, 繁體), written once: the inline
// script in every page's <head> (early-script.ts) applies them before the
// first paint, and the header control (src/client/reading.ts) changes them.

/** localStorage key: one JSON object, e.g. {"mode":"care","contrast":"high","script":"hant"}. */
export const READING_STORAGE_KEY = 'weijian-reading';

/**
 * Each choice is an attribute on <html> (data-mode="care" …) that the CSS and
 * the scripts read; absent means the standard setting.
 */
export const READING_CHOICES = {
  mode: 'care',
  contrast: 'high',
  script: 'hant',
} as const;
export type ReadingChoice = keyof typeof READING_CHOICES;
export type ReadingPrefs = Partial<{ [K in ReadingChoice]: (typeof READING_CHOICES)[K] }>;

/** Set on <html> by the <head> script: scripting works, so the settings buttons can show. */
export const SCRIPTED_ATTRIBUTE = 'data-js';

/** The Traditional standard offered: OpenCC's Taiwan forms (裡面, 麵條), without its vocabulary changes. */
export const HANT_LANG = 'zh-Hant-TW';
export const HANS_LANG = 'zh-CN';
/** Where the build writes the site's own Simplified→Traditional phrase map, under the site's base. */
export const HANT_MAP_PATH = '/reading/hant.json';
