import { describe, expect, test } from 'vitest';
import { dateToIsoText, formatChineseDate, isRealDate, todayInChina, yearOf } from '../../src/lib/format/date.ts';

describe('formatChineseDate', () => {
  test.each([
    ['2019-09-13', '2019年9月13日'],
    ['2021-03-03', '2021年3月3日'],
    ['2016-11-19', '2016年11月19日'],
  ])('%s → %s', (iso, chinese) => expect(formatChineseDate(iso)).toBe(chinese));
  test('refuses other shapes', () => expect(() => formatChineseDate('2019/9/13')).toThrow());
});

describe('isRealDate', () => {
  test.each(['2019-09-13', '2020-02-29', '2000-02-29'])('%s exists', (date) => expect(isRealDate(date)).toBe(true));
  test.each(['2019-02-29', '2021-02-30', '2021-13-01', '2021-04-31', '1900-02-29', '2021-3-3', '20210303'])('%s does not', (date) =>
    expect(isRealDate(date)).toBe(false),
  );
});

test('todayInChina uses UTC+8: 17:00 UTC is already the next day in Beijing', () => {
  expect(todayInChina(new Date('2026-11-22T17:00:00Z'))).toBe('2026-11-23');
  expect(todayInChina(new Date('2026-11-22T15:59:00Z'))).toBe('2026-11-22');
});

test('dateToIsoText turns YAML timestamps back into text and leaves the rest', () => {
  expect(dateToIsoText(new Date('2019-09-13T00:00:00Z'))).toBe('2019-09-13');
  expect(dateToIsoText('2019-09-13')).toBe('2019-09-13');
  expect(dateToIsoText(20190913)).toBe(20190913);
  expect(yearOf('2019-09-13')).toBe('2019');
});
