import type { CslDate, CslItem, CslName } from '../model/csl.js';
import { mapNames, nationalityInside } from '../parse/names.js';

const pad = (n: number | string) => String(n).padStart(2, '0');

/** `2013/01/12/` (the RIS spec's DA form, which Zotero reads) when the date has a month; else nothing. */
export function risDate(date: CslDate | undefined): string | undefined {
  const parts = date?.['date-parts']?.[0];
  if (!parts || parts.length < 2) return undefined;
  const [y, m, d] = parts;
  return `${String(y)}/${pad(m!)}/${d === undefined ? '' : pad(d)}/`;
}

/** One line a value: RIS has no continuation lines, and a line break inside a record would end it early. */
function oneLine(item: CslItem): CslItem {
  const out: CslItem = { ...item };
  for (const [k, v] of Object.entries(item)) if (typeof v === 'string') out[k] = v.replace(/\s*[\r\n]+\s*/g, ' ');
  return out;
}

/** A name as RIS writes it: `Family, Given, Suffix`, or the name as one string. */
function risName(n: CslName | string): string {
  // citation-js reads a newspaper's AU lines back as strings (into `reporter`).
  if (typeof n === 'string') return n;
  const family = [n['non-dropping-particle'], n.family].filter(Boolean).join(' ');
  if (!family) return n.literal ?? n.given ?? '';
  return [family, n.given, n.suffix].filter(Boolean).join(', ');
}

/** One record of citation-js's output set right for `item` (see `toRis`). */
function fixRecord(lines: string[], item: CslItem): string[] {
  const date = risDate(item.issued);
  // citation-js's own DA (`2021///`) stays where the date is a year; a fuller date replaces it.
  const kept = lines.filter((l) => l.trim() !== '' && !l.startsWith('ID  - ') && !(date && l.startsWith('DA  - ')));
  const [ty, ...rest] = kept;
  // citation-js writes no author of a newspaper article (it maps AU to `reporter` there, and writes no reporter).
  const names =
    item.author ??
    (item.type === 'article-newspaper' ? (item.reporter as Array<CslName | string> | undefined) : undefined);
  const authors = rest.some((l) => l.startsWith('AU  - ')) ? [] : (names ?? []).map((n) => `AU  - ${risName(n)}`);
  const body = rest.flatMap((l) => (date && l.startsWith('PY  - ') ? [l, `DA  - ${date}`] : [l]));
  if (date && !rest.some((l) => l.startsWith('PY  - '))) body.splice(body.length - 1, 0, `DA  - ${date}`);
  return [ty!, `ID  - ${item.id}`, ...authors, ...body];
}

/**
 * RIS as the RIS specification and Zotero read it, written by citation-js and set right where it is not: every
 * type keeps its authors (citation-js drops a newspaper article's), `ID` is the whole key (citation-js cuts it to
 * 20 characters), a date with a month gets `DA  - YYYY/MM/DD/` beside `PY` (citation-js writes only the year for
 * some types), no blank line stands inside a record, and the nationality marker is inside the name, as in
 * CSL-JSON.
 */
export async function toRis(items: CslItem[]): Promise<string> {
  const [{ Cite }] = await Promise.all([import('@citation-js/core'), import('@citation-js/plugin-ris')]);
  const prepared = items.map((it) => ({ ...oneLine(mapNames(it, nationalityInside)), 'citation-key': it.id }));
  const ris: string = new Cite(prepared).format('ris', { format: 'text' });
  // citation-js folds values at 70 characters and reads a fold back as a space (`Capita lism`): the
  // folds are undone so that titles survive a round trip.
  const lines = ris.replace(/\r?\n(?![A-Z][A-Z0-9] {2}-|\r?\n|$)/g, '').split('\n');
  const out: string[] = [];
  let record: string[] | null = null;
  let k = 0;
  for (const line of lines) {
    if (line.startsWith('TY  - ')) record = [line];
    else if (record) {
      record.push(line);
      if (line.startsWith('ER  -')) {
        out.push(...fixRecord(record, items[k++]!));
        record = null;
      }
    } else out.push(line);
  }
  return out.join('\n');
}
