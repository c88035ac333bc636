import { workKey } from '../../notes/works.js';
import { placeOf } from '../../core/run-rules.js';
import type { Analysis } from '../../model/rule.js';

/** One note of a manuscript as a citation cluster: the works it cites (by record id) in order. */
export interface NoteCluster {
  /** `①@p2`, `12`, `[^3]`: the note as messages name it. */
  place: string;
  /** The note text as printed, for the editor to compare. */
  original: string;
  /** Works with a record, with the cited pages; a citation with no work (unparsed) keeps its text. */
  cites: Array<{ id: string; locator: string | null } | { raw: string }>;
}

/**
 * The notes of one manuscript in document order. 同上/Ibid. and short forms point to their antecedent's
 * work, so the target style decides afresh which citations are first, subsequent or immediately repeated.
 */
export function noteClusters(analysis: Analysis, idByKey: Map<string, string>): NoteCluster[] {
  const out: NoteCluster[] = [];
  for (const note of analysis.doc.notes) {
    const cites: NoteCluster['cites'] = [];
    for (const c of analysis.citationsByNote.get(note.id) ?? []) {
      const work = c.workId ? analysis.workById.get(c.workId) : undefined;
      const id = work ? idByKey.get(workKey(work.item)) : undefined;
      cites.push(id ? { id, locator: c.locator } : { raw: c.raw });
    }
    if (cites.length) out.push({ place: placeOf(analysis, note.id), original: note.text.trim(), cites });
  }
  return out;
}
