import { writeFile, rename } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError, UsageError } from '../core/errors.js';
import { render, UI, type UiLang } from '../i18n/index.js';
import type { SeveritySetting } from '../model/diagnostic.js';
import type { NormId } from '../model/norm.js';
import type { FileResult } from '../formatters/result.js';
import type { IssueReport } from '../model/issue.js';
import type { RunInfo } from '../formatters/result.js';
import { collectManuscripts } from './files.js';
import { fixDocument } from './fix.js';

export interface CheckCliOptions {
  format: 'stylish' | 'json' | 'sarif' | 'junit' | 'markdown';
  version?: string;
  /** `--bib`: libraries to resolve citations against. */
  bib?: string[];
  /** `--fix-dry-run`: print the diff of the safe fixes; `--fix`: apply them. */
  fix?: 'dry-run' | 'apply';
  /** `--config FILE`; otherwise the nearest citeaudit.config.json / .citeauditrc.json above each file. */
  config?: string;
  /** The user chose `--norm` on the command line (it then wins over the configuration). */
  normExplicit?: boolean;
  output?: string;
  lang: UiLang;
  norm: NormId | 'auto';
  rule: Record<string, SeveritySetting>;
  maxWarnings?: number;
  quiet: boolean;
  color: boolean;
  encoding?: string;
  bibComplete?: boolean;
  /** `--ignore`: `.gitignore`-style patterns, added to the configuration's. */
  ignore?: string[];
  /** `--jobs`: worker threads; 1 checks in this thread. Default: one per core. */
  jobs?: number;
}

export interface CommandOutcome {
  exitCode: number;
}

/** `citeaudit check FILE...`: read, analyse, run rules, report. Returns the exit code of DESIGN.md. */
export async function runCheck(paths: string[], opts: CheckCliOptions, io: { out: (s: string) => void; err: (s: string) => void }): Promise<CommandOutcome> {
  const { ignoreFor } = await import('./settings.js');
  const { files, failures } = await collectManuscripts(paths, ignoreFor(opts.config, opts.ignore));
  if (opts.output && files.some((f) => resolve(f) === resolve(opts.output!))) {
    throw new UsageError(`refusing to write the report over the input file ${opts.output}`);
  }
  const { checkFile, loadMatcher } = await import('./check-file.js');
  // Libraries are read once here, so that a bad one is reported before any file is checked.
  const matcher = await loadMatcher(opts.bib);
  // Fixes write files and print diffs as they go: they stay in this thread, one file after another.
  const jobs = opts.fix ? 1 : Math.min(opts.jobs ?? (await import('./pool.js')).defaultJobs(), files.length);
  const outcomes = jobs > 1
    ? (await import('./pool.js')).checkInPool(files, opts, jobs)
    : (async function* () { for (const f of files) yield await checkFile(f, opts, matcher); })();
  for (const f of failures) io.err(`citeaudit: ${f.path}: ${f.message}\n`);

  const results: FileResult[] = [];
  // Progress only for a person watching a terminal: never on a pipe, in CI or with JSON.
  const spinner = process.stderr.isTTY && (process.stderr.columns ?? 0) > 20 && !process.env.CI && opts.format === 'stylish' && files.length > 1
    ? (await import('ora')).default({ stream: process.stderr, text: `0/${files.length}`, discardStdin: false }).start() : null;
  let notesSeen = 0;
  let index = 0;
  for await (const outcome of outcomes) {
    const path = files[index++]!;
    if (spinner) spinner.text = render(UI.progress, opts.lang, { done: index, total: files.length, notes: notesSeen, file: path });
    if (!outcome.ok) {
      failures.push({ path: outcome.path, message: outcome.message });
      // The spinner is cleared for the line and drawn again after it.
      spinner?.clear();
      io.err(`citeaudit: ${outcome.path}: ${outcome.message}\n`);
      continue;
    }
    const { result, norm, overrides } = outcome;
    const doc = result.analysis.doc;
    notesSeen += doc.notes.length;
    if (spinner) spinner.text = render(UI.progress, opts.lang, { done: index, total: files.length, notes: notesSeen, file: path });
    if (doc.notes.length === 0 && doc.markers.length === 0 && doc.entries.length === 0) {
      spinner?.clear();
      io.err(`citeaudit: ${doc.path}: ${render(UI.noNotes, opts.lang)}\n`);
    }
    if (opts.fix) {
      const { checkDocument } = await import('../core/pipeline.js');
      // After writing, the file is read back from disk and checked again: the report is of what is there now.
      const fixed = await fixDocument(doc, result.diagnostics, opts, io, async () => {
        const { readDocument } = await import('../readers/index.js');
        return (await checkDocument(await readDocument(doc.path), { lang: opts.lang, norm, overrides })).diagnostics;
      });
      if (fixed) {
        results.push({ ...result, diagnostics: fixed });
        continue;
      }
    }
    results.push(opts.quiet ? { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') } : result);
  }
  spinner?.stop();
  // Nothing could be read: there is no report to give.
  if (results.length === 0) return { exitCode: 2 };

  // The issue-level view: a table of the articles and the checks across them, when there are several.
  let issue: IssueReport | undefined;
  if (results.length > 1) {
    const { checkIssue } = await import('../issue/index.js');
    issue = await checkIssue(results, { lang: opts.lang, overrides: opts.rule, quiet: opts.quiet });
  }
  const run: RunInfo = { ...(issue ? { issue } : {}), ...(failures.length ? { unreadable: failures } : {}) };

  let text: string;
  if (opts.format === 'json') {
    const { formatJson } = await import('../formatters/json.js');
    text = formatJson(results, run);
  } else if (opts.format === 'sarif' || opts.format === 'junit') {
    const { loadRules } = await import('../rules/index.js');
    const rules = await loadRules();
    if (opts.format === 'sarif') {
      const { formatSarif } = await import('../formatters/sarif.js');
      text = formatSarif(results, rules, opts.lang, opts.version ?? '0');
    } else {
      const { formatJunit } = await import('../formatters/junit.js');
      text = formatJunit(results, rules);
    }
  } else if (opts.format === 'markdown') {
    const { formatMarkdown } = await import('../formatters/markdown.js');
    text = formatMarkdown(results, opts.lang, run);
  } else {
    const { formatStylish } = await import('../formatters/stylish.js');
    text = await formatStylish(results, { lang: opts.lang, color: opts.color && !opts.output }, run);
  }
  if (opts.output) await writeAtomically(opts.output, text);
  else io.out(text);

  const all = [...results.flatMap((r) => r.diagnostics), ...(issue?.diagnostics ?? [])];
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    io.err(`citeaudit: ${render(UI.tooManyWarnings, opts.lang, { warnings, max: opts.maxWarnings })}\n`);
    return { exitCode: 1 };
  }
  return { exitCode: errors > 0 ? 1 : 0 };
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, text);
    await rename(tmp, path);
  } catch (err) {
    throw new InputError(path, `cannot write report: ${(err as Error).message}`);
  }
}
