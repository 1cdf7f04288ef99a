import { describe, expect, it } from 'vitest';
import { axisNumber } from '../../src/lib/format/number.ts';

// Axis labels are written by hand (the browser's first Intl.NumberFormat costs
// a long task); Node's full ICU is the reference they must match.
const intl = (lang: string) => new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 2 });

/** Tick-like values (k × 10^e) and a deterministic spread of values with up to four decimals. */
function sample(): number[] {
  const values: number[] = [0, 99_999_999, 9_999.999, 99_995, 1.255, 1.005, 0.005, 12_345_678];
  for (let exponent = -4; exponent < 16; exponent++)
    for (let k = 1; k < 1000; k += 7) values.push(Number(`${k}e${exponent}`), -Number(`${k}e${exponent}`));
  let seed = 20261202;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < 20_000; i++) values.push(Math.round(random() * 10 ** (random() * 15) * 1e4) / 1e4);
  return values.filter((value) => value === 0 || (Math.abs(value) < 1e16 && Math.abs(value) >= 0.005));
}

describe('axisNumber', () => {
  for (const lang of ['zh-CN', 'zh-Hant-TW']) {
    it(`writes what Intl's compact notation writes for ${lang}`, () => {
      const format = intl(lang);
      const differing = sample().filter((value) => axisNumber(value, lang) !== format.format(value));
      expect(differing).toEqual([]);
    });
  }

  it('uses 万 and 亿 in Simplified, 萬, 億 and 兆 in Traditional', () => {
    expect([12_345, 1.5e8, 2e12].map((value) => axisNumber(value, 'zh-CN'))).toEqual(['1.23万', '1.5亿', '2万亿']);
    expect([12_345, 1.5e8, 2e12].map((value) => axisNumber(value, 'zh-Hant-TW'))).toEqual(['1.23萬', '1.5億', '2兆']);
  });

  it('moves up a magnitude when rounding reaches 10000 of one (as Intl does)', () => {
    expect(axisNumber(99_999_999, 'zh-CN')).toBe('1亿');
    expect(axisNumber(9_999.999, 'zh-CN')).toBe('1万');
  });

  it('writes float noise around zero as 0, where Intl writes -0', () => {
    expect(intl('zh-CN').format(-1e-17)).toBe('-0');
    expect(axisNumber(-1e-17, 'zh-CN')).toBe('0');
    expect(axisNumber(-0.004, 'zh-CN')).toBe('0');
    expect(axisNumber(1.5e-7, 'zh-CN')).toBe('0');
    expect(axisNumber(1e30, 'zh-CN')).toBe('1000000000000000000万亿');
  });
});
