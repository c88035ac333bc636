import { workKey } from '../../notes/works.js';
import { placeOf } from '../../notes/places.js';
import type { CslItem } from '../../model/csl.js';
import type { Analysis } from '../../model/rule.js';
import type { ExportRecord } from '../records.js';
import type { NoteCluster } from './render.js';
import type { LoadedStyle } from './styles.js';

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
      cites.push(id ? { id, locator: c.locator, prefix: c.prefix } : { raw: c.raw });
    }
    if (cites.length) out.push({ place: placeOf(analysis, note.id), original: note.text.trim(), cites });
  }
  return out;
}

/**
 * `--to notes`: every note of every manuscript re-rendered in the style, each followed by the note as
 * printed (`was:`), so that an editor can compare them. Positions restart with each manuscript.
 */
export async function formatNotes(
  analyses: Analysis[],
  records: ExportRecord[],
  items: CslItem[],
  style: LoadedStyle,
): Promise<string> {
  const { renderNotes } = await import('./render.js');
  const idByKey = new Map(records.map((r, k) => [r.key, items[k]!.id]));
  const parts: string[] = [];
  for (const a of analyses) {
    const clusters = noteClusters(a, idByKey);
    const notes = await renderNotes(items, clusters, style);
    const body = clusters
      .map((cl, k) => `${cl.place}  ${notes[k]}\n${' '.repeat(cl.place.length + 2)}was: ${cl.original}\n`)
      .join('');
    parts.push(analyses.length > 1 ? `${a.doc.path}\n${body}` : body);
  }
  return parts.join('\n');
}
