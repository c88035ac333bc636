import { dataTable } from '../util/data-table.js';
import type { LexiconTables } from '../parse/learn/lexicons.js';
import type {
  ClassicsTable,
  JournalsTable,
  PublishersTable,
  TranslatedWorksTable,
  WesternNamesTable,
} from '../model/tables.js';

interface Tables {
  classics: ClassicsTable;
  publishers: PublishersTable;
  journals: JournalsTable;
  'western-names': WesternNamesTable;
  'translated-works': TranslatedWorksTable;
}

/** A bundled table, read on first use and kept for the run. */
export function table<K extends keyof Tables>(name: K): Tables[K] {
  return dataTable(name) as Tables[K];
}

/** Rows found by any of their printed names: each name and variant under the comparison key given. */
export function variantIndex<R extends { name: string; variants?: string[] }>(
  rows: R[],
  key: (name: string) => string,
): Map<string, R> {
  const byKey = new Map<string, R>();
  for (const row of rows) for (const n of [row.name, ...(row.variants ?? [])]) byKey.set(key(n), row);
  return byKey;
}

/** The tables the learned parser builds its lexicons from, each read when first asked for. */
export const lexiconTables: LexiconTables = {
  get publishers() {
    return table('publishers');
  },
  get journals() {
    return table('journals');
  },
  get 'western-names'() {
    return table('western-names');
  },
};
