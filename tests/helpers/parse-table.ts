import { expect } from 'vitest';
import { parseReference } from '../../src/parse/index.js';

/** A parse-table row: the string, the CSL-JSON fields expected, the cited page kept apart (locator). */
export type ParseRow = [string, Record<string, unknown>, string | null];

/** The fields the corpus benchmark scores: a row that does not list one expects it empty. */
export const SCORED = [
  'type',
  'author',
  'editor',
  'translator',
  'title',
  'container-title',
  'publisher-place',
  'publisher',
  'issued',
  'volume',
  'issue',
  'page',
  'DOI',
  'URL',
];

export const year = (...p: number[]) => ({ 'date-parts': [p] });

/**
 * Parses a row's string and checks every listed field, every unlisted scored field empty, and the locator;
 * with `lang`, also that it was read in that language as a full reference.
 */
export function expectRow(
  [text, expected, locator]: ParseRow,
  scored: readonly string[] = SCORED,
  lang?: 'zh' | 'en',
): void {
  const r = parseReference(text);
  expect(r.failure).toBeUndefined();
  if (lang) {
    expect(r.kind).toBe('full');
    expect(r.lang).toBe(lang);
  }
  expect(r.item).toMatchObject(expected);
  for (const f of scored) if (!(f in expected)) expect(r.item[f], `${f} should be empty`).toBeUndefined();
  expect(r.locator).toBe(locator);
}
