import { resolve } from 'node:path';
import { UsageError } from '../util/errors.js';
import { render, UI } from '../i18n/index.js';
import type { FileResult, RunInfo } from '../model/result.js';
import type { SeveritySetting } from '../model/diagnostic.js';
import type { ArticleRow, IssueReport } from '../model/issue.js';
import type { ArticleDigest } from '../issue/digest.js';
import type { FileCheckOptions, PrepareOptions } from './check-file.js';
import type { Formatter } from '../formatters/formatter.js';
import { type FormatId, loadFormatter } from '../formatters/index.js';
import { collectManuscripts, type InputFailure } from './files.js';
import type { PoolOutcome } from './pool.js';
import { ReportWriter } from './report-writer.js';
import { setInliningBudget } from './inlining.js';
import type { Io } from './io.js';

/** The options of `check`: what each file is checked with (handed to worker threads), and the run's own. */
export interface CheckCliOptions extends FileCheckOptions {
  format: FormatId;
  version?: string;
  /** `--fix-dry-run`: print the diff of the safe fixes; `--fix`: apply them. */
  fix?: 'dry-run' | 'apply';
  output?: string;
  maxWarnings?: number;
  quiet: boolean;
  color: boolean;
  /** `--ignore`: `.gitignore`-style patterns, added to the configuration's. */
  ignore?: string[];
  /**
   * `--jobs`: threads checking files, this one and `jobs - 1` workers; 1 checks in this thread alone.
   * Default: one per core but one, at most one per 16 files.
   */
  jobs?: number;
}

export interface CommandOutcome {
  exitCode: number;
}

/**
 * The manuscripts to check: the files, folders and globs given, or `-` alone, standard input, read here
 * once and named by `--stdin-filename` (which gives its format; Markdown without it).
 */
async function inputsOf(
  paths: string[],
  opts: CheckCliOptions,
): Promise<{ files: string[]; failures: InputFailure[]; input: Uint8Array | undefined }> {
  if (!paths.includes('-')) {
    if (opts.stdinFilename !== undefined)
      throw new UsageError("--stdin-filename names standard input: give '-' as the file to check");
    const { ignoreFor } = await import('./settings.js');
    return { ...(await collectManuscripts(paths, ignoreFor(opts.config, opts.ignore))), input: undefined };
  }
  if (paths.length > 1) throw new UsageError("'-' (standard input) is checked alone: give no other files with it");
  if (opts.fix === 'apply')
    throw new UsageError('--fix cannot write standard input (--fix-dry-run prints the diff of the fixes)');
  const [{ STDIN_NAME }, { readStdin }] = await Promise.all([import('./check-file.js'), import('./stdin.js')]);
  return { files: [opts.stdinFilename ?? STDIN_NAME], failures: [], input: await readStdin() };
}

