import type { Citation } from '../../model/citation.js';
import type { ReportDescriptor, RuleContext } from '../../model/rule.js';

/** The place a citation belongs to: its note, or its reference-list entry. */
export function placeId(c: Citation): string {
  return (c.noteId ?? c.entryId)!;
}

const byNumber = (a: string, b: string) => Number(a.slice(1)) - Number(b.slice(1));

/** Splits a report's place ids into the note and entry lists of a diagnostic, each in document order. */
export function partition(ids: string[]): { noteIds: string[]; entryIds: string[] } {
  const unique = [...new Set(ids)];
  return {
    noteIds: unique.filter((id) => id.startsWith('n')).sort(byNumber),
    entryIds: unique.filter((id) => id.startsWith('e')).sort(byNumber),
  };
}

/** Range of a part of a citation's raw text in the document. */
export function rangeIn(c: Citation, start: number, end: number): { start: number; end: number } {
  return { start: c.range.start + start, end: c.range.start + end };
}

/** Reports a finding about one citation, naming its note or entry as `place`. */
export function reportCitation(
  ctx: RuleContext,
  c: Citation,
  messageId: string,
  data: Record<string, unknown> = {},
  extra: Pick<ReportDescriptor, 'range' | 'fix'> = {},
): void {
  const id = placeId(c);
  const { noteIds, entryIds } = partition([id]);
  ctx.report({
    noteIds,
    entryIds,
    range: extra.range ?? c.range,
    fix: extra.fix ?? null,
    messageId,
    data: { place: ctx.place(id), ...data },
  });
}
