import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InputError } from '../util/errors.js';
import type { SourceMarkupTable } from '../model/tables.js';

// `data/` sits next to `src/` and `dist/`, so one relative path serves the built CLI and the tests.
const URL_OF = new URL('../../data/source-markup.json', import.meta.url);
let loaded: SourceMarkupTable | null = null;

/** The markup the JATS and LaTeX readers know by name (data/source-markup.json), read on first use. */
export function markup(): SourceMarkupTable {
  if (loaded) return loaded;
  try {
    loaded = JSON.parse(readFileSync(URL_OF, 'utf8')) as SourceMarkupTable;
  } catch (err) {
    throw new InputError(
      fileURLToPath(URL_OF),
      `bundled data table cannot be read (${(err as Error).message.split('\n')[0]}); reinstall citeaudit`,
    );
  }
  return loaded;
}
