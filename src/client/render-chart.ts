// Draws one figure's chart from the figure's own table (so chart and table
// cannot disagree). The page reads what to draw (table, colours, label size,
// language); Chart.js draws it in chart-worker.ts where the browser can hand
// a canvas to a worker, else on the page (chart-draw.ts either way).
import type { ChartInput } from '../lib/chart/config.ts';
import { DARK, LIGHT, type Palette } from '../lib/chart/palette.ts';
import type { DatasetTable } from '../lib/stats/table.ts';
import type { ChartMessage, ChartReply, ChartRequest } from './chart-draw.ts';
import { READING_EVENT, SERIES_EVENT } from './reading-event.ts';

/** What a figure's table holds, in either layout; rows the reader has hidden (the region picker) are not drawn. */
function readTable(table: HTMLTableElement): DatasetTable {
  const value = (cell: Element | undefined) => {
    const raw = cell?.getAttribute('data-value');
    return raw === null || raw === undefined || raw === '' ? null : Number(raw);
  };
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')].filter((row) => !row.hidden);
  const label = (th: Element | null, attribute: string) => th?.getAttribute(attribute) ?? th?.textContent ?? '';
  if (table.dataset.seriesIn === 'rows') {
    // An indicator: a row per region, a column per period.
    const allPeriods = [...table.querySelectorAll('thead th')].slice(1).map((th) => label(th, 'data-period'));
    const all = rows.map((row) => ({
      name: label(row.querySelector('th'), 'data-series'),
      cells: [...row.querySelectorAll('td')].map(value),
    }));
    // Periods only the hidden regions have are not drawn: the axis spans what is shown.
    const kept = allPeriods.flatMap((_, index) => (all.some((column) => column.cells[index] !== null) ? [index] : []));
    const columns = all.map((column) => ({ name: column.name, cells: kept.map((index) => column.cells[index] ?? null) }));
    return { periods: kept.map((index) => allPeriods[index]!), columns, hasMissing: columns.some((column) => column.cells.includes(null)) };
  }
  const names = [...table.querySelectorAll('thead th')].slice(1).map((th) => label(th, 'data-series'));
  const periods = rows.map((row) => row.querySelector('th')?.getAttribute('data-period') ?? '');
  const columns = names.map((name, index) => ({ name, cells: rows.map((row) => value(row.querySelectorAll('td')[index])) }));
  return { periods, columns, hasMissing: columns.some((column) => column.cells.includes(null)) };
}

const media = (query: string) => window.matchMedia(query);

/**
 * Colours from the page itself, so the chart follows the scheme, 高对比度 and
 * the reader's forced colours (whose system colours the page's CSS resolves);
 * under forced colours every series is drawn in the text colour and told apart
 * by its dashes, markers and hatching alone.
 */
function pagePalette(figure: HTMLElement): Palette {
  const style = getComputedStyle(figure);
  const scheme = media('(prefers-color-scheme: dark)').matches ? DARK : LIGHT;
  return {
    background: style.backgroundColor,
    text: style.color,
    grid: style.getPropertyValue('--line').trim() || scheme.grid,
    series: media('(forced-colors: active)').matches ? [style.color] : scheme.series,
  };
}

/** Labels a little smaller than the figure's text, so they grow with 关怀模式 and the reader's text size. */
const labelSize = (figure: HTMLElement) => Math.max(12, Math.round(parseFloat(getComputedStyle(figure).fontSize) * 0.8));

/** What to draw now: read again on each redraw, as 繁體 converts the table's labels in place. */
function chartRequest(figure: HTMLElement, table: HTMLTableElement, type: ChartInput['type']): ChartRequest {
  return {
    input: { type, unit: figure.dataset.unit ?? '', unitTitle: figure.dataset.unitTitle, table: readTable(table) },
    palette: pagePalette(figure),
    fontSize: labelSize(figure),
    locale: document.documentElement.lang,
  };
}

/** What was drawn, said on the figure too: the tests check labels follow the text size and script. */
function markDrawn(figure: HTMLElement, request: ChartRequest): void {
  figure.dataset.chartFont = String(request.fontSize);
  figure.dataset.chartLabels = [request.input.unitTitle, ...request.input.table.columns.map((column) => column.name)].join('|');
  figure.dataset.chartReady = 'true';
}

// One worker for every chart on the page, started by the first; null where none can start.
let worker: Worker | null | undefined;
const replies = new Map<number, (reply: ChartReply) => void>();
let charts = 0;
function chartWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./chart-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // No module workers (Firefox before 114): the charts are drawn on the page.
    return (worker = null);
  }
  worker.addEventListener('message', ({ data }: MessageEvent<ChartReply>) => replies.get(data.id)?.(data));
  // A worker that fails to load (offline): its figures stay their summaries and tables.
  worker.addEventListener('error', () =>
    document.querySelectorAll<HTMLElement>('.chart-canvas[data-offscreen]').forEach((holder) => (holder.hidden = true)),
  );
  return worker;
}

