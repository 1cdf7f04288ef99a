// Numbers the Chinese way: 万 and 亿 where the size calls for it, decimals as
// given in the data, and never float noise such as 7.039999999.

/** Decimal places of a number as written in the data (JSON keeps the shortest form). */
export function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e-')) return Number(text.split('e-')[1]);
  return text.includes('.') ? text.split('.')[1]!.length : 0;
}

/** Round away binary noise: 7.04 - 5.72 → 1.32, not 1.3200000000000003. */
export function roundTo(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}

/** Plain digits without grouping (how Chinese statistical reports write them): 98200, 42.16. */
export function plainNumber(value: number): string {
  return String(value);
}

/** Units that already carry a magnitude (万元, 亿元, 万人) are never scaled again. */
const SCALED_UNIT = /^[万亿]/;

/**
 * A value with its unit for running text: 98200人, 27万人, 1.5亿元, 5.72张.
 * Values of 100,000 or more (with a unit that has no magnitude yet) are given
 * in 万, and of 100,000,000 or more in 亿, keeping every significant digit.
 */
export function formatQuantity(value: number, unit: string): string {
  const magnitude = Math.abs(value);
  if (!SCALED_UNIT.test(unit)) {
    if (magnitude >= 1e8) return `${roundTo(value / 1e8, decimalsOf(value) + 8)}亿${unit}`;
    if (magnitude >= 1e5) return `${roundTo(value / 1e4, decimalsOf(value) + 4)}万${unit}`;
  }
  return `${plainNumber(value)}${unit}`;
}

/** A percentage with a fixed number of decimals: 23.1%, 83.86%. */
export function formatPercent(value: number, decimals: number): string {
  return `${value.toFixed(decimals)}%`;
}
