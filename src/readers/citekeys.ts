import { existsSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import type { CslItem } from '../model/csl.js';
import type { Document, Entry } from '../model/document.js';
import { InputError } from '../util/errors.js';
import { readBib } from './bib.js';
import { readCslJsonValues } from './csl-items.js';
import { FirstSeen } from '../util/first-seen.js';

/** Libraries read once per thread: the chapters of one book share their bibliography. */
const cache = new Map<string, Promise<Map<string, CslItem> | null>>();

/** A bibliography as key → item: BibTeX/BibLaTeX, or CSL-JSON by `id`; null when it cannot be read for keys. */
async function readKeyed(path: string): Promise<Map<string, CslItem> | null> {
  const ext = extname(path).toLowerCase();
  try {
    if (ext === '.bib' || ext === '.bibtex') return await readBib(path);
    if (ext === '.json') {
      const out = new Map<string, CslItem>();
      for (const v of readCslJsonValues(path)) {
        const item = v as CslItem | null;
        if (item && typeof item === 'object' && typeof item.id === 'string') out.set(item.id, item);
      }
      return out;
    }
  } catch (err) {
    if (err instanceof InputError) return null;
    throw err;
  }
  return null;
}

function keyed(path: string): Promise<Map<string, CslItem> | null> {
  let p = cache.get(path);
  if (!p) cache.set(path, (p = readKeyed(path)));
  return p;
}

/**
 * Resolves the citation keys of a Pandoc Markdown document: the files of its front matter's
 * `bibliography:` (relative to the document) and of `--bib` are read, and every cited key that one of
 * them holds becomes a reference-list entry (in order of first citation, labelled by its key, with the
 * library's item as its data), as for LaTeX. A key none of them holds is an orphan marker; with no
 * bibliography to read, the keys stay unresolved and `doc.bibliography` is empty (one notice, not one
 * finding per citation).
 */
export async function resolveCitationKeys(doc: Document, bib: string[] = []): Promise<Document> {
  if (doc.bibliography === undefined) return doc;
  const named = doc.bibliography.map((f) => resolve(dirname(doc.path), f)).filter((f) => existsSync(f));
  const files = [...new Set([...named, ...bib.map((f) => resolve(f))])];
  const libraries: Array<Map<string, CslItem>> = [];
  const read: string[] = [];
  for (const f of files) {
    const lib = await keyed(f);
    if (lib) {
      libraries.push(lib);
      read.push(f);
    }
  }
  doc.bibliography = read;
  if (libraries.length === 0) return doc;
  const lookup = (key: string) => libraries.find((l) => l.has(key))?.get(key);
  // Numbered after a list the document prints itself, so that `[3]` and a key never meet.
  const base = Math.max(0, ...doc.entries.map((e) => e.number ?? 0));
  const order = new FirstSeen<string>();
  const entries: Entry[] = [];
  for (const m of doc.markers) {
    if (!m.keys) continue;
    m.numbers = m.keys.map((key) => {
      const cited = order.has(key);
      const n = order.of(key);
      if (!cited) {
        const item = lookup(key);
        if (item) entries.push(entryFor(key, base + n + 1, item, m.range.start));
      }
      return base + n + 1;
    });
  }
  const first = doc.entries.length;
  entries.forEach((e, k) => (e.id = `e${first + k + 1}`));
  const byNumber = new Map(entries.map((e) => [e.number!, e.id]));
  for (const m of doc.markers)
    if (m.keys) m.targets = m.numbers!.flatMap((n) => (byNumber.has(n) ? [byNumber.get(n)!] : []));
  doc.entries = [...doc.entries, ...entries];
  return doc;
}

/** A library record as an entry: it stands where the work is first cited (the list itself is generated). */
function entryFor(key: string, number: number, item: CslItem, at: number): Entry {
  return { id: '', label: key, number, range: { start: at, end: at }, text: item.title ?? key, item };
}
