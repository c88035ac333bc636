import type { CslDate } from '../model/csl.js';

/** CSL dates as numbers (`2018年` → `[[2018]]`); month and day only when printed. */
export function dateParts(
  year: number | string,
  month?: number | string | null,
  day?: number | string | null,
): CslDate {
  const parts: number[] = [Number(year)];
  if (month !== undefined && month !== null && month !== '') {
    parts.push(Number(month));
    if (day !== undefined && day !== null && day !== '') parts.push(Number(day));
  }
  return { 'date-parts': [parts] };
}

/** A year alone, or nothing when none was printed. */
export function yearDate(year: string | undefined | null): CslDate | undefined {
  return year ? dateParts(year) : undefined;
}

// `2013-01-12`, `2013-1-12`: GB/T and access dates.
const ISO = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/;

/** `2013-01-12` → `[[2013, 1, 12]]`; null when the string is no such date. */
export function isoDate(s: string): CslDate | null {
  const m = ISO.exec(s.trim());
  return m ? dateParts(m[1]!, m[2], m[3]) : null;
}

// A plausible publication year: printing starts long before 1500 in China, but references rarely do.
const YEAR = /(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)/;

/** The first plausible four-digit year in `s`, as a string. */
export function findYear(s: string): string | null {
  const m = YEAR.exec(s);
  return m ? m[1]! : null;
}
