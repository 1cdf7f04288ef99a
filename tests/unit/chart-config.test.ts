import { expect, test } from 'vitest';
import { chartConfig } from '../../src/lib/chart/config.ts';
import { DARK, LIGHT } from '../../src/lib/chart/palette.ts';
import { datasetTable } from '../../src/lib/stats/table.ts';

const series = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `系列${i}`,
    points: [
      { period: '2019', value: i + 1 },
      { period: '2020', value: i + 2 },
    ],
  }));

test('line series differ by dash and marker, not only colour', () => {
  const config = chartConfig({ type: 'line', unit: '人', table: datasetTable({ series: series(4) }) }, LIGHT, {
    animate: true,
    pattern: () => '',
  });
  const datasets = config.data.datasets as { borderDash: number[]; pointStyle: string; borderColor: string }[];
  expect(new Set(datasets.map((d) => JSON.stringify(d.borderDash))).size).toBe(4);
  expect(new Set(datasets.map((d) => d.pointStyle)).size).toBe(4);
  expect(datasets.map((d) => d.borderColor)).toEqual(LIGHT.series.slice(0, 4));
  expect(config.data.labels).toEqual(['2019年', '2020年']);
});

test('bar series get distinct fills (solid, then hatches) and the dark palette in dark mode', () => {
  const hatches: string[] = [];
  const config = chartConfig({ type: 'bar', unit: '人', table: datasetTable({ series: series(3) }) }, DARK, {
    animate: false,
    pattern: (hatch, color) => {
      hatches.push(hatch);
      return `${hatch}:${color}`;
    },
  });
  expect(hatches).toEqual(['solid', 'diagonal', 'dots']);
  expect((config.data.datasets as { backgroundColor: string }[]).map((d) => d.backgroundColor)).toEqual(
    ['solid', 'diagonal', 'dots'].map((hatch, i) => `${hatch}:${DARK.series[i]}`),
  );
  expect(config.options?.animation).toBe(false);
});

test('missing values stay gaps, never zeros', () => {
  const table = datasetTable({
    series: [
      {
        name: 'a',
        points: [
          { period: '2019', value: 1 },
          { period: '2020', value: null },
        ],
      },
    ],
  });
  const config = chartConfig({ type: 'line', unit: '人', table }, LIGHT, { animate: false, pattern: () => '' });
  expect(config.data.datasets[0]!.data).toEqual([1, null]);
});