/** `citeaudit check FILE...`: read, analyse, run rules, report. Returns the exit code of DESIGN.md. */
export async function runCheck(paths: string[], opts: CheckCliOptions, io: Io): Promise<CommandOutcome> {
  const started = new Date();
  setInliningBudget();
  const { files, failures, input } = await inputsOf(paths, opts);
  if (opts.output && files.some((f) => resolve(f) === resolve(opts.output!))) {
    throw new UsageError(`refusing to write the report over the input file ${opts.output}`);
  }
  const formatter = await loadFormatter(opts.format);
  // A format that streams is written a file at a time, and only the rows and digests of the articles are kept.
  const stream = opts.fix ? undefined : formatter.stream;
  const prep = { lang: opts.lang, quiet: opts.quiet, ...(stream ? { stream: opts.format } : {}) };
  // Fixes write files and print diffs as they go: they stay in this thread, one file after another.
  const jobs = opts.fix
    ? 1
    : Math.min(opts.jobs ?? (await import('./pool.js')).defaultJobs(files.length), files.length);
  // Worker threads start now: each boots and loads the pipeline while this thread loads its own.
  const workers = jobs > 1 ? new (await import('./pool.js')).Workers(jobs - 1, { ...opts, ...prep }) : null;
  const writer = new ReportWriter(opts.output, io.out);
  let collected: Collected;
  let fixState: { disagrees: boolean };
  try {
    const checker = await checkerHere(opts, prep, formatter, input, io);
    fixState = checker.fixState;
    const outcomes = workers
      ? (await import('./pool.js')).checkInPool(files, workers, checker.here)
      : inOrder(files, checker.here);
    for (const f of failures) io.err(`citeaudit: ${f.path}: ${f.message}\n`);
    collected = await collect(
      outcomes,
      files,
      opts,
      io,
      stream
        ? (part, k) => {
            writer.write(k === 0 ? stream.opening : ',\n');
            writer.write(part);
          }
        : undefined,
    );
  } catch (e) {
    writer.abort();
    throw e;
  } finally {
    await workers?.stop();
  }
  const { articles, results, hidden } = collected;
  failures.push(...collected.failures);
  // Nothing could be read: there is no report to give.
  if (articles.length === 0) {
    writer.abort();
    return { exitCode: 2 };
  }
  const issue = articles.length > 1 ? await issueOf(articles, opts, hidden) : undefined;
  const run: RunInfo = { ...(issue ? { issue } : {}), ...(failures.length ? { unreadable: failures } : {}) };

  const { summaryOfRows, totals } = await import('../formatters/result.js');
  const summary = summaryOfRows(articles.map((a) => a.row));
  if (stream) writer.write(stream.closing(summary, run));
  else
    writer.write(
      await formatter.format(results, run, {
        lang: opts.lang,
        color: opts.color && !opts.output,
        version: opts.version,
        started,
        ...(opts.maxWarnings !== undefined ? { maxWarnings: opts.maxWarnings } : {}),
        ...(opts.quiet ? { hidden } : {}),
      }),
    );
  writer.commit();

  const { errors, warnings } = totals(summary, run);
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    io.err(`citeaudit: ${render(UI.tooManyWarnings, opts.lang, { warnings, max: opts.maxWarnings })}\n`);
    return { exitCode: 1 };
  }
  return { exitCode: errors > 0 || fixState.disagrees ? 1 : 0 };
}

async function* inOrder(files: string[], here: (path: string) => Promise<PoolOutcome>): AsyncGenerator<PoolOutcome> {
  for (const f of files) yield await here(f);
}

/**
 * How this thread checks a file, as a worker does (and with `--fix`, fixes it first): its prepared report.
 * `fixState.disagrees`: the check after writing did not confirm a fix (exit 1 even without an error).
 */
async function checkerHere(
  opts: CheckCliOptions,
  prep: PrepareOptions,
  formatter: Formatter,
  input: Uint8Array | undefined,
  io: Io,
): Promise<{ here: (path: string) => Promise<PoolOutcome>; fixState: { disagrees: boolean } }> {
  const { checkFile, loadMatcher, prepare } = await import('./check-file.js');
  // Libraries are read once here, so that a bad one is reported before any file is checked.
  const matcher = await loadMatcher(opts);
  const fixState = { disagrees: false };
  const here = async (path: string): Promise<PoolOutcome> => {
    const outcome = await checkFile(path, opts, matcher, input);
    if (!outcome.ok) return outcome;
    let result = outcome.result;
    if (opts.fix) {
      const fixed = await fixFile(result, outcome.overrides, opts, formatter, input, io);
      if (fixed) {
        if (fixed.disagrees) fixState.disagrees = true;
        result = { ...result, analysis: fixed.analysis, diagnostics: fixed.diagnostics };
      }
    }
    return { ok: true, prepared: await prepare(result, prep) };
  };
  return { here, fixState };
}

/**
 * `--fix` and `--fix-dry-run` on one checked file. After writing, the file is read back from disk and
 * checked again, under the norm it was fixed for: the report is of what is there now.
 */
async function fixFile(
  result: FileResult,
  overrides: Record<string, SeveritySetting>,
  opts: CheckCliOptions,
  formatter: Formatter,
  input: Uint8Array | undefined,
  io: Io,
) {
  const [{ checkDocument }, { readDocument }, { fixDocument }] = await Promise.all([
    import('../engine/pipeline.js'),
    import('../readers/index.js'),
    import('./fix.js'),
  ]);
  const { doc, norm } = result.analysis;
  return fixDocument(
    doc,
    result.diagnostics,
    { ...opts, machineReport: formatter.meta.machine, ...(input ? { source: input } : {}) },
    io,
    async () =>
      checkDocument(
        await readDocument(doc.path, { encoding: opts.encoding, bibComplete: opts.bibComplete, bib: opts.bib }),
        { lang: opts.lang, norm: norm?.id ?? null, overrides },
      ),
  );
}

