import { describe, expect, test } from 'vitest';
import { pngCaption, wrapText } from '../../src/lib/chart/caption.ts';
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
  const config = chartConfig({ type: 'line', unit: '人', table }, LIGHT, { pattern: () => '' });
  expect(config.data.datasets[0]!.data).toEqual([1, null]);
});

describe('the two-point rule: a line never suggests the periods between', () => {
  const line = (columns: { name: string; points: [string, number | null][] }[]) => {
    const table = datasetTable({
      series: columns.map(({ name, points }) => ({ name, points: points.map(([period, value]) => ({ period, value })) })),
    });
    const config = chartConfig({ type: 'line', unit: '人', table }, LIGHT, { pattern: () => '' });
    const datasets = config.data.datasets as { data: (number | null)[]; showLine: boolean; spanGaps: boolean }[];
    return { labels: config.data.labels, datasets, x: (config.options?.scales?.x as { offset: boolean }).offset };
  };

  test('two points five years apart: the years between are empty slots, the points are not joined', () => {
    const chart = line([
      {
        name: '床位数',
        points: [
          ['2015', 5.72],
          ['2020', 7.04],
        ],
      },
    ]);
    expect(chart.labels).toEqual(['2015年', '2016年', '2017年', '2018年', '2019年', '2020年']);
    expect(chart.datasets[0]!.data).toEqual([5.72, null, null, null, null, 7.04]);
    expect(chart.datasets[0]!.showLine).toBe(false);
    expect(chart.x).toBe(true); // lone points sit inside the plot, not on its edges
  });

  test('two neighbouring years: points only, nothing added to the axis', () => {
    const chart = line([
      {
        name: 'a',
        points: [
          ['2019', 1],
          ['2020', 2],
        ],
      },
    ]);
    expect(chart.labels).toEqual(['2019年', '2020年']);
    expect(chart.datasets[0]!.showLine).toBe(false);
  });

  test('uneven years (2015, 2016, 2020): the first two joined, a gap, then the last alone', () => {
    const chart = line([
      {
        name: 'a',
        points: [
          ['2015', 1],
          ['2016', 2],
          ['2020', 3],
        ],
      },
    ]);
    expect(chart.labels).toEqual(['2015年', '2016年', '2017年', '2018年', '2019年', '2020年']);
    expect(chart.datasets[0]).toMatchObject({ data: [1, 2, null, null, null, 3], showLine: true, spanGaps: false });
  });

  test('uneven steps fill in at their common step: every five years with a decade missing', () => {
    const chart = line([
      {
        name: 'a',
        points: [
          ['2000', 1],
          ['2010', 2],
          ['2015', 3],
          ['2020', 4],
        ],
      },
    ]);
    expect(chart.labels).toEqual(['2000年', '2005年', '2010年', '2015年', '2020年']);
    expect(chart.datasets[0]!.data).toEqual([1, null, 2, 3, 4]);
  });

  test('regular series still draw a normal line: three years, every five years, monthly, quarterly', () => {
    for (const points of [
      [
        ['2019', 1],
        ['2020', 2],
        ['2021', 3],
      ],
      [
        ['2010', 1],
        ['2015', 2],
        ['2020', 3],
      ],
      [
        ['2019-01', 1],
        ['2019-02', 2],
        ['2019-03', 3],
        ['2019-04', 4],
      ],
      [
        ['2019-03', 1],
        ['2019-06', 2],
        ['2019-09', 3],
        ['2019-12', 4],
        ['2020-03', 5],
      ],
      [
        ['2019-01-31', 1],
        ['2019-02-28', 2],
        ['2019-03-31', 3],
      ],
    ] as [string, number][][]) {
      const chart = line([{ name: 'a', points }]);
      expect(chart.labels).toHaveLength(points.length);
      expect(chart.datasets[0]).toMatchObject({ data: points.map(([, value]) => value), showLine: true, spanGaps: false });
      expect(chart.x).toBe(false);
    }
  });

  test('quarterly data with a quarter missing gets that quarter back as a gap', () => {
    const chart = line([
      {
        name: 'a',
        points: [
          ['2019-03', 1],
          ['2019-06', 2],
          ['2019-12', 4],
          ['2020-03', 5],
        ],
      },
    ]);
    expect(chart.labels).toEqual(['2019年3月', '2019年6月', '2019年9月', '2019年12月', '2020年3月']);
    expect(chart.datasets[0]).toMatchObject({ data: [1, 2, null, 4, 5], showLine: true });
  });

  test('a null inside an even run is a gap in the line, not a bridge', () => {
    const chart = line([
      {
        name: 'a',
        points: [
          ['2017', 1],
          ['2018', 2],
          ['2019', null],
          ['2020', 4],
          ['2021', 5],
        ],
      },
    ]);
    expect(chart.labels).toHaveLength(5);
    expect(chart.datasets[0]).toMatchObject({ data: [1, 2, null, 4, 5], showLine: true, spanGaps: false });
  });

  test('per series: one with only two figures is points, its neighbour keeps its line', () => {
    const chart = line([
      {
        name: 'a',
        points: [
          ['2017', 1],
          ['2018', 2],
          ['2019', 3],
        ],
      },
      {
        name: 'b',
        points: [
          ['2017', 1],
          ['2019', 3],
        ],
      },
    ]);
    expect(chart.datasets.map((d) => d.showLine)).toEqual([true, false]);
    expect(chart.datasets[1]!.data).toEqual([1, null, 3]);
  });

  test('too many days to fill in, or mixed shapes: points only, on the periods given', () => {
    const days = line([
      {
        name: 'a',
        points: [
          ['2019-01-01', 1],
          ['2019-01-02', 2],
          ['2019-06-30', 3],
        ],
      },
    ]);
    expect(days.labels).toEqual(['2019年1月1日', '2019年1月2日', '2019年6月30日']);
    expect(days.datasets[0]!.showLine).toBe(false);
    const mixed = line([
      {
        name: 'a',
        points: [
          ['2018', 1],
          ['2019', 2],
          ['2019-07', 3],
        ],
      },
    ]);
    expect(mixed.labels).toHaveLength(3);
    expect(mixed.datasets[0]!.showLine).toBe(false);
  });

  test('bars keep their periods as given; every value axis starts at 0', () => {
    const table = datasetTable({
      series: [
        {
          name: 'a',
          points: [
            { period: '2015', value: 5.72 },
            { period: '2020', value: 7.04 },
          ],
        },
      ],
    });
    for (const type of ['bar', 'line'] as const) {
      const config = chartConfig({ type, unit: '张', table }, LIGHT, { pattern: () => '' });
      expect((config.options?.scales?.y as { beginAtZero: boolean }).beginAtZero).toBe(true);
      if (type === 'bar') expect(config.data.labels).toEqual(['2015年', '2020年']);
    }
  });
});

