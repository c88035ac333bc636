import { stripMarkup, unemphasize } from '../parse/markup.js';

/** How a `.bib` file is read: BibTeX (bibtex with a `.bst` style) or BibLaTeX (biber with biblatex). */
export type BibDialect = 'bibtex' | 'biblatex';

/** LaTeX special characters as text; BibTeX and biber read every form here back as the character. */
const SPECIAL: Record<string, string> = {
  '&': '\\&',
  '%': '\\%',
  _: '\\_',
  '#': '\\#',
  $: '\\$',
  '{': '\\{',
  '}': '\\}',
  '\\': '\\textbackslash{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text as LaTeX reads it: the special characters escaped, on one line. */
export function escapeText(s: string): string {
  // One line a value: entries then start at the start of a line, and nothing else does.
  return s.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[&%_#${}\\~^]/g, (c) => SPECIAL[c]!);
}

/** A field's text: Markdown emphasis and HTML tags taken out (`*Pax Deum*` → `Pax Deum`), then escaped. */
export function texText(s: string): string {
  return escapeText(unemphasize(stripMarkup(s).text));
}

/**
 * A title's text, with the words whose case a style must not change in braces: a word with a capital after its
 * first letter (`DNA`, `OCLC`, `SocProS`, `McGraw`), which BibTeX's sentence case (`change.case$ "t"`, used by
 * gbt7714-bibtex-style for English titles) would lower.
 */
export function texTitle(s: string): string {
  return texText(s).replace(/(?<![\\\p{L}])\p{L}+/gu, (w) => (/\p{Lu}/u.test(w.slice(1)) ? `{${w}}` : w));
}

/**
 * A URL or DOI in its field. Both styles print it with `\url` (url.sty), which takes `%`, `#`, `_`, `~` and `&` as
 * they are; only braces (which would unbalance the entry) and white space are percent-encoded.
 */
export function texUrl(url: string): string {
  return url.trim().replace(/[{}\s]/g, (c) => encodeURIComponent(c));
}
