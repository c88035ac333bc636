// Where the documents written elsewhere are (../shared/realworld, or $CITEAUDIT_SHARED/realworld) and
// how their manifest reads; shared by eval-realworld.mjs and translate-verdicts.mjs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export function realworldDir() {
  return join(process.env.CITEAUDIT_SHARED ?? join(root, '..', 'shared'), 'realworld');
}

/** The rows of manifest.tsv as objects keyed by its header (id, source_repo, path, kind, language, file, note). */
export function parseManifest(text) {
  const [head, ...rows] = text.split('\n').filter((l) => l.trim() !== '');
  const cols = head.split('\t');
  return rows.map((r) => Object.fromEntries(r.split('\t').map((v, k) => [cols[k], v])));
}

export function readManifest(dir) {
  return parseManifest(readFileSync(join(dir, 'manifest.tsv'), 'utf8'));
}
