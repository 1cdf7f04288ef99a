// Debian's Chromium driven by playwright-core: the same launch as the bench's.
export { CHROMIUM_PATH, launchChromium } from '../../bench/lib/chromium.ts';

export const VIEWPORTS = [
  { name: 'phone', width: 375, height: 740 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;
