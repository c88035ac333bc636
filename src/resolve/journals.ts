import { titleKey } from '../util/normalize.js';
import type { JournalRow } from '../model/tables.js';
import { table, variantIndex } from './tables.js';

let byKey: Map<string, JournalRow> | null = null;

/** `Capital & Class` and `Capital and Class` are one journal. */
function baseKey(name: string): string {
  return titleKey(name.replace(/\s*&\s*/g, ' and '));
}

function index(): Map<string, JournalRow> {
  return (byKey ??= variantIndex(table('journals').journals, baseKey));
}

/**
 * A comparison key for a journal name: a known journal is its canonical name, whatever variant or
 * abbreviation is printed, and a bracketed city that is the journal's own (《社会科学》（上海）) is the
 * journal itself. Other names are their normalised title.
 */
export function journalKey(name: string | undefined): string {
  if (!name) return '';
  const k = baseKey(name);
  const direct = index().get(k);
  if (direct) return baseKey(direct.name);
  const m = /^(.*?)[（(]([^（）()]+)[）)]\s*$/u.exec(name.trim());
  if (m) {
    const row = index().get(baseKey(m[1]!));
    if (row?.place && titleKey(row.place) === titleKey(m[2])) return baseKey(row.name);
  }
  return k;
}

export function sameJournal(a: string, b: string): boolean {
  return journalKey(a) === journalKey(b);
}
