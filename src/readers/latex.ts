import { readFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { InputError } from '../util/errors.js';
import type { CslItem } from '../model/csl.js';
import type { Document } from '../model/document.js';
import { scanManuscript } from '../notes/scan.js';
import { readBib } from './bib.js';
import { decodeText } from './decode.js';
import { asBodyLine } from './layout.js';

export const extensions = ['.tex', '.ltx'];

const CITE =
  /\\(?:cite|citep|citet|autocite|parencite|textcite|supercite|citealp|citeauthor|citeyear)\*?(?:\[[^\]]*\]){0,2}\{([^}]*)\}/g;
const FOOTCITE = /\\(?:footcite|footcitetext)\*?(?:\[([^\]]*)\])?(?:\[([^\]]*)\])?\{([^}]*)\}/g;
const MAX_DEPTH = 16;

/** Removes `%` comments (an escaped `\%` stays). */
function stripComments(s: string): string {
  return s.replace(/(^|[^\\])%.*$/gm, '$1');
}

/** `\input{ch1}` / `\include{ch1}` replaced by the file, relative to the including file; cycles are cut. */
function expandInputs(text: string, dir: string, seen: Set<string>, depth: number, root: string): string {
  return text.replace(/\\(?:input|include)\{([^}]+)\}/g, (_, name: string) => {
    const file = resolve(dir, extname(name) ? name : `${name}.tex`);
    if (seen.has(file) || depth > MAX_DEPTH) return '';
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new InputError(root, `\\input file ${name} not found`);
    }
    seen.add(file);
    return expandInputs(stripComments(decodeText(bytes, file).text), dirname(file), seen, depth + 1, root);
  });
}

/** The argument of a command starting at `open` (the `{`), braces balanced; -1 when unclosed. */
function balanced(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Common text macros turned into the characters they print. */
export function latexToText(s: string): string {
  let t = s;
  for (let k = 0; k < 3; k++)
    t = t.replace(/\\(?:emph|textit|textbf|textsc|textrm|textsf|texttt|mbox|uline|underline)\{([^{}]*)\}/g, '$1');
  return t
    .replace(/---/g, '—')
    .replace(/--/g, '–')
    .replace(/``/g, '“')
    .replace(/''/g, '”')
    .replace(/`/g, '‘')
    .replace(/\\([%&#_$])/g, '$1')
    .replace(/~/g, ' ')
    .replace(/\\\\/g, '\n')
    .replace(/\\ldots|\\dots/g, '…')
    .replace(/\\[a-zA-Z]+\*?(?:\[[^\]]*\])?/g, '')
    .replace(/[{}]/g, '')
    .replace(/[ \t]+/g, ' ');
}

/**
 * LaTeX manuscripts: `\footnote{…}` (braces balanced), `\cite`-family keys resolved against the `.bib`
 * files named by `\bibliography{}` / `\addbibresource{}` (read with citation-js), `\footcite` as a
 * footnote citing its key, `\input`/`\include` followed, comments dropped, common macros as text.
 * A key missing from the `.bib` is an orphan marker; with `bibComplete`, uncited `.bib` entries are listed
 * too so that `uncited-entry` reports them.
 */
export async function readLatex(
  path: string,
  bytes: Uint8Array,
  encoding?: string,
  options: { bibComplete?: boolean } = {},
): Promise<Document> {
  const decoded = decodeText(bytes, path, encoding);
  const dir = dirname(path);
  let src = expandInputs(stripComments(decoded.text), dir, new Set([resolve(path)]), 0, path);
  const start = src.indexOf('\\begin{document}');
  const end = src.indexOf('\\end{document}');
  const preamble = start === -1 ? '' : src.slice(0, start);
  if (start !== -1) src = src.slice(start + '\\begin{document}'.length, end === -1 ? undefined : end);

  const bibFiles: string[] = [];
  for (const m of (preamble + src).matchAll(/\\(?:bibliography|addbibresource)(?:\[[^\]]*\])?\{([^}]+)\}/g)) {
    for (const name of m[1]!.split(','))
      bibFiles.push(join(dir, extname(name.trim()) ? name.trim() : `${name.trim()}.bib`));
  }
  const bib = new Map<string, CslItem>();
  for (const f of bibFiles) for (const [k, v] of await readBib(f)) bib.set(k, v);

  // Number the keys in order of first citation, then the uncited ones after them.
  const order: string[] = [];
  const number = (key: string) => {
    let n = order.indexOf(key);
    if (n === -1) n = order.push(key) - 1;
    return n + 1;
  };
  const notes: string[] = [];
  let body = '';
  let i = 0;
  const cites = (keys: string) =>
    keys
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean);
  // `\footcite[See][p. 5]{key}` is a footnote citing its key: rewritten so footnotes are numbered in order.
  const text = src
    .replace(
      FOOTCITE,
      (_, pre: string | undefined, post: string | undefined, keys: string) =>
        `\\footnote{${[post !== undefined ? pre : undefined, `\\cite{${keys}}`, post ?? pre].filter(Boolean).join(' ')}}`,
    )
    // Keys are numbered in order of first citation, in the body and in notes alike.
    .replace(CITE, (_, keys: string) => `[${cites(keys).map(number).join(',')}]`);
  while (i < text.length) {
    const at = text.indexOf('\\footnote', i);
    if (at === -1) {
      body += text.slice(i);
      break;
    }
    body += text.slice(i, at);
    let j = at + '\\footnote'.length;
    if (text.startsWith('text', j)) j += 4;
    while (text[j] === '[') j = text.indexOf(']', j) + 1 || text.length;
    const close = text[j] === '{' ? balanced(text, j) : -1;
    if (close === -1) {
      body += text.slice(at, j);
      i = j;
      continue;
    }
    const n = notes.length + 1;
    notes.push(
      `[^${n}]: ${latexToText(text.slice(j + 1, close))
        .replace(/\s+/g, ' ')
        .trim()}`,
    );
    body += `[^${n}]`;
    i = close + 1;
  }
  const paragraphs = latexToText(
    body.replace(
      /\\(?:bibliography|addbibresource|bibliographystyle|printbibliography)(?:\[[^\]]*\])?(?:\{[^}]*\})?/g,
      '',
    ),
  )
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map(asBodyLine);
  const listed = options.bibComplete ? [...order, ...[...bib.keys()].filter((k) => !order.includes(k))] : order;
  const list = listed.filter((k) => bib.has(k)).map((k) => `[${number(k)}] ${bib.get(k)!.title ?? k}`);
  const out =
    [...paragraphs, '', ...(list.length ? ['## References', '', ...list] : []), '', ...notes].join('\n\n') + '\n';

  const scan = scanManuscript(out, { markdown: true });
  for (const e of scan.entries) {
    const key = e.number !== undefined ? order[e.number - 1] : undefined;
    if (key && bib.has(key)) e.item = bib.get(key);
    if (key) e.label = key;
  }
  for (const m of scan.markers) {
    if (m.numbers) {
      m.keys = m.numbers.map((n) => order[n - 1] ?? String(n));
      m.label = `\\cite{${m.keys.join(',')}}`;
    }
  }
  for (const n of scan.notes) n.style = 'footnote';
  return { path, format: 'latex', encoding: decoded.encoding, text: out, ...scan };
}