interface Collected {
  articles: Array<{ row: ArticleRow; digest: ArticleDigest }>;
  /** The results, for a format that does not stream. */
  results: FileResult[];
  failures: InputFailure[];
  /** `--quiet`: what was left out, so that the terminal report can say so. */
  hidden: { warning: number; info: number };
}

/**
 * Takes the files' outcomes in order: says on stderr what could not be read and what the readers met,
 * shows progress on a terminal, hands a streamed format's parts to `write` and keeps the rest.
 */
async function collect(
  outcomes: AsyncIterable<PoolOutcome>,
  files: string[],
  opts: CheckCliOptions,
  io: Io,
  write: ((part: Uint8Array, k: number) => void) | undefined,
): Promise<Collected> {
  const { articles, results, failures, hidden }: Collected = {
    articles: [],
    results: [],
    failures: [],
    hidden: { warning: 0, info: 0 },
  };
  const spinner = await progress(files, opts);
  const say = (path: string, text: string) => {
    // The spinner is cleared for the line and drawn again after it.
    spinner?.clear();
    io.err(`citeaudit: ${path}: ${text}\n`);
  };
  let notesSeen = 0;
  let index = 0;
  try {
    for await (const outcome of outcomes) {
      const path = files[index++]!;
      if (!outcome.ok) {
        failures.push({ path: outcome.path, message: outcome.message });
        say(outcome.path, outcome.message);
        continue;
      }
      const p = outcome.prepared;
      notesSeen += p.row.notes;
      if (spinner) {
        spinner.text = render(UI.progress, opts.lang, {
          done: index,
          total: files.length,
          notes: notesSeen,
          file: path,
        });
        // Drawn now, not at the next frame: a busy thread may not get to the next frame before the run ends.
        spinner.render();
      }
      for (const notice of p.notices) say(p.row.path, notice);
      if (p.empty) say(p.row.path, render(UI.noNotes, opts.lang));
      hidden.warning += p.hidden?.warning ?? 0;
      hidden.info += p.hidden?.info ?? 0;
      if (write) write(p.part!, articles.length);
      else results.push(p.result!);
      articles.push({ row: p.row, digest: p.digest });
    }
  } finally {
    spinner?.stop();
  }
  return { articles, results, failures, hidden };
}

/**
 * Progress only for a person watching a terminal: never on a pipe, in CI or with JSON. (Standard error
 * is a tty.WriteStream, with isTTY and columns, only when it is a terminal.)
 */
async function progress(files: string[], opts: CheckCliOptions) {
  const stderr: { isTTY?: boolean; columns?: number } = process.stderr;
  const shown =
    stderr.isTTY &&
    (stderr.columns ?? 0) > 20 &&
    !process.env.CI &&
    opts.format !== 'json' &&
    !opts.fix &&
    files.length > 1;
  if (!shown) return null;
  const { default: ora } = await import('ora');
  return ora({
    stream: process.stderr,
    text: render(UI.progress, opts.lang, { done: 0, total: files.length, notes: 0, file: files[0] }),
    discardStdin: false,
  }).start();
}

/** The issue-level view: a table of the articles and the checks across them. */
async function issueOf(
  articles: Collected['articles'],
  opts: CheckCliOptions,
  hidden: Collected['hidden'],
): Promise<IssueReport> {
  const [{ checkIssue }, { configFor }] = await Promise.all([import('../issue/index.js'), import('./settings.js')]);
  // Severities for the set: the configuration where the command runs (or --config), then --rule.
  const overrides = { ...configFor(`${process.cwd()}/.`, opts.config)?.rules, ...opts.rule };
  return checkIssue(articles, { lang: opts.lang, overrides, quiet: opts.quiet, hidden });
}
