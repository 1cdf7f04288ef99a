// Every result a search page gives for its URL: waits for the count, presses
// 显示更多 until all are shown, and returns each result's path.
import type { Browser } from 'playwright-core';

export async function allResultPaths(browser: Browser, url: string): Promise<string[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => /^(找到|没有找到)/.test(document.querySelector('#search-status')?.textContent ?? ''));
    while (await page.locator('#search-more').isVisible()) {
      const before = await page.locator('#search-results li').count();
      await page.locator('#search-more').click();
      await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, before);
    }
    return await page
      .locator('#search-results h3 a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  } finally {
    await context.close();
  }
}
