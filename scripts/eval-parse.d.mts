import type { ParsedReference } from '../src/model/citation.js';
import type { CslItem } from '../src/model/csl.js';
import type { CorpusLine } from './corpus-line.js';

export interface FieldCount {
  tp: number;
  fp: number;
  fn: number;
}
export interface ScoreGroup {
  n: number;
  exact: number;
  /** Strings the parser gave up on: a failure, or neither a title nor a container read. */
  givenUp: number;
  fields: Record<string, FieldCount>;
}
export const FIELDS: string[];
export function norm(v: unknown): string | null;
export function value(item: CslItem, field: string, locator?: string | null): string | null;
export function score(
  lines: CorpusLine[],
  parseReference: (text: string) => Pick<ParsedReference, 'item' | 'locator'>,
): { groups: Map<string, ScoreGroup>; misses: Array<{ id: string; text: string; wrong: string[] }> };
export function speedLine(all: string[], parseReference: (text: string) => unknown): string;
