import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError } from '../util/errors.js';
import type { Document } from '../model/document.js';
import { describeFsError, MANUSCRIPT_EXTENSIONS } from '../readers/index.js';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

/** An input that could not be used: reported as one line naming it, while the others are checked. */
export interface InputFailure {
  path: string;
  message: string;
}

export interface Collected {
  /** Manuscripts to check, each once, in the order of the arguments (a folder's or glob's files sorted). */
  files: string[];
  failures: InputFailure[];
}

const isManuscript = (name: string) => MANUSCRIPT_EXTENSIONS.some((x) => name.toLowerCase().endsWith(x));

/**
 * Expands the command-line paths: a file is taken as given (its reader decides if it can read it); a
 * folder contributes every manuscript below it; a glob (`issue/**\/*.md`) every manuscript it matches,
 * and every manuscript below a folder it matches.
 * `ignore` sees paths relative to the folder or to the glob's fixed part, with `/` after a folder's
 * name. A path that does not exist, a folder without manuscripts or a glob matching nothing is a
 * failure of that argument only.
 */
export async function collectManuscripts(
  paths: string[],
  ignore: (rel: string) => boolean = () => false,
): Promise<Collected> {
  const files: string[] = [];
  const failures: InputFailure[] = [];
  const seen = new Set<string>();
  const take = (list: string[]) => {
    for (const f of list) {
      const key = resolve(f);
      if (seen.has(key)) continue;
      seen.add(key);
      files.push(f);
    }
  };
  for (const p of paths) {
    try {
      take(await expand(p, ignore));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      failures.push({ path: err.file, message: err.message });
    }
  }
  return { files, failures };
}

/** For commands that need every input: the first argument that cannot be used stops the command (exit 2). */
export async function collectAll(paths: string[]): Promise<string[]> {
  const { files, failures } = await collectManuscripts(paths);
  if (failures[0]) throw new InputError(failures[0].path, failures[0].message);
  return files;
}

async function expand(p: string, ignore: (rel: string) => boolean): Promise<string[]> {
  let s;
  try {
    s = await stat(p);
  } catch (err) {
    // A name that exists is never read as a pattern (`[draft].md` is a file, not a character class).
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && !existsSync(p)) {
      const glob = await expandGlob(p, ignore);
      if (glob) return glob;
    }
    throw new InputError(p, describeFsError(err));
  }
  if (!s.isDirectory()) return [p];
  const found: string[] = [];
  await walk(p, '', found, ignore, () => true);
  if (found.length === 0)
    throw new InputError(p, `no manuscripts in this folder (looked for ${MANUSCRIPT_EXTENSIONS.join(', ')})`);
  return found.sort();
}

/** The files a glob matches, or null when `p` is not a glob. Only manuscripts are taken. */
async function expandGlob(p: string, ignore: (rel: string) => boolean): Promise<string[] | null> {
  const { default: picomatch } = await import('picomatch');
  const scan = picomatch.scan(p.replace(/\\/g, '/'));
  if (!scan.isGlob) return null;
  const base = scan.base || '.';
  const matches = picomatch(scan.glob, { dot: false });
  // Without `**` the pattern cannot reach below as many folders as it names.
  const depth = scan.glob.includes('**') ? Infinity : scan.glob.split('/').length - 1;
  const found: string[] = [];
  try {
    await walk(base, '', found, ignore, (rel) => matches(rel), depth);
  } catch (err) {
    if (err instanceof InputError) throw new InputError(p, `no files match (${err.message})`);
    throw err;
  }
  if (found.length === 0)
    throw new InputError(p, `no manuscripts match this pattern (looked for ${MANUSCRIPT_EXTENSIONS.join(', ')})`);
  return found.sort();
}

async function walk(
  root: string,
  rel: string,
  found: string[],
  ignore: (rel: string) => boolean,
  keep: (rel: string) => boolean,
  depth = Infinity,
): Promise<void> {
  const dir = rel ? join(root, rel) : root;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    throw new InputError(dir, describeFsError(err));
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (ignore(`${r}/`)) continue;
      // A folder the pattern names (`issue/vol*`) is taken whole, as the shell would pass it.
      if (keep(r)) await walk(root, r, found, ignore, () => true);
      else if (depth > 0) await walk(root, r, found, ignore, keep, depth - 1);
    } else if (e.isFile() && isManuscript(e.name) && !ignore(r) && keep(r)) found.push(join(root, r));
  }
}

/**
 * Reads each manuscript in turn; a file that cannot be read is reported as one line on `err` and
 * skipped, so the others are still read. Returns whether any failed.
 */
export async function* readManuscripts(
  files: string[],
  options: { encoding?: string; bibComplete?: boolean },
  err: (s: string) => void,
): AsyncGenerator<Document, boolean> {
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
