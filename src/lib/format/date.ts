// Dates in the content model are plain 'YYYY-MM-DD' strings: no time zone can
// shift them, and they sort correctly as text.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is YYYY-MM-DD and names a day that exists (no 2019-02-30). */
export function isRealDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isIsoDateShape(text: string): boolean {
  return ISO_DATE.test(text);
}

/** Today's date in China (UTC+8), the calendar the editors publish by. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** '2019-09-13' → '2019年9月13日' */
export function formatChineseDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${isoDate}`);
  const [year, month, day] = match.slice(1).map(Number);
  return `${year}年${month}月${day}日`;
}

/** YAML loaders that resolve timestamps hand us Date objects; normalise them back to text. */
export function dateToIsoText(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

export function yearOf(isoDate: string): string {
  return isoDate.slice(0, 4);
}
