// Types of eval-realworld.mjs, for the tests.
import type { Finding } from './plant-faults.mjs';
import type { Anchors } from './translate-verdicts.mjs';

export type Verdict = 'correct' | 'debatable' | 'false';
export interface GivenVerdict {
  verdict: Verdict;
  ruleId: string;
  noteIds: string[];
  entryIds: string[];
  markerLabels?: string[];
  message?: string;
}
export interface OwnVerdict extends GivenVerdict {
  places?: { id: string; label: string | null; hash: string }[];
  passage: string;
  reason: string;
}
export interface Match {
  finding: Finding;
  verdict: Verdict | null;
  source: 'given' | 'own' | null;
}
export interface Tally {
  findings: number;
  correct: number;
  debatable: number;
  false: number;
  unjudged: number;
}
export const VERDICTS: Verdict[];
export function verdictKey(x: { ruleId: string; noteIds: string[]; entryIds: string[] }): string;
export function matchFindings(
  findings: Finding[],
  given?: GivenVerdict[],
  own?: GivenVerdict[],
): { matched: Match[]; unjudged: Finding[]; unused: GivenVerdict[] };
export function tally(matched: Match[]): Tally;
export function addTallies(a: Tally, b: Tally): Tally;
export function falseShare(t: Tally): number;
export function formatTally(t: Tally): string;
export function summaryLine(x: {
  documents: number;
  read: number;
  refused: number;
  total: Tally;
  recall: string;
}): string;
export function ownVerdictsFor(list: OwnVerdict[] | undefined, current: Anchors): OwnVerdict[];
export function givenVerdictsFor(
  list: GivenVerdict[] | undefined,
  anchors: Anchors | undefined,
  current: Anchors,
): GivenVerdict[];
