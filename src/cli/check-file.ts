import { InputError } from '../util/errors.js';
import { once } from '../util/once.js';
import type { UiLang } from '../i18n/index.js';
import type { SeveritySetting } from '../model/diagnostic.js';
import type { NormId } from '../model/norm.js';
import type { FileResult } from '../model/result.js';
import type { ArticleDigest } from '../issue/digest.js';
import type { ArticleRow } from '../model/issue.js';
import type { SettingOptions } from './settings.js';
import type { Matcher } from '../resolve/match.js';
import { type FormatId, loadFormatter } from '../formatters/index.js';

/** What checking one file needs; plain data, so that it can be handed to a worker thread. */
export interface FileCheckOptions extends SettingOptions {
  lang: UiLang;
  encoding?: string;
  bibComplete?: boolean;
  /** `--bib`: libraries to resolve citations against. */
  bib?: string[];
  /** `--catalog [FILE]`: true for the configured or default catalog. */
  catalog?: string | true;
  /** `check -`: the name standard input is reported under (`--stdin-filename`), which gives its format. */
  stdinFilename?: string;
}

/** The name of standard input in reports when `--stdin-filename` gives none (read as Markdown). */
export const STDIN_NAME = '<stdin>';

export type FileOutcome =
  | { ok: true; result: FileResult; norm: NormId | 'auto'; overrides: Record<string, SeveritySetting> }
  | { ok: false; path: string; message: string };

// Imported by a thread's first file (`citeaudit --version` loads none of them), and held.
const checking = once(() =>
  Promise.all([import('./settings.js'), import('../readers/index.js'), import('../engine/pipeline.js')]),
);
const preparing = once(() => Promise.all([import('../formatters/result.js'), import('../issue/digest.js')]));

/** Starts loading what checking needs before the first file comes (a worker thread, as it starts); a failure is met by that file. */
export function preloadChecking(): void {
  checking().catch(() => {});
  preparing().catch(() => {});
}

/**
 * Reads and checks one manuscript with the configuration that applies to it. An input problem (the
 * file, or the configuration found for it) is the outcome of this file only, so that a folder with one
 * bad file still gets the report of the others. The diagnostics are not yet filtered by `--quiet`.
 */
export async function checkFile(
  path: string,
  opts: FileCheckOptions,
  matcher?: Pick<Matcher, 'match'>,
  bytes?: Uint8Array,
): Promise<FileOutcome> {
  const [{ appliedSettings }, { readDocument }, { checkDocument }] = await checking();
  const started = performance.now();
  try {
    const doc = await readDocument(path, {
      encoding: opts.encoding,
      bibComplete: opts.bibComplete,
      bib: opts.bib,
      ...(bytes ? { bytes } : {}),
      ...(bytes && path === STDIN_NAME ? { format: 'markdown' as const } : {}),
    });
    const { norm, overrides } = appliedSettings(doc.path, opts);
    const { analysis, diagnostics } = await checkDocument(doc, {
      lang: opts.lang,
      norm,
      overrides,
      ...(matcher ? { matcher } : {}),
    });
    const seconds = (performance.now() - started) / 1000;
    return { ok: true, result: { path: doc.path, analysis, diagnostics, seconds }, norm, overrides };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, path: e.file, message: e.message };
    throw e;
  }
}

type Resolver = Pick<Matcher, 'match'>;

/**
 * The libraries of `--bib` and the catalog of `--catalog`, opened once per thread (a SQLite handle
 * cannot cross threads). With both, the user's libraries are asked first and the catalog only for
 * what they do not hold.
 */
export async function loadMatcher(
  opts: Pick<FileCheckOptions, 'bib' | 'catalog' | 'config'>,
): Promise<Resolver | undefined> {
  const resolvers: Resolver[] = [];
  if (opts.bib?.length) {
    const [{ readLibrary }, { Matcher }] = await Promise.all([
      import('../resolve/library.js'),
      import('../resolve/match.js'),
    ]);
    resolvers.push(await Matcher.create((await Promise.all(opts.bib.map(readLibrary))).flat()));
  }
  if (opts.catalog) resolvers.push(await (await import('./catalog.js')).catalogMatcher(opts.catalog, opts.config));
  if (resolvers.length < 2) return resolvers[0];
  return { match: (item) => resolvers.reduce<ReturnType<Resolver['match']>>((m, r) => m ?? r.match(item), null) };
}

/** What the command keeps of a checked file: its row and digest for the issue, and its report (as JSON text, or the result itself). */
export interface Prepared {
  row: ArticleRow;
  digest: ArticleDigest;
  /** No notes, markers or entries were found (the command says so). */
  empty: boolean;
  /** What the reader met and read past (`Document.notices`), said on stderr. */
  notices: string[];
  /** With `--format json`: the file's part of the report, as UTF-8 ready to write. */
  part?: Uint8Array;
  /** For the other formats, which need the analysis. */
  result?: FileResult;
  /** `--quiet`: the findings below error left out of the file's report, by severity. */
  hidden?: { warning: number; info: number };
}

export interface PrepareOptions {
  /** The report's language: the digest names places in it for the findings across articles. */
  lang: UiLang;
  quiet?: boolean;
  /** A streamed format: render the file's part of the report now and keep nothing else of its analysis. */
  stream?: FormatId;
}

/** Done where the file was checked, so that a worker thread sends back little more than text. */
export async function prepare(result: FileResult, opts: PrepareOptions): Promise<Prepared> {
  const [{ articleRow }, { digestArticle }] = await preparing();
  const r = opts.quiet ? { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') } : result;
  const doc = r.analysis.doc;
  const prepared: Prepared = {
    row: articleRow(r),
    digest: digestArticle(r, opts.lang),
    empty: doc.notes.length === 0 && doc.markers.length === 0 && doc.entries.length === 0,
    notices: doc.notices ?? [],
  };
  if (opts.quiet) {
    const left = (severity: string) => result.diagnostics.filter((d) => d.severity === severity).length;
    prepared.hidden = { warning: left('warning'), info: left('info') };
  }
  const stream = opts.stream ? (await loadFormatter(opts.stream)).stream : undefined;
  if (stream) prepared.part = stream.part(r);
  else prepared.result = r;
  return prepared;
}
