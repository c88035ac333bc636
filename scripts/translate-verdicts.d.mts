// Types of translate-verdicts.mjs, for the tests.
export interface Anchor {
  label: string | null;
  hash: string;
}
export type Anchors = Record<string, Anchor>;
export interface Keyed {
  ruleId: string;
  noteIds: string[];
  entryIds: string[];
  markerLabels?: string[];
}
export function textHash(text: string | null | undefined): string;
export function anchorsOf(file: {
  notes: { id: string; label: string | null; text: string }[];
  entries: { id: string; label: string | null; text: string }[];
}): Anchors;
export function translation(old: Anchors, current: Anchors): Map<string, string | null>;
export function translateVerdict<T extends Keyed>(v: T, map: Map<string, string | null>): T;
export function placesAsAnchors(places: { id: string; label: string | null; hash: string }[] | undefined): Anchors;
export function formatAnchors(recorded: {
  about: string;
  recorded: string;
  documents: Record<string, Anchors>;
}): string;
