import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InputError } from '../util/errors.js';
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

// `data/` sits next to `src/` and `dist/`, so one relative path serves the built CLI and the tests.
const DATA = new URL('../../data/', import.meta.url);
const loaded = new Map<string, unknown>();

/** A bundled table, read on first use and kept for the run. */
export function table<K extends keyof Tables>(name: K): Tables[K] {
  let t = loaded.get(name) as Tables[K] | undefined;
  if (!t) {
    const url = new URL(`${name}.json`, DATA);
    try {
      t = JSON.parse(readFileSync(url, 'utf8')) as Tables[K];
    } catch (err) {
      // The tables ship with citeaudit: a missing or broken one is a damaged installation, said in one line.
      throw new InputError(
        fileURLToPath(url),
        `bundled data table cannot be read (${(err as Error).message.split('\n')[0]}); reinstall citeaudit`,
      );
    }
    loaded.set(name, t);
  }
  return t;
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
