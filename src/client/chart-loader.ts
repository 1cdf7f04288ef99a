// Starts a chart's drawing (Chart.js, in a worker) only when it comes near the viewport. Without
// JavaScript (or before this runs) the figure is its summary and, in a
// disclosure, its table, source and downloads.
const figures = document.querySelectorAll<HTMLElement>('figure[data-chart]');

if (figures.length > 0 && 'IntersectionObserver' in window) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const figure = entry.target;
        if (!entry.isIntersecting || !(figure instanceof HTMLElement)) continue;
        observer.unobserve(figure);
        void import('./render-chart.ts').then(({ renderChart }) => renderChart(figure));
      }
    },
    { rootMargin: '400px 0px' },
  );
  figures.forEach((figure) => observer.observe(figure));
}

// Paper has no disclosure to open: print every figure's table, source and
// downloads, and close again what the reader had closed. (The print styles
// in global.css show the content too, in browsers that style ::details-content.)
const openedForPrint: HTMLDetailsElement[] = [];
window.addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('figure[data-chart] details.chart-details:not([open])')) {
    details.open = true;
    openedForPrint.push(details);
  }
});
window.addEventListener('afterprint', () => {
  for (const details of openedForPrint.splice(0)) details.open = false;
});
