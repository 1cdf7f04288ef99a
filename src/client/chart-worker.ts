// Chart.js in a worker: the page hands each chart's canvas over once
// (transferControlToOffscreen) and then sends what to draw, new sizes and the
// pointer's position; the chart's layout and drawing never hold up reading,
// scrolling or typing on the page.
import type { Chart } from 'chart.js';
import { createChart, type ChartMessage, type ChartReply } from './chart-draw.ts';

const canvases = new Map<number, OffscreenCanvas>();
const charts = new Map<number, Chart>();
const reply = (message: ChartReply) => postMessage(message);

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

function handle(message: ChartMessage): void {
  if (message.kind === 'draw') {
    if (message.canvas) canvases.set(message.id, message.canvas);
    const canvas = canvases.get(message.id);
    if (!canvas) return;
    charts.get(message.id)?.destroy();
    // CSS px here; Chart.js multiplies by the device pixel ratio itself.
    canvas.width = message.width;
    canvas.height = message.height;
    charts.set(message.id, createChart(canvas, message.request, message.devicePixelRatio));
    reply({ kind: 'drawn', id: message.id, draw: message.draw });
    return;
  }
  const chart = charts.get(message.id);
  if (!chart) return;
  if (message.kind === 'resize') {
    chart.options.devicePixelRatio = message.devicePixelRatio;
    chart.resize(message.width, message.height);
  } else if (message.kind === 'point') point(chart, message.x, message.y);
  else point(chart, 0, undefined);
}

addEventListener('message', ({ data: message }: MessageEvent<ChartMessage>) => {
  try {
    handle(message);
  } catch (error) {
    // One chart that cannot be drawn: its figure falls back to its summary and table, the others stay.
    reply({ kind: 'failed', id: message.id });
    console.error(error);
  }
});