describe('the PNG caption: what the page says beside the chart', () => {
  const table = datasetTable({
    series: [
      {
        name: 'a',
        points: [
          { period: '2015', value: 1 },
          { period: '2020', value: null },
        ],
      },
    ],
  });

  test('notes, the gap note, the missing-figure note and the source, in that order', () => {
    expect(
      pngCaption(
        { notes: '截至2019年7月31日。', source: '永州市卫生健康委员会', sourceUrl: 'https://example.gov.cn/a.html' },
        { gapNote: '中间年份无数据。', table },
      ),
    ).toEqual([
      '说明：截至2019年7月31日。',
      '注：中间年份无数据。',
      '注：图中空缺处为原始材料未给出的数据，不作 0 处理。',
      '来源：永州市卫生健康委员会 https://example.gov.cn/a.html',
    ]);
    expect(pngCaption({ source: '咸阳日报' }, { gapNote: undefined, table: datasetTable({ series: series(1) }) })).toEqual([
      '来源：咸阳日报',
    ]);
  });

  test('wrapping: Chinese breaks anywhere, closing punctuation hangs, a URL moves whole when it fits', () => {
    const width = (text: string) => Array.from(text).length;
    expect(wrapText('一二三四五六七八九十', 4, width)).toEqual(['一二三四', '五六七八', '九十']);
    expect(wrapText('一二三四。五六', 4, width)).toEqual(['一二三四。', '五六']);
    expect(wrapText('来源：某地 http://a.cn/b', 12, width)).toEqual(['来源：某地', 'http://a.cn/b'.slice(0, 12), 'b']);
    expect(wrapText('来源 http://a.cn', 11, width)).toEqual(['来源', 'http://a.cn']);
  });
});
