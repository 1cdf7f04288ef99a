// Loads Chart.js only when a chart comes near the viewport. Without
// JavaScript (or before this runs) the figure is its table, summary and downloads.
const figures = document.querySelectorAll<HTMLElement>('figure[data-chart]');

if (figures.length > 0 && 'IntersectionObserver' in window) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const figure = entry.target;
        if (!entry.isIntersecting || !(figure instanceof HTMLElement)) continue;
        observer.unobserve(figure);
        import('./render-chart.ts').then(({ renderChart }) => renderChart(figure));
      }
    },
    { rootMargin: '400px 0px' },
  );
  figures.forEach((figure) => observer.observe(figure));
}
