import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { InputError } from '../util/errors.js';
import type { Document } from '../model/document.js';
import { MAX_INPUT_BYTES } from './decode.js';
import * as docx from './docx.js';
import * as jats from './jats.js';
import * as latex from './latex.js';
import * as odt from './odt.js';
import * as text from './text.js';

type Reader = (
  path: string,
  bytes: Uint8Array,
  encoding?: string,
  options?: { bibComplete?: boolean },
) => Document | Promise<Document>;

/** The CommonMark parser is loaded with the Markdown reader, only when a Markdown file is read. */
const readMarkdown: Reader = async (path, bytes, encoding) =>
  (await import('./markdown.js')).readMarkdown(path, bytes, encoding);

const READERS: Array<{ extensions: string[]; read: Reader }> = [
  { extensions: ['.md', '.markdown', '.mdown', '.mkd', '.qmd', '.rmd'], read: readMarkdown },
  { extensions: text.extensions, read: text.readText },
  { extensions: docx.extensions, read: docx.readDocx },
  { extensions: jats.extensions, read: jats.readJats },
  { extensions: latex.extensions, read: latex.readLatex },
  { extensions: odt.extensions, read: odt.readOdt },
];

export const MANUSCRIPT_EXTENSIONS = READERS.flatMap((r) => r.extensions);

export function readerFor(path: string): Reader | null {
  const ext = extname(path).toLowerCase();
  return READERS.find((r) => r.extensions.includes(ext))?.read ?? null;
}

/** Reads one manuscript from disk; every failure becomes an InputError naming the file. */
export interface ReadOptions {
  /** Read as this format whatever the extension. */
  format?: 'markdown' | 'text';
  /** `--encoding`: skip detection. */
  encoding?: string;
  /** LaTeX: list every `.bib` entry, so that entries never cited are reported. */
  bibComplete?: boolean;
  /** `--bib`: libraries that Pandoc citation keys (`[@key]`) are looked up in, besides the front matter's. */
  bib?: string[];
  /** The manuscript's bytes, already read (standard input): `path` then only names it and gives its format. */
  bytes?: Uint8Array;
}

export async function readDocument(path: string, options: ReadOptions = {}): Promise<Document> {
  const forced = options.format;
  const read = forced === 'markdown' ? readMarkdown : forced === 'text' ? text.readText : readerFor(path);
  if (!read) {
    throw new InputError(
      path,
      `unknown format '${extname(path) || '(no extension)'}' (supported: ${MANUSCRIPT_EXTENSIONS.join(', ')})`,
    );
  }
  if (options.bytes) return readBytes(read, path, options.bytes, options);
  let size: number;
  try {
    const s = statSync(path);
    if (s.isDirectory()) throw new InputError(path, 'is a directory');
    size = s.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(path, describeFsError(err));
  }
  if (size > MAX_INPUT_BYTES)
    throw new InputError(
      path,
      `file too large (${Math.round(size / 1048576)} MB; limit ${MAX_INPUT_BYTES / 1048576} MB)`,
    );
  let bytes: Uint8Array;
  try {
    // Synchronous reads: files are checked one after another, and awaiting each read only adds idle time.
    bytes = readFileSync(path);
  } catch (err) {
    throw new InputError(path, describeFsError(err));
  }
  return readBytes(read, path, bytes, options);
}

/** The document in bytes already read (a file, or standard input), with its citation keys looked up. */
async function readBytes(read: Reader, path: string, bytes: Uint8Array, options: ReadOptions): Promise<Document> {
  if (bytes.length > MAX_INPUT_BYTES)
    throw new InputError(path, `input too large (limit ${MAX_INPUT_BYTES / 1048576} MB)`);
  const doc = await read(path, bytes, options.encoding, { bibComplete: options.bibComplete });
  if (doc.bibliography === undefined) return doc;
  return (await import('./citekeys.js')).resolveCitationKeys(doc, options.bib);
}

export function describeFsError(err: unknown): string {
  // Anything can be thrown, null included.
  const e = err as Partial<NodeJS.ErrnoException> | null | undefined;
  const code = e?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ENAMETOOLONG') return 'name too long';
  return e?.message ?? String(err);
}
