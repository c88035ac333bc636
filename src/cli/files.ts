import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { InputError } from '../core/errors.js';
import type { Document } from '../model/document.js';
import { describeFsError, MANUSCRIPT_EXTENSIONS } from '../readers/index.js';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

/**
 * Expands the command-line paths: a file is taken as given (its reader decides if it can read it); a
 * folder contributes every manuscript below it, in sorted order so reports are reproducible.
 */
export async function collectManuscripts(paths: string[], ignore: (rel: string) => boolean = () => false): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let s;
    try {
      s = await stat(p);
    } catch (err) {
      throw new InputError(p, describeFsError(err));
    }
    if (!s.isDirectory()) {
      out.push(p);
      continue;
    }
    const found: string[] = [];
    await walk(p, found, p, ignore);
    if (found.length === 0) throw new InputError(p, `no manuscripts in this folder (looked for ${MANUSCRIPT_EXTENSIONS.join(', ')})`);
    out.push(...found.sort());
  }
  return out;
}

async function walk(dir: string, found: string[], root: string, ignore: (rel: string) => boolean): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    throw new InputError(dir, describeFsError(err));
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
    const full = join(dir, e.name);
    if (ignore(relative(root, full) + (e.isDirectory() ? '/' : ''))) continue;
    if (e.isDirectory()) await walk(full, found, root, ignore);
    else if (e.isFile() && MANUSCRIPT_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x))) found.push(full);
  }
}

/**
 * Reads each manuscript in turn; a file that cannot be read is reported as one line on `err` and
 * skipped, so the others are still checked (and the command exits 2 at the end).
 */
export async function* readManuscripts(files: string[], options: { encoding?: string; bibComplete?: boolean }, err: (s: string) => void): AsyncGenerator<Document, boolean> {
  const { readDocument } = await import('../readers/index.js');
  let failed = false;
  for (const path of files) {
    let doc: Document;
    try {
      doc = await readDocument(path, options);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      err(`citeaudit: ${e.file}: ${e.message}\n`);
      failed = true;
      continue;
    }
    yield doc;
  }
  return failed;
}