/** Calls back whenever the device pixel ratio changes (zoom, a window moved to another screen), even at the same CSS size. */
function onPixelRatioChange(callback: () => void): void {
  media(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener(
    'change',
    () => {
      callback();
      onPixelRatioChange(callback);
    },
    { once: true },
  );
}

/** Draws in the worker; returns how to draw again. */
function drawInWorker(
  figure: HTMLElement,
  holder: HTMLElement,
  canvas: HTMLCanvasElement,
  chartWorker: Worker,
  request: () => ChartRequest,
): () => void {
  const id = charts++;
  const post = (message: ChartMessage, transfer: Transferable[] = []) => chartWorker.postMessage(message, transfer);
  const size = () => ({ width: canvas.clientWidth, height: canvas.clientHeight, devicePixelRatio: window.devicePixelRatio });
  let latest: { draw: number; request: ChartRequest } | undefined;
  replies.set(id, (reply) => {
    if (reply.kind === 'failed') holder.hidden = true;
    else if (latest && reply.draw === latest.draw) markDrawn(figure, latest.request);
  });
  const draw = (offscreen?: OffscreenCanvas) => {
    latest = { draw: (latest?.draw ?? 0) + 1, request: request() };
    post({ kind: 'draw', id, draw: latest.draw, canvas: offscreen, request: latest.request, ...size() }, offscreen ? [offscreen] : []);
  };
  holder.dataset.offscreen = '';
  draw(canvas.transferControlToOffscreen());
  // Not while it has no box (printing hides it): Chart.js would take the bitmap's size instead.
  const resize = () => {
    const now = size();
    if (now.width > 0 && now.height > 0) post({ kind: 'resize', id, ...now });
  };
  new ResizeObserver(resize).observe(canvas);
  onPixelRatioChange(resize);
  // Tooltips: the worker has no events of its own. One position per frame; a tap (no move) shows its period too.
  let position: { x: number; y: number } | undefined;
  let frame = 0;
  const sendPosition = () => {
    frame = 0;
    if (position) post({ kind: 'point', id, ...position });
  };
  const track = (event: PointerEvent) => {
    position = { x: event.offsetX, y: event.offsetY };
    frame ||= requestAnimationFrame(sendPosition);
  };
  canvas.addEventListener('pointermove', track);
  canvas.addEventListener('pointerdown', track);
  canvas.addEventListener('pointerleave', (event) => {
    // A finger lifts and "leaves" at once: its tooltip stays until the next tap, as Chart.js does on the page.
    if (event.pointerType === 'touch') return;
    position = undefined;
    cancelAnimationFrame(frame);
    frame = 0;
    post({ kind: 'leave', id });
  });
  return () => draw();
}

/** Draws on the page (no OffscreenCanvas, or no worker); returns how to draw again. */
async function drawOnPage(
  figure: HTMLElement,
  holder: HTMLElement,
  canvas: HTMLCanvasElement,
  request: () => ChartRequest,
): Promise<() => void> {
  // If Chart.js cannot load (offline), the figure stays its summary and table.
  const { createChart } = await import('./chart-draw.ts');
  holder.hidden = false;
  const draw = () => {
    const current = request();
    const chart = createChart(canvas, current);
    markDrawn(figure, current);
    return chart;
  };
  let chart = draw();
  return () => {
    chart.destroy();
    chart = draw();
  };
}

export async function renderChart(figure: HTMLElement): Promise<void> {
  const holder = figure.querySelector<HTMLElement>('.chart-canvas');
  const canvas = holder?.querySelector('canvas');
  const table = figure.querySelector('table');
  const type = figure.dataset.chart;
  if (!holder || !canvas || !table || (type !== 'line' && type !== 'bar')) return;
  const request = () => chartRequest(figure, table, type);
  const offscreenWorker = typeof canvas.transferControlToOffscreen === 'function' ? chartWorker() : null;
  let redraw: () => void;
  if (offscreenWorker) {
    // Shown first: the worker is given the canvas's laid-out size.
    holder.hidden = false;
    redraw = drawInWorker(figure, holder, canvas, offscreenWorker, request);
  } else redraw = await drawOnPage(figure, holder, canvas, request);
  for (const query of ['(prefers-color-scheme: dark)', '(prefers-contrast: more)', '(forced-colors: active)'])
    media(query).addEventListener('change', redraw);
  window.addEventListener(READING_EVENT, redraw);
  figure.addEventListener(SERIES_EVENT, redraw);
}
