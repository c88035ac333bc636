import { readFileSync } from 'node:fs';
import { InputError, UsageError } from '../util/errors.js';
import type { Lang } from '../model/citation.js';
import type { CslItem } from '../model/csl.js';
import type { Label } from '../parse/learn/labels.js';
import type { Reading } from '../parse/learn/reading.js';

export interface ParseCliOptions {
  input?: string;
  /** The name standard input is given in messages. */
  stdinFilename?: string;
  format: 'csl-json' | 'jsonl' | 'bibtex';
  lang?: Lang;
  /** Show the learned parser's reading of each string: its runs of tokens with label and score. */
  explain?: boolean;
}

interface Line {
  id: string;
  text: string;
}

/**
 * One reference a line, blank lines skipped; a line that is a JSON object `{"id","text"}` (as in a
 * `.jsonl` file) gives its text and keeps its id. Otherwise the id is the 1-based line number.
 */
function linesOf(text: string): Line[] {
  const out: Line[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, k) => {
    const line = raw.trim();
    if (!line) return;
    if (line.startsWith('{') && line.endsWith('}')) {
      try {
        // Valid JSON that starts with `{` and ends with `}` is an object, never null.
        const j = JSON.parse(line) as { id?: unknown; text?: unknown };
        if (typeof j.text === 'string') {
          const id = typeof j.id === 'string' || typeof j.id === 'number' ? String(j.id) : String(k + 1);
          out.push({ id, text: j.text });
          return;
        }
      } catch {
        // Not JSON after all: a reference that happens to be written in braces.
      }
    }
    out.push({ id: String(k + 1), text: line });
  });
  return out;
}

function describeFsError(err: unknown): string {
  // Anything can be thrown, null included.
  const e = err as Partial<NodeJS.ErrnoException> | null | undefined;
  const code = e?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return e?.message ?? String(err);
}

/** UTF-8 (BOM or not), UTF-16 with BOM, GB18030 or Big5, as for manuscripts; nothing at all is no references. */
async function decode(bytes: Uint8Array, name: string): Promise<string> {
  if (bytes.length === 0) return '';
  const { decodeText } = await import('../readers/decode.js');
  return decodeText(bytes, name).text;
}

async function readLines(refs: string[], opts: ParseCliOptions): Promise<Line[]> {
  // `-`, as the only argument or as `--input`, is standard input.
  const stdin = opts.input === '-' || (refs.length === 1 && refs[0] === '-');
  if (stdin && opts.input === '-' && refs.length)
    throw new UsageError('give references as arguments or with --input, not both');
  if (!stdin && opts.stdinFilename !== undefined)
    throw new UsageError("--stdin-filename names standard input: give '-' or no reference");
  if (opts.input !== undefined && !stdin) {
    if (refs.length) throw new UsageError('give references as arguments or with --input, not both');
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(opts.input);
    } catch (err) {
      throw new InputError(opts.input, describeFsError(err));
    }
    return linesOf(await decode(bytes, opts.input));
  }
  if (refs.length && !stdin) return refs.map((text, k) => ({ id: String(k + 1), text }));
  const { readStdin } = await import('./stdin.js');
  return linesOf(await decode(await readStdin(), opts.stdinFilename ?? '<stdin>'));
}

/** The parser's item, with the id, and what it keeps apart from the CSL fields as `x-` keys. */
async function parseLines(lines: Line[], lang: Lang | undefined): Promise<CslItem[]> {
  const { parseReference } = await import('../parse/index.js');
  const { lexiconTables: tables } = await import('../resolve/tables.js');
  const fallback = (await import('../parse/learn/reading.js')).learnedFallback(tables);
  return lines.map(({ id, text }) => {
    const r = parseReference(text, lang ? { lang, fallback } : { fallback });
    const item: CslItem = { ...r.item, id };
    // The parser gives a `document` it could not read the raw text and the reason; make sure of both.
    if (r.failure) {
      if (item.title === undefined) item.title = text;
      if (!item.note) item.note = `not parsed: ${r.failure}`;
    }
    if (r.locator) item['x-locator'] = r.locator;
    if (r.prefix) item['x-prefix'] = r.prefix;
    if (r.kind === 'ibid') item['x-kind'] = 'ibid';
    if (r.commentary) item['x-commentary'] = r.commentary;
    return item;
  });
}

