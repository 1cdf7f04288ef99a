// Chinese has no italics: emphasis in an article (Markdown *…*) must not be
// slanted, and must still stand out from the text around it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sampleSite } from '../support/paths.ts';
import { launchChromium } from '../support/browser.ts';
import { serveSite, type RunningServer } from '../support/static-server.ts';

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  browser = await launchChromium();
  server = await serveSite(sampleSite);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('emphasis in Chinese text is upright and bold, not a faux italic', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}${sampleSite.base}articles/jinzhong-shierwu-review-2016/`);
  // The article's closing note is emphasis (*…*) in its MDX; <i> and <cite> are added to its body.
  const styles = await page.evaluate(() => {
    const body = document.querySelector('.article-body')!;
    const note = body.querySelector('em')!;
    const paragraph = document.createElement('p');
    paragraph.innerHTML = '正文<i>术语</i><cite>报告名</cite>';
    body.append(paragraph);
    const style = (selector: string) => getComputedStyle(paragraph.querySelector(selector)!);
    return {
      em: [getComputedStyle(note).fontStyle, getComputedStyle(note).fontWeight],
      i: [style('i').fontStyle, style('i').fontWeight],
      cite: style('cite').fontStyle,
      text: getComputedStyle(paragraph).fontWeight,
    };
  });
  expect(styles.em).toEqual(['normal', '700']);
  expect(styles.i).toEqual(['normal', '700']);
  expect(styles.cite).toBe('normal');
  expect(Number(styles.text)).toBeLessThan(700);
  await page.close();
});
