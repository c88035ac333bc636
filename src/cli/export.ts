import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError, UsageError } from '../core/errors.js';
import type { Analysis } from '../model/rule.js';
import type { ExportFormat } from '../exporters/index.js';
import { collectAll, readManuscripts } from './files.js';

export interface ExportOptions {
  to: ExportFormat;
  output?: string;
  withLocators: boolean;
  encoding?: string;
}

/** `citeaudit export`: the works cited in the manuscripts, one record each, in a bibliographic format. */
export async function runExport(paths: string[], opts: ExportOptions, io: { out: (s: string) => void; err: (s: string) => void }): Promise<number> {
  const files = await collectAll(paths);
  if (opts.output && files.some((f) => resolve(f) === resolve(opts.output!))) throw new UsageError(`refusing to write over the input file ${opts.output}`);
  const { analyze } = await import('../core/pipeline.js');
  const analyses: Analysis[] = [];
  const docs = readManuscripts(files, { encoding: opts.encoding }, io.err);
  let next = await docs.next();
  for (; !next.done; next = await docs.next()) analyses.push(await analyze(next.value));
  const [{ collectRecords }, { prepare, serialise }] = await Promise.all([import('../exporters/records.js'), import('../exporters/index.js')]);
  const items = await prepare(collectRecords(analyses), opts.withLocators);
  const text = await serialise(items, opts.to);
  if (opts.output) {
    try {
      await writeFile(opts.output, text);
    } catch (err) {
      throw new InputError(opts.output, `cannot write: ${(err as Error).message}`);
    }
  } else io.out(text);
  return next.value ? 2 : 0;
}
