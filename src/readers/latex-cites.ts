import { markup } from './markup.js';

/** One key group of a cite command: `[pre][post]{a,b}`. */
export interface CiteGroup {
  pre?: string;
  post?: string;
  keys: string[];
}

/** A cite command found in the text, from its backslash to the end of its last argument. */
export interface CiteCall {
  start: number;
  end: number;
  kind: 'cite' | 'foot' | 'nocite';
  groups: CiteGroup[];
}

/** Longest argument of a cite command read: an unclosed brace does not make every later cite scan the file. */
const MAX_ARGUMENT = 2048;

/** The end (exclusive) of a group opened at `i` by `open`, nesting counted; -1 when unclosed. */
function groupEnd(s: string, i: number, open: string, close: string): number {
  let depth = 0;
  for (let k = i; k < Math.min(s.length, i + MAX_ARGUMENT); k++) {
    const c = s[k];
    if (c === '\\') k++;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return k + 1;
  }
  return -1;
}

const skipSpace = (s: string, i: number) => {
  while (s[i] === ' ' || s[i] === '\t' || s[i] === '\n') i++;
  return i;
};

/** Up to two `[…]` then `{keys}` from `i`: natbib and biblatex read one optional as the postnote. */
function readGroup(s: string, i: number): { group: CiteGroup; end: number } | null {
  const opts: string[] = [];
  let k = skipSpace(s, i);
  while (s[k] === '[' && opts.length < 2) {
    const e = groupEnd(s, k, '[', ']');
    if (e === -1) return null;
    opts.push(s.slice(k + 1, e - 1));
    k = skipSpace(s, e);
  }
  if (s[k] !== '{') return null;
  const e = groupEnd(s, k, '{', '}');
  if (e === -1) return null;
  const keys = s
    .slice(k + 1, e - 1)
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  const [a, b] = opts;
  const group: CiteGroup = { keys, ...(b !== undefined ? { pre: a, post: b } : a !== undefined ? { post: a } : {}) };
  return { group, end: e };
}

/** The groups of a command from just past its name: biblatex's plural forms take `(pre)(post)` and several. */
function readGroups(s: string, i: number, plural: boolean): { groups: CiteGroup[]; end: number } | null {
  let k = i;
  if (plural)
    for (let n = 0; n < 2 && s[skipSpace(s, k)] === '('; n++) {
      const e = groupEnd(s, skipSpace(s, k), '(', ')');
      if (e === -1) return null;
      k = e;
    }
  const groups: CiteGroup[] = [];
  for (;;) {
    const g = readGroup(s, k);
    if (!g) break;
    groups.push(g.group);
    k = g.end;
    if (!plural) break;
  }
  return groups.length ? { groups, end: k } : null;
}

/**
 * Every cite command of a LaTeX text (data/source-markup.json): the natbib and biblatex families with
 * their starred, capitalised and plural forms (`\parencites[see][12]{a}{b}`), the footnote cites, and
 * `\nocite`. Run on prose only: math, verbatim and comments are already gone.
 */
export function findCites(s: string): CiteCall[] {
  const m = markup().latex;
  const kinds = new Map<string, CiteCall['kind']>();
  for (const c of m.citeCommands) kinds.set(c, 'cite');
  for (const c of m.footCiteCommands) kinds.set(c, 'foot');
  for (const c of m.nociteCommands) kinds.set(c, 'nocite');
  const out: CiteCall[] = [];
  for (const x of s.matchAll(/\\([a-zA-Z]+)\*?/g)) {
    const kind = kinds.get(x[1]!);
    if (!kind) continue;
    const start = x.index;
    if (out.length && start < out[out.length - 1]!.end) continue;
    const read = readGroups(s, start + x[0].length, /cites$|citetexts$/.test(x[1]!));
    if (read) out.push({ start, end: read.end, kind, groups: read.groups });
  }
  return out;
}
