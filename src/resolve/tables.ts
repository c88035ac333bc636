import { readFileSync } from 'node:fs';
import type { ClassicsTable, JournalsTable, PublishersTable, TranslatedWorksTable, WesternNamesTable } from '../model/tables.js';

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
    t = JSON.parse(readFileSync(new URL(`${name}.json`, DATA), 'utf8')) as Tables[K];
    loaded.set(name, t);
  }
  return t;
}
