import type { Citation } from '../model/citation.js';
import type { CslName } from '../model/csl.js';
import type { FileResult } from '../model/result.js';
import { collectAll, readManuscripts } from './files.js';
import type { Io } from './io.js';

export interface ExtractOptions {
  format: 'json' | 'jsonl' | 'tsv';
  encoding?: string;
}

const TSV_COLUMNS = [
  'file',
  'note',
  'page',
  'entry',
  'citation',
  'kind',
  'lang',
  'prefix',
  'type',
  'author',
  'title',
  'container',
  'publisher',
  'place',
  'year',
  'volume',
  'issue',
  'pages',
  'locator',
  'work',
  'raw',
];

function people(list: CslName[] | undefined): string {
  // `Ruud van der Ploeg`: the particle the parser keeps apart is printed where the name has it.
  return (list ?? [])
    .map((n) => n.literal ?? [n.given, n['non-dropping-particle'], n.family].filter(Boolean).join(' '))
    .join('; ');
}

function cell(v: string | number | null | undefined): string {
  return v === undefined || v === null ? '' : String(v).replace(/[\t\r\n]+/g, ' ');
}

function tsvRow(r: FileResult, c: Citation): string {
  const a = r.analysis;
  const note = c.noteId ? a.noteById.get(c.noteId) : undefined;
  const entry = c.entryId ? a.entryById.get(c.entryId) : undefined;
  const it = c.item;
  return [
    r.path,
    note?.label,
    note?.page,
    entry?.label,
    c.id,
    c.kind,
    c.lang,
    c.prefix,
    it.type,
    people(it.author),
    it.title,
    it['container-title'],
    it.publisher,
    it['publisher-place'],
    it.issued?.['date-parts']?.[0]?.[0],
    it.volume,
    it.issue,
    it.page,
    c.locator,
    c.workId,
    c.raw,
  ]
    .map(cell)
    .join('\t');
}

/** `citeaudit extract`: notes, markers, entries and parsed citations, without running the rules. */
export async function runExtract(paths: string[], opts: ExtractOptions, io: Io): Promise<number> {
  const files = await collectAll(paths);
  const { analyze } = await import('../engine/pipeline.js');
  const results: FileResult[] = [];
  const docs = readManuscripts(files, { encoding: opts.encoding }, io.err);
  let next = await docs.next();
  for (; !next.done; next = await docs.next())
    results.push({ path: next.value.path, analysis: await analyze(next.value), diagnostics: [] });
  const failed = next.value;
  if (opts.format === 'json') {
    const { formatJson } = await import('../formatters/json.js');
    io.out(formatJson(results));
  } else if (opts.format === 'jsonl') {
    for (const r of results) {
      for (const c of r.analysis.citations) {
        const note = c.noteId ? r.analysis.noteById.get(c.noteId) : undefined;
        io.out(
          JSON.stringify({
            file: r.path,
            noteId: c.noteId,
            noteLabel: note?.label ?? null,
            page: note?.page ?? null,
            entryId: c.entryId,
            id: c.id,
            raw: c.raw,
            lang: c.lang,
            kind: c.kind,
            prefix: c.prefix,
            workId: c.workId,
            locator: c.locator,
            item: c.item,
          }) + '\n',
        );
      }
    }
  } else {
    io.out(TSV_COLUMNS.join('\t') + '\n');
    for (const r of results) for (const c of r.analysis.citations) io.out(tsvRow(r, c) + '\n');
  }
  return failed ? 2 : 0;
}
