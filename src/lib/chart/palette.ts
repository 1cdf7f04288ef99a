// Series colours with at least 3:1 contrast against the page background in
// both schemes (WCAG 1.4.11), plus a second cue that is not colour: a dash
// pattern and point marker for lines, a hatch pattern for bars.

export interface Palette {
  background: string;
  text: string;
  grid: string;
  series: string[];
}

export const LIGHT: Palette = {
  background: '#ffffff',
  text: '#1b1b1b',
  grid: '#c9ced4',
  series: ['#0a4f8a', '#b3261e', '#1e6b35', '#7a4a00', '#5b2a86', '#00606e'],
};

export const DARK: Palette = {
  background: '#14171a',
  text: '#ececec',
  grid: '#4a5058',
  series: ['#8fc6ff', '#ff9a8a', '#7fd18f', '#f0c060', '#d2b4ff', '#6fd6e0'],
};

export const LINE_DASHES: number[][] = [[], [8, 4], [2, 3], [12, 4, 2, 4], [6, 6], [1, 5]];
export const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star'] as const;

/** Hatch kinds for bar series after the first (the first is solid). */
export const HATCHES = ['solid', 'diagonal', 'dots', 'cross', 'horizontal', 'vertical'] as const;
export type Hatch = (typeof HATCHES)[number];

export const pick = <T>(list: readonly T[], index: number): T => list[index % list.length]!;
