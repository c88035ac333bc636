import { writeFile, rename } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError, UsageError } from '../core/errors.js';
import { render, UI, type UiLang } from '../i18n/index.js';
import type { SeveritySetting } from '../model/diagnostic.js';
import type { NormId } from '../model/norm.js';
import type { FileResult } from '../formatters/result.js';
import { collectManuscripts, readManuscripts } from './files.js';
import { fixDocument } from './fix.js';

export interface CheckCliOptions {
  format: 'stylish' | 'json' | 'sarif' | 'junit' | 'markdown' | 'html';
  version?: string;
  /** `--bib`: libraries to resolve citations against. */
  bib?: string[];
  /** `--catalog [FILE]`: a catalog to resolve citations against (true: the configured or default one). */
  catalog?: string | true;
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
}

export interface CommandOutcome {
  exitCode: number;
}

/** `citeaudit check FILE...`: read, analyse, run rules, report. Returns the exit code of DESIGN.md. */
export async function runCheck(paths: string[], opts: CheckCliOptions, io: { out: (s: string) => void; err: (s: string) => void }): Promise<CommandOutcome> {
  const { configFor, ignoreFor } = await import('./settings.js');
  const files = await collectManuscripts(paths, ignoreFor(opts.config));
  if (opts.output && files.some((f) => resolve(f) === resolve(opts.output!))) {
    throw new UsageError(`refusing to write the report over the input file ${opts.output}`);
  }
  const { checkDocument } = await import('../core/pipeline.js');
  // Libraries are read once for the whole run.
  type Resolver = NonNullable<import('../core/pipeline.js').AnalyzeOptions['matcher']>;
  const resolvers: Resolver[] = [];
  if (opts.bib?.length) {
    const [{ readLibrary }, { Matcher }] = await Promise.all([import('../resolve/library.js'), import('../resolve/match.js')]);
    resolvers.push(await Matcher.create((await Promise.all(opts.bib.map(readLibrary))).flat()));
  }
  if (opts.catalog) resolvers.push(await (await import('./catalog.js')).catalogMatcher(opts.catalog, opts.config));
  // With both, the user's libraries are asked first and the catalog only for what they do not hold.
  const matcher: Resolver | undefined = resolvers.length > 1 ? { match: (item) => resolvers.reduce<ReturnType<Resolver['match']>>((m, r) => m ?? r.match(item), null) } : resolvers[0];
  const results: FileResult[] = [];
  // Progress only for a person watching a terminal: never on a pipe, in CI or with JSON.
  const spinner = process.stderr.isTTY && (process.stderr.columns ?? 0) > 20 && !process.env.CI && opts.format === 'stylish' && files.length > 1
    ? (await import('ora')).default({ stream: process.stderr, text: `0/${files.length}`, discardStdin: false }).start() : null;
  let notesSeen = 0;
  // `--fix`: the check after writing did not confirm a fix (exit 1 even without an error-level finding).
  let fixDisagrees = false;
  const docs = readManuscripts(files, { encoding: opts.encoding, bibComplete: opts.bibComplete }, io.err);
  let next = await docs.next();
  for (; !next.done; next = await docs.next()) {
    const doc = next.value;
    notesSeen += doc.notes.length;
    if (spinner) spinner.text = `${results.length + 1}/${files.length} files, ${notesSeen} notes — ${doc.path}`;
    const cfg = configFor(doc.path, opts.config);
    const norm = opts.normExplicit ? opts.norm : cfg?.norm ?? opts.norm;
    const { analysis, diagnostics } = await checkDocument(doc, { lang: opts.lang, norm, overrides: { ...cfg?.rules, ...opts.rule }, ...(matcher ? { matcher } : {}) });
    if (doc.notes.length === 0 && doc.markers.length === 0 && doc.entries.length === 0) {
      io.err(`citeaudit: ${doc.path}: ${render(UI.noNotes, opts.lang)}\n`);
    }
    if (opts.fix) {
      // After writing, the file is read back from disk and checked again, under the norm it was fixed
      // for: the report is of what is there now.
      const fixed = await fixDocument(doc, diagnostics, opts, io, async () => {
        const { readDocument } = await import('../readers/index.js');
        return checkDocument(await readDocument(doc.path, { encoding: opts.encoding, bibComplete: opts.bibComplete }), { lang: opts.lang, norm: analysis.norm.id, overrides: { ...cfg?.rules, ...opts.rule } });
      });
      if (fixed) {
        if (fixed.disagrees) fixDisagrees = true;
        results.push({ path: doc.path, analysis: fixed.analysis, diagnostics: opts.quiet ? fixed.diagnostics.filter((d) => d.severity === 'error') : fixed.diagnostics });
        continue;
      }
    }
    results.push({ path: doc.path, analysis, diagnostics: opts.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics });
  }
  const inputFailed = next.value;
  spinner?.stop();

  let text: string;
  if (opts.format === 'json') {
    const { formatJson } = await import('../formatters/json.js');
    text = formatJson(results);
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
  } else if (opts.format === 'html') {
    const { formatHtml } = await import('../formatters/html.js');
    text = formatHtml(results, opts.lang, opts.version ?? '');
  } else if (opts.format === 'markdown') {
    const { formatMarkdown } = await import('../formatters/markdown.js');
    text = formatMarkdown(results, opts.lang);
  } else {
    const { formatStylish } = await import('../formatters/stylish.js');
    text = await formatStylish(results, { lang: opts.lang, color: opts.color && !opts.output });
  }
  if (opts.output) await writeAtomically(opts.output, text);
  else io.out(text);

  if (inputFailed) return { exitCode: 2 };
  const errors = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'error').length, 0);
  const warnings = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    io.err(`citeaudit: ${render(UI.tooManyWarnings, opts.lang, { warnings, max: opts.maxWarnings })}\n`);
    return { exitCode: 1 };
  }
  return { exitCode: errors > 0 || fixDisagrees ? 1 : 0 };
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
