import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { InputError, UsageError } from '../../util/errors.js';

/** The styles bundled in data/styles, written for citeaudit (see data/README.md). */
export const BUNDLED_STYLES = [
  'cass-note',
  'gbt7714-2015-numeric',
  'gbt7714-2025-numeric',
  'chicago-notes',
  'chicago-bibliography',
] as const;
export type BundledStyle = (typeof BUNDLED_STYLES)[number];

export interface LoadedStyle {
  /** The bundled name, or the file's base name for `--style FILE.csl`. */
  name: string;
  /** Whether the style is one of ours (and so gets its item preparation). */
  bundled: BundledStyle | null;
  /** The file given with `--style FILE.csl`, null for a bundled style. */
  file: string | null;
  xml: string;
  /** `note` styles render footnotes; `in-text` styles a numbered or author-date list. */
  class: 'note' | 'in-text';
}

const DATA = new URL('../../../data/', import.meta.url);

/** Reads a bundled style by name or a CSL file by path; anything else is a usage error naming it. */
export function loadStyle(spec: string): LoadedStyle {
  if ((BUNDLED_STYLES as readonly string[]).includes(spec)) {
    const xml = readFileSync(new URL(`styles/${spec}.csl`, DATA), 'utf8');
    return { name: spec, bundled: spec as BundledStyle, file: null, xml, class: styleClass(xml) };
  }
  if (!/\.csl$/i.test(spec))
    throw new UsageError(`unknown style '${spec}' (bundled: ${BUNDLED_STYLES.join(', ')}; or give a .csl file)`);
  if (!existsSync(spec)) throw new InputError(spec, 'style file not found');
  let xml: string;
  try {
    xml = readFileSync(spec, 'utf8');
  } catch (e) {
    throw new InputError(spec, `cannot read style: ${(e as Error).message}`);
  }
  // citeproc accepts almost anything and fails later with an obscure message: check the root element first.
  if (!/<style\b[^>]*xmlns="http:\/\/purl\.org\/net\/xbiblio\/csl"/.test(xml) || !/<\/style>\s*$/.test(xml)) {
    throw new InputError(spec, 'not a CSL style (no <style xmlns="http://purl.org/net/xbiblio/csl"> … </style>)');
  }
  if (!/<bibliography\b/.test(xml) && !/<citation\b/.test(xml))
    throw new InputError(spec, 'CSL style without <citation> or <bibliography>');
  return { name: basename(spec).replace(/\.csl$/i, ''), bundled: null, file: spec, xml, class: styleClass(xml) };
}

function styleClass(xml: string): 'note' | 'in-text' {
  return /<style\b[^>]*\bclass="note"/.test(xml) ? 'note' : 'in-text';
}

/** The bundled zh-CN locale (citation-js ships none, and citeproc cannot render a Chinese style without it). */
export function zhLocale(): string {
  return readFileSync(new URL('locales/locales-zh-CN.xml', DATA), 'utf8');
}

/** A style citeproc cannot use: one line naming the style file (or the bundled style) and the reason. */
export function styleError(style: LoadedStyle, e: unknown): Error {
  // Anything can be thrown, null and strings included.
  const fault = e as Partial<Error> | null | undefined;
  const reason = `cannot render with this style: ${String(fault?.message ?? e)}`;
  return style.file ? new InputError(style.file, reason) : new UsageError(`style '${style.name}' ${reason}`);
}
