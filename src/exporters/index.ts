import type { CslItem } from '../model/csl.js';
import type { ExportRecord } from './records.js';

export type ExportFormat = 'csl-json' | 'bibtex' | 'biblatex' | 'ris';

/** Gives every record its key (from `keyPattern` when given) and, on request, the cited pages as a note. */
export async function prepare(records: ExportRecord[], withLocators: boolean, keyPattern?: string): Promise<CslItem[]> {
  const { pinyin } = await import('pinyin-pro');
  const items = records.map((r) => r.item);
  let keys: string[];
  if (keyPattern) {
    const { parseKeyPattern, patternKeys } = await import('./key-pattern.js');
    keys = patternKeys(items, parseKeyPattern(keyPattern), pinyin as never);
  } else keys = (await import('./keys.js')).makeKeys(items, pinyin as never);
  return records.map((r, k) => ({
    ...r.item,
    id: keys[k]!,
    ...(withLocators && r.locators.length ? { note: `cited: ${r.locators.join('; ')}` } : {}),
  }));
}

/** Serialises items: CSL-JSON and BibTeX/BibLaTeX by citeaudit's own mappings, RIS through citation-js. */
export async function serialise(items: CslItem[], format: ExportFormat): Promise<string> {
  if (format === 'csl-json') return (await import('./csl-json.js')).toCslJson(items);
  if (format === 'bibtex' || format === 'biblatex') return (await import('./bibtex.js')).toBibtex(items, format);
  return (await import('./ris.js')).toRis(items);
}
