// Chart.js in a worker: the page hands each chart's canvas over once
// (transferControlToOffscreen) and then sends what to draw, new sizes and the
// pointer's position; the chart's layout and drawing never hold up reading,
// scrolling or typing on the page.
import type { Chart } from 'chart.js';
import { createChart, type ChartDrawn, type ChartMessage } from './chart-draw.ts';

const canvases = new Map<number, OffscreenCanvas>();
const charts = new Map<number, Chart>();

function point(chart: Chart, x: number, y: number | undefined): void {
  // A position event as Chart.js's own handlers make it ('native' in it: used as given).
  const event = { type: 'mousemove', native: null, x, y } as unknown as Event;
  const active =
    y === undefined
      ? []
      : chart.getElementsAtEventForMode(event, chart.options.interaction?.mode ?? 'nearest', chart.options.interaction ?? {}, false);
  chart.setActiveElements(active);
  chart.tooltip?.setActiveElements(active, { x, y: y ?? 0 });
  chart.update('none');
}

addEventListener('message', ({ data: message }: MessageEvent<ChartMessage>) => {
  if (message.kind === 'draw') {
    if (message.canvas) canvases.set(message.id, message.canvas);
    const canvas = canvases.get(message.id);
    if (!canvas) return;
    charts.get(message.id)?.destroy();
    // CSS px here; Chart.js multiplies by the device pixel ratio itself.
    canvas.width = message.width;
    canvas.height = message.height;
    charts.set(message.id, createChart(canvas, message.request, message.devicePixelRatio));
    postMessage({ kind: 'drawn', id: message.id } satisfies ChartDrawn);
    return;
  }
  const chart = charts.get(message.id);
  if (!chart) return;
  if (message.kind === 'resize') {
    // Zooming changes both: the box in CSS px and the device pixels per CSS px.
    chart.options.devicePixelRatio = message.devicePixelRatio;
    chart.resize(message.width, message.height);
  } else if (message.kind === 'point') point(chart, message.x, message.y);
  else point(chart, 0, undefined);
});
