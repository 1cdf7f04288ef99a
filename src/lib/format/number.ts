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

/** The magnitudes an axis label is written in, Simplified and Traditional (as Intl's zh-CN and zh-Hant-TW write them). */
const AXIS_MAGNITUDES = [
  { size: 1, hans: '', hant: '' },
  { size: 1e4, hans: '万', hant: '萬' },
  { size: 1e8, hans: '亿', hant: '億' },
  { size: 1e12, hans: '万亿', hant: '兆' },
] as const;

/** x × 10^places on the decimal digits as written (no binary error), for x written 1.5, 1.5e-7 or 1e+21. */
function shiftDecimal(value: number, places: number): number {
  const [digits, exponent = '0'] = String(value).split('e');
  return Number(`${digits}e${Number(exponent) + places}`);
}

/** Round half away from zero on the decimal digits as written (1.255 → 1.26), not on the binary value. */
function roundDecimal(value: number, decimals: number): number {
  const magnitude = shiftDecimal(Math.round(shiftDecimal(Math.abs(value), decimals)), -decimals);
  return magnitude === 0 ? 0 : Math.sign(value) * magnitude;
}

/**
 * An axis label the way Intl.NumberFormat(locale, { notation: 'compact',
 * maximumFractionDigits: 2 }) writes it: 9999, 1.23万, 1亿 (萬, 億, 兆 under
 * 繁體). Written out because the browser's first Intl.NumberFormat of a page
 * loads its locale data: 14–31 ms in Chromium here, ×4 on a Lighthouse phone,
 * one long task before a chart can draw. tests/unit/format-number.test.ts
 * holds it to Intl's own output, for |value| < 10^16.
 */
export function axisNumber(value: number, lang: string): string {
  const script = /^zh-(Hant|TW|HK|MO)/i.test(lang) ? 'hant' : 'hans';
  for (const [index, magnitude] of AXIS_MAGNITUDES.entries()) {
    // Rounded first: 99,999,999 is 10000万 after rounding, which Intl writes 1亿.
    const scaled = roundDecimal(value / magnitude.size, 2);
    if (Math.abs(scaled) < 1e4 || index === AXIS_MAGNITUDES.length - 1) return `${scaled}${magnitude[script]}`;
  }
  return String(value);
}
