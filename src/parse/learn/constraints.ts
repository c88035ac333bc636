import { readFileSync } from 'node:fs';
import { isLabel, type Label } from './labels.js';
import type { Token, TokenKind } from './tokenize.js';

/** One declared hard cue of data/parse-constraints.json. */
export type Constraint =
  { cue: 'inside'; open: string; close: string; labels: Label[] } | { cue: 'kind'; kind: TokenKind; labels: Label[] };

const FILE = new URL('../../../data/parse-constraints.json', import.meta.url);
let loaded: Constraint[] | null = null;

/** The declared cues, read on first use; a label the parser does not know is an error in the file. */
export function constraints(): Constraint[] {
  if (loaded) return loaded;
  const raw = (JSON.parse(readFileSync(FILE, 'utf8')) as { constraints: Array<{ labels: string[] }> }).constraints;
  const bad = raw.flatMap((c) => c.labels).filter((l) => !isLabel(l));
  if (bad.length) throw new Error(`data/parse-constraints.json: unknown label '${bad.join("', '")}'`);
  loaded = raw as Constraint[];
  return loaded;
}

/** Indices of the tokens strictly between each `open` and its matching `close` (nesting counted). */
function insideMarks(tokens: Token[], open: string, close: string): Set<number> {
  const inside = new Set<number>();
  let depth = 0;
  let start = -1;
  tokens.forEach((t, i) => {
    if (t.text === open) {
      if (depth++ === 0) start = i;
    } else if (t.text === close && depth > 0 && --depth === 0) {
      for (let k = start + 1; k < i; k++) inside.add(k);
    }
  });
  return inside;
}

function intersect(a: Set<Label> | null, b: Label[]): Set<Label> {
  return new Set(a ? b.filter((l) => a.has(l)) : b);
}

/**
 * The labels each token may take under the cues: null where no cue applies. Cues are data: this function
 * knows only the two cue forms, not which marks or kinds are declared.
 */
export function allowedLabels(tokens: Token[], cues: Constraint[] = constraints()): Array<Set<Label> | null> {
  const out: Array<Set<Label> | null> = tokens.map(() => null);
  for (const c of cues) {
    const hit = c.cue === 'inside' ? insideMarks(tokens, c.open, c.close) : kindIndices(tokens, c.kind);
    for (const i of hit) out[i] = intersect(out[i] ?? null, c.labels);
  }
  return out;
}

function kindIndices(tokens: Token[], kind: TokenKind): Set<number> {
  const hit = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.kind === kind) hit.add(i);
  });
  return hit;
}
