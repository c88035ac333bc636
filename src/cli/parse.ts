import { existsSync, readFileSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import type { Lang } from '../model/citation.js';
import type { CslItem } from '../model/csl.js';

export interface ParseCliOptions {
  input?: string;
  format: 'csl-json' | 'jsonl' | 'bibtex';
  lang?: Lang;
}

interface Line {
  id: string;
  text: string;
}

/** One reference a line; a JSON-lines input `{"id","text"}` keeps its ids. */
function linesOf(text: string): Line[] {
  const out: Line[] = [];
  text.split(/\r?\n/).forEach((raw, k) => {
    const line = raw.trim();
    if (!line) return;
    if (line.startsWith('{')) {
      try {
        const j = JSON.parse(line) as { id?: unknown; text?: unknown };
        if (typeof j.text === 'string') {
          out.push({ id: j.id === undefined ? String(k + 1) : String(j.id), text: j.text });
          return;
        }
      } catch {
        // Not JSON after all: a reference that happens to start with a brace.
      }
    }
    out.push({ id: String(k + 1), text: line });
  });
  return out;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `citeaudit parse`: reference strings → CSL-JSON, JSON lines or BibTeX. Nothing is dropped. */
export async function runParse(refs: string[], opts: ParseCliOptions): Promise<string> {
  let lines: Line[];
  if (opts.input) {
    if (!existsSync(opts.input)) throw new InputError(opts.input, 'no such file or directory');
    lines = linesOf(readFileSync(opts.input, 'utf8'));
  } else if (refs.length) {
    lines = refs.map((text, k) => ({ id: String(k + 1), text }));
  } else {
    lines = linesOf(await readStdin());
  }
  const { parseReference } = await import('../parse/index.js');
  const items: CslItem[] = lines.map(({ id, text }) => {
    const r = parseReference(text, opts.lang ? { lang: opts.lang } : {});
    const item: CslItem = { ...r.item, id };
    if (r.locator) item['x-locator'] = r.locator;
    if (r.prefix) item['x-prefix'] = r.prefix;
    if (r.kind === 'ibid') item['x-kind'] = 'ibid';
    return item;
  });
  if (opts.format === 'jsonl') return items.map((i) => JSON.stringify(i)).join('\n') + (items.length ? '\n' : '');
  if (opts.format === 'bibtex') {
    const { toBibtex } = await import('../exporters/bibtex.js');
    return toBibtex(items.map(({ 'x-locator': loc, 'x-prefix': _p, 'x-kind': _k, ...rest }) => ({
      ...rest, id: /^\d+$/.test(rest.id) ? `ref${rest.id}` : rest.id,
      ...(loc ? { note: [rest.note, `cited: p. ${loc}`].filter(Boolean).join('; ') } : {}),
    }) as CslItem));
  }
  return JSON.stringify(items, null, 2) + '\n';
}
