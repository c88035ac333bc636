import { resolve } from 'node:path';
import { UsageError } from '../util/errors.js';
import type { Analysis } from '../model/rule.js';
import type { ExportFormat } from '../exporters/index.js';
import { collectAll, readManuscripts } from './files.js';
import { ReportWriter } from './report-writer.js';
import type { Io } from './io.js';

export interface ExportOptions {
  to: ExportFormat | 'text' | 'notes';
  output?: string;
  withLocators: boolean;
  encoding?: string;
  /** CSL style for `text` and `notes`: a bundled name or a .csl file. */
  style?: string;
  /** Citation key pattern (`[auth][year][title]`); the default keys when absent. */
  keys?: string;
}

// A formatted list defaults to the national standard, re-rendered notes to the Chinese journals' norm.
const DEFAULT_STYLE = { text: 'gbt7714-2015-numeric', notes: 'cass-note' } as const;

/** `citeaudit export`: the works cited in the manuscripts, one record each, in a bibliographic format. */
export async function runExport(paths: string[], opts: ExportOptions, io: Io): Promise<number> {
  const formatted = opts.to === 'text' || opts.to === 'notes';
  if (opts.style && !formatted) throw new UsageError(`--style applies to --to text or --to notes, not --to ${opts.to}`);
  // The style is checked before any manuscript is read, so a typo fails fast with its name.
  const style = formatted
    ? (await import('../exporters/csl/styles.js')).loadStyle(opts.style ?? DEFAULT_STYLE[opts.to as 'text' | 'notes'])
    : null;
  if (opts.keys) (await import('../exporters/key-pattern.js')).parseKeyPattern(opts.keys);
  const files = await collectAll(paths);
  if (opts.output && files.some((f) => resolve(f) === resolve(opts.output!)))
    throw new UsageError(`refusing to write over the input file ${opts.output}`);
  const { analyze } = await import('../engine/pipeline.js');
  const analyses: Analysis[] = [];
  const docs = readManuscripts(files, { encoding: opts.encoding }, io.err);
  let next = await docs.next();
  for (; !next.done; next = await docs.next()) analyses.push(await analyze(next.value));
  const [{ collectRecords }, { prepare, serialise }] = await Promise.all([
    import('../exporters/records.js'),
    import('../exporters/index.js'),
  ]);
  const records = collectRecords(analyses);
  const items = await prepare(records, opts.withLocators, opts.keys);
  let text: string;
  if (style && opts.to === 'notes')
    text = await (await import('../exporters/csl/notes.js')).formatNotes(analyses, records, items, style);
  else if (style) {
    const { bibliography } = await import('../exporters/csl/render.js');
    text = (await bibliography(items, style)).map((s) => `${s}\n`).join('');
  } else text = await serialise(items, opts.to as ExportFormat);
  if (opts.output) {
    // As a report: a temporary file renamed over the output, never half-written (a device written in place).
    const writer = new ReportWriter(opts.output, () => undefined);
    writer.write(text);
    writer.commit();
  } else io.out(text);
  return next.value ? 2 : 0;
}
