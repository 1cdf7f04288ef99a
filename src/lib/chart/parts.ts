// The Chart.js parts both renderers need (bar and line charts with a legend).
// Registering only these keeps the browser's chart bundle small; the browser
// adds tooltips and the PNG renderer a title on top.
import { BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement } from 'chart.js';

export const CHART_PARTS = [BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend];
