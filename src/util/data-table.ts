import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InputError } from './errors.js';

// `data/` sits next to `src/` and `dist/`, so one relative path serves the built CLI and the tests.
const DATA = new URL('../../data/', import.meta.url);
const loaded = new Map<string, unknown>();

/**
 * A bundled table, `data/NAME.json`, read on first use and kept for the run. The tables ship with
 * citeaudit: a missing or broken one is a damaged installation, said in one line.
 */
export function dataTable(name: string): unknown {
  if (loaded.has(name)) return loaded.get(name);
  const url = new URL(`${name}.json`, DATA);
  let t: unknown;
  try {
    t = JSON.parse(readFileSync(url, 'utf8'));
  } catch (err) {
    throw new InputError(
      fileURLToPath(url),
      `bundled data table cannot be read (${(err as Error).message.split('\n')[0]}); reinstall citeaudit`,
    );
  }
  loaded.set(name, t);
  return t;
}
