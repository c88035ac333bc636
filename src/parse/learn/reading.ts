import { readFileSync } from 'node:fs';
import { confidenceLevel, CONFIDENT, type Lang, type ParsedReference } from '../../model/citation.js';
import type { CslItem } from '../../model/csl.js';
import { normalizePages } from '../locators.js';
import { assemble, runs, type Assembled } from './assemble.js';
import { calibrate, type Calibration } from './calibration.js';
import { sequence } from './labeller.js';
import type { Label, LabelledToken } from './labels.js';
import { buildLexicons, type LexiconTables, type Lexicons } from './lexicons.js';
import { marginals } from './marginals.js';
import { decodeModel } from './model-file.js';
import { deserialize, packedEmissions, viterbi, type Packed } from './perceptron.js';
import { tokenize } from './tokenize.js';

/**
 * The learned parser's reading of a reference string: each token with its label and that label's
 * probability (forward–backward over the model's scores), the item assembled from the labels, and a
 * score per field — the lowest token probability of the field's run. The model (data/parser-model.bin,
 * made by `npm run train:parser`) is read on first use only.
 */
export interface ScoredToken extends LabelledToken {
  score: number;
}

export interface Reading {
  tokens: ScoredToken[];
  /** Field → [first token, last token] of the run it was read from. */
  runs: Map<Label, [number, number]>;
  item: CslItem;
  locator: string | null;
  prefix: string | null;
  /** The type classifier's probability, before calibration. */
  typeScore: number;
  /** Field → score in [0, 1], calibrated (the locator and prefix too). */
  scores: Record<string, number>;
}

const FILE = new URL('../../../data/parser-model.bin', import.meta.url);
let loaded: { model: Packed; temperature: number } | null = null;
const built = new WeakMap<LexiconTables, Lexicons>();

/** The committed model, read and unpacked on first use. */
export function learnedModel(): { model: Packed; temperature: number } {
  loaded ??= deserialize(decodeModel(readFileSync(FILE)));
  return loaded;
}

function lexiconsFor(tables: LexiconTables): Lexicons {
  let lex = built.get(tables);
  if (!lex) built.set(tables, (lex = buildLexicons(tables)));
  return lex;
}

/** The score of the run a label was read from: its least sure token; 0 when there is none. */
function runScore(tokens: ScoredToken[], r: Map<Label, [number, number]>, label: string): number {
  const run = r.get(label as Label);
  if (!run) return 0;
  let s = 1;
  for (let i = run[0]; i <= run[1]; i++) s = Math.min(s, tokens[i]!.score);
  return s;
}

/**
 * Each field of the item (and the cited locator, the prefix) scored by its run, the type by the type
 * classifier; calibrated when the model carries a calibration, raw otherwise.
 */
function fieldScores(
  a: Assembled,
  tokens: ScoredToken[],
  r: Map<Label, [number, number]>,
  c?: Calibration,
): Record<string, number> {
  const out: Record<string, number> = {};
  const lang = a.item.language?.startsWith('zh') ? 'zh' : 'en';
  const fields = [...Object.keys(a.item), 'locator', 'prefix'];
  for (const field of fields)
    if (r.has(field as Label)) out[field] = calibrate(c, field, runScore(tokens, r, field), lang);
  out.type = calibrate(c, 'type', a.typeScore, lang);
  return out;
}

/** The raw scores of a reading: each field's least sure token, the type's probability (for fitting a calibration). */
export function rawScores(reading: Reading): Record<string, number> {
  return fieldScores(
    { item: reading.item, typeScore: reading.typeScore, locator: null, prefix: null },
    reading.tokens,
    reading.runs,
  );
}

export function readLearned(text: string, tables: LexiconTables): Reading {
  const { model, temperature } = learnedModel();
  return readWith(model, temperature, lexiconsFor(tables), text);
}

/** The reading of `text` by a given model (training scripts score models before they are committed). */
export function readWith(model: Packed, temperature: number, lex: Lexicons, text: string): Reading {
  const raw = tokenize(text);
  const seq = sequence(raw, lex);
  const em = packedEmissions(model, seq.features, seq.allowed);
  const path = viterbi(model, em);
  const m = marginals(model, em, temperature);
  const tokens = raw.map((t, i) => ({ ...t, label: model.labels[path[i]!]!, score: m[i]![path[i]!]! }));
  const r = runs(tokens);
  const a = assemble(tokens, text, lex, model.itemTypes);
  const { item, locator, prefix, typeScore } = a;
  return { tokens, runs: r, item, locator, prefix, typeScore, scores: fieldScores(a, tokens, r, model.calibration) };
}

const KEEP = new Set(['id', 'type', 'language']);
/** Fields that, beside a title or a container, make a reading a reference and not a sentence read as a title. */
const WITNESSES = ['author', 'editor', 'translator', 'issued', 'publisher', 'container-title', 'URL', 'DOI', 'page'];

/** A title or a container, and one more field of a reference kept with it. */
function isReference(item: CslItem): boolean {
  if (!item.title && !item['container-title']) return false;
  return WITNESSES.some((f) => item[f] !== undefined && !(f === 'container-title' && !item.title));
}

/**
 * The reading as the parser's result, honest about what it knows: only the fields scored at or above
 * `CONFIDENT` are kept (the type always, `guessed` below the threshold); null when it does not read a
 * reference with confidence: a title or a container and one more field (a sentence is no title alone).
 */
export function learnedReference(text: string, lang: Lang, tables: LexiconTables): ParsedReference | null {
  return referenceOf(readLearned(text, tables), lang);
}

/** A reading as the parser's result (see `learnedReference`), for callers that hold the reading already. */
export function referenceOf(reading: Reading, lang: Lang): ParsedReference | null {
  const item: CslItem = { id: '', type: reading.item.type, language: lang === 'zh' ? 'zh-CN' : 'en-US' };
  const confidence: ParsedReference['confidence'] = { type: confidenceLevel(reading.scores.type ?? 0) };
  const scores: Record<string, number> = { type: reading.scores.type ?? 0 };
  const spans: ParsedReference['spans'] = {};
  for (const [field, value] of Object.entries(reading.item)) {
    const s = reading.scores[field];
    if (KEEP.has(field) || s === undefined || s < CONFIDENT) continue;
    item[field] = value;
    confidence[field] = confidenceLevel(s);
    scores[field] = s;
    const run = reading.runs.get(field as Label);
    if (run) spans[field] = { start: reading.tokens[run[0]]!.start, end: reading.tokens[run[1]]!.end };
  }
  if (!isReference(item)) return null;
  const locatorRaw = (reading.scores.locator ?? 0) >= CONFIDENT ? reading.locator : null;
  const prefix = (reading.scores.prefix ?? 0) >= CONFIDENT ? reading.prefix : null;
  return {
    item,
    lang,
    kind: 'full',
    prefix,
    locator: locatorRaw
      ? normalizePages(locatorRaw.replace(/[^\d\s,，、;；\-–—~～]/gu, '')).replace(/^-|-$/g, '')
      : null,
    locatorRaw,
    confidence,
    scores,
    spans,
  };
}

/** The learned parser as `parseReference`'s fallback, reading with the lexicons built from `tables`. */
export function learnedFallback(tables: LexiconTables): (text: string, lang: Lang) => ParsedReference | null {
  return (text, lang) => learnedReference(text, lang, tables);
}
