// The searchable part of a built page: the article body without the chart
// machinery (canvas, download links), which readers do not search for.
import { parse } from 'node-html-parser';

export function searchableBodyHtml(pageHtml: string, selector: string): string {
  const root = parse(pageHtml);
  const body = root.querySelector(selector);
  if (!body) return '';
  for (const noise of body.querySelectorAll('.chart-canvas, .chart-details > summary, .downloads, .dataset-link, sup')) noise.remove();
  return body.innerHTML;
}