/**
 * For BibTeX: keys `ref1`, `ref2`… for line and argument numbers (input ids are kept), the cited pages
 * in `note` (`cited: p. 131`), an ibid marked in `note`; the `x-` keys have no BibTeX field.
 */
function forBibtex(item: CslItem): CslItem {
  const { 'x-locator': loc, 'x-prefix': _p, 'x-kind': kind, 'x-commentary': _c, ...rest } = item;
  const note = [rest.note, kind === 'ibid' ? 'ibid' : undefined, loc ? `cited: p. ${loc as string}` : undefined]
    .filter(Boolean)
    .join('; ');
  return { ...rest, id: /^\d+$/.test(rest.id) ? `ref${rest.id}` : rest.id, ...(note ? { note } : {}) };
}

/** One run of tokens of one label in the learned parser's reading. */
interface ExplainedRun {
  label: string;
  /** The field's calibrated score for the run a field is read from; the least sure token's probability else. */
  score: number;
  /** Whether the run is kept when the reading is used: the field's run, scored at or above the one threshold. */
  kept: boolean;
  tokens: string[];
}

const NOT_FIELDS = new Set(['punct', 'other', 'ibid', 'commentary']);

/** The runs of tokens of a learned reading, each with the score and choice the reading itself made. */
function explainedRuns(reading: Reading, confident: number): ExplainedRun[] {
  const runs: Array<ExplainedRun & { start: number }> = [];
  reading.tokens.forEach((t, i) => {
    const last = runs.at(-1);
    if (last?.label === t.label) {
      last.tokens.push(t.text);
      last.score = Math.min(last.score, t.score);
    } else runs.push({ label: t.label, score: t.score, kept: false, tokens: [t.text], start: i });
  });
  for (const run of runs) {
    if (reading.runs.get(run.label as Label)?.[0] !== run.start || NOT_FIELDS.has(run.label)) continue;
    run.score = reading.scores[run.label] ?? run.score;
    run.kept = run.score >= confident;
  }
  return runs.map(({ start: _start, ...run }) => run);
}

/** `--explain`: per string, which reading the parser used and the learned parser's runs of tokens. */
async function explainLines(lines: Line[], lang: Lang | undefined): Promise<string> {
  const { parseReference } = await import('../parse/index.js');
  const { readLearned, learnedFallback, referenceOf } = await import('../parse/learn/reading.js');
  const { lexiconTables: tables } = await import('../resolve/tables.js');
  const fallback = learnedFallback(tables);
  const { CONFIDENT } = await import('../model/citation.js');
  const out: string[] = [];
  for (const { id, text } of lines) {
    const r = parseReference(text, lang ? { lang, fallback } : { fallback });
    const used = r.scores ? 'the learned parser (the rules gave up)' : 'the rules';
    out.push(`${id}  ${text}`, `   read by ${used}; the learned parser's reading (✓ = a field scored ≥ ${CONFIDENT}):`);
    const reading = readLearned(text, tables);
    for (const run of explainedRuns(reading, CONFIDENT))
      out.push(`   ${run.label.padEnd(16)} ${run.score.toFixed(2)} ${run.kept ? '✓' : ' '}  ${run.tokens.join(' ')}`);
    if (!referenceOf(reading, r.lang))
      out.push('   (no reference: the learned parser needs a title or a container and one more field kept)');
  }
  return out.join('\n') + '\n';
}

/** `citeaudit parse`: reference strings → CSL-JSON, JSON lines or BibTeX. Nothing is dropped. */
export async function runParse(refs: string[], opts: ParseCliOptions): Promise<string> {
  if (opts.explain) return explainLines(await readLines(refs, opts), opts.lang);
  const items = await parseLines(await readLines(refs, opts), opts.lang);
  if (opts.format === 'jsonl') return items.map((i) => JSON.stringify(i) + '\n').join('');
  if (opts.format === 'bibtex') {
    if (!items.length) return '';
    const { toBibtex } = await import('../exporters/bibtex.js');
    return toBibtex(items.map(forBibtex));
  }
  return JSON.stringify(items, null, 2) + '\n';
}
