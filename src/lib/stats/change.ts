// What journalists quote: the change between two periods and the share of one
// series in another, computed from the data so prose and chart agree.
import { decimalsOf, formatPercent, formatQuantity, roundTo } from '../format/number.ts';

/** Percent change from `from` to `to`, one decimal: 23.1 for 5.72 → 7.04. */
export function percentChange(from: number, to: number): number {
  if (from === 0) throw new RangeError('percent change from zero');
  return roundTo(((to - from) / Math.abs(from)) * 100, 1);
}

/** Absolute difference with the decimals of the data: 1.32 for 5.72 → 7.04. */
export function difference(from: number, to: number): number {
  return roundTo(to - from, Math.max(decimalsOf(from), decimalsOf(to)));
}

/** '增长23.1%' / '下降91.5%' / '持平' */
export function describePercentChange(from: number, to: number): string {
  const percent = percentChange(from, to);
  if (percent === 0) return '持平';
  return `${percent > 0 ? '增长' : '下降'}${formatPercent(Math.abs(percent), 1)}`;
}

/** '增加1.32张' / '减少19218人' / '持平' */
export function describeDifference(from: number, to: number, unit: string): string {
  const diff = difference(from, to);
  if (diff === 0) return '持平';
  return `${diff > 0 ? '增加' : '减少'}${formatQuantity(Math.abs(diff), unit)}`;
}

/** Share of `part` in `whole` in percent, two decimals: 83.86% for 82353 of 98200. */
export function share(part: number, whole: number): string {
  if (whole === 0) throw new RangeError('share of zero');
  return formatPercent((part / whole) * 100, 2);
}
