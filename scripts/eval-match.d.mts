import type { CslItem } from '../src/model/csl.js';
import type { Match } from '../src/resolve/match.js';

export interface MatchPair {
  kind: string;
  query: CslItem;
  /** The group of the library record the query must match, or null when it must stay unmatched. */
  expected: string | null;
}
export interface MatchBenchmark {
  library: CslItem[];
  pairs: MatchPair[];
  groupOf: Map<string, string>;
}
export interface MatchRow {
  kind: string;
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
}
export function readCorpus(dir: string): Array<{ text: string; csl: CslItem }>;
export function buildPairs(
  items: Array<{ text: string; csl: CslItem }>,
  tools: {
    pinyin: typeof import('pinyin-pro').pinyin;
    toTraditional: (text: string) => string;
    parseReference: (text: string) => { item: CslItem };
    titleKey: (title: string | undefined) => string;
  },
): MatchBenchmark;
export function evaluate(matcher: { match(item: CslItem): Match | null }, benchmark: MatchBenchmark): MatchRow[];
export function formatTable(rows: MatchRow[]): string;
