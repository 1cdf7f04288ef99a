// Debian's Chromium driven by playwright-core: the same launch as the bench's.
import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { Locator } from 'playwright-core';

export { CHROMIUM_PATH, launchChromium } from '../../bench/lib/chromium.ts';

export const VIEWPORTS = [
  { name: 'phone', width: 375, height: 740 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

/**
 * Share of a canvas's pixels on screen that differ from its top-left
 * (background) pixel: what the reader sees. Read from a screenshot, as a chart
 * drawn in a worker (an OffscreenCanvas) cannot be read back from the page.
 */
export async function inkedShare(canvas: Locator): Promise<number> {
  const image = await loadImage(await canvas.screenshot());
  const surface = createCanvas(image.width, image.height);
  const context = surface.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  let inked = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) inked++;
  return inked / (data.length / 4);
}
