// Loads Chart.js only when a chart comes near the viewport. Without
// JavaScript (or before this runs) the figure is its table, summary and downloads.
const figures = document.querySelectorAll<HTMLElement>('figure[data-chart]');

if (figures.length > 0 && 'IntersectionObserver' in window) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        import('./render-chart.ts').then(({ renderChart }) => renderChart(entry.target as HTMLElement));
      }
    },
    { rootMargin: '400px 0px' },
  );
  figures.forEach((figure) => observer.observe(figure));
}
