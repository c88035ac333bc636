import type { Token } from './tokenize.js';

/**
 * The labels of the learned parser: every field the corpus scorer knows (see ../shared/corpus/README.md),
 * a few more CSL fields that styles print, and the parts of a citation that are not the reference's
 * fields: cited pages (`locator`), a leading signal (`prefix`: 参见, See), 同上/Ibid. (`ibid`), the
 * author's own remarks (`commentary`), punctuation between fields (`punct`) and anything else (`other`).
 */
export const LABELS = [
  'author',
  'editor',
  'translator',
  'title',
  'container-title',
  'collection-title',
  'publisher',
  'publisher-place',
  'issued',
  'accessed',
  'volume',
  'issue',
  'page',
  'number',
  'edition',
  'genre',
  'type',
  'URL',
  'DOI',
  'locator',
  'prefix',
  'ibid',
  'commentary',
  'punct',
  'other',
] as const;

export type Label = (typeof LABELS)[number];

const KNOWN = new Set<string>(LABELS);

export function isLabel(s: string): s is Label {
  return KNOWN.has(s);
}

/** A token of a reference string and the label the model gave it. */
export interface LabelledToken extends Token {
  label: Label;
}
