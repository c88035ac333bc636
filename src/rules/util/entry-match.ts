import { titleKey } from '../../util/normalize.js';
import type { Work } from '../../model/citation.js';
import type { Analysis } from '../../model/rule.js';
import { personKey } from '../../notes/works.js';

interface Listed {
  entryId: string;
  title: string;
  volume: string | number;
}

const CJK = /[\u3400-\u9fff]/u;

/**
 * Which reference-list entries a work cited in the notes corresponds to. The works clustering already
 * puts a note and an entry of one work together; what it cannot do is link a shortened note
 * (`Fuchs, *Digital Labor*, 5.`, Chicago's short notes with a full bibliography) to an entry printed
 * after it. Here a note work also matches an entry with the same first author whose title it
 * abbreviates (or is abbreviated by), volumes agreeing. Entries are indexed by first author, so a lookup
 * reads only that author's entries.
 */
export class EntryMatcher {
  private readonly byAuthor = new Map<string, Listed[]>();
  private readonly analysis: Analysis;

  constructor(analysis: Analysis) {
    this.analysis = analysis;
    for (const c of analysis.citations) {
      if (!c.entryId || c.failure || !c.item.title) continue;
      const author = personKey(c.item.author?.[0] ?? c.item.editor?.[0]);
      let list = this.byAuthor.get(author);
      if (!list) this.byAuthor.set(author, (list = []));
      list.push({ entryId: c.entryId, title: titleKey(c.item.title), volume: c.item.volume ?? '' });
    }
  }

  /** The entries of the reference list that may be the work: its own entries, or entries it abbreviates. */
  entriesFor(work: Work): string[] {
    const out = new Set<string>();
    const notes: Array<{ author: string; title: string; volume: string | number }> = [];
    for (const id of work.citationIds) {
      const c = this.analysis.citationById.get(id)!;
      if (c.entryId) out.add(c.entryId);
      else if (c.noteId && c.kind !== 'ibid' && c.item.title) {
        notes.push({
          author: personKey(c.item.author?.[0] ?? c.item.editor?.[0]),
          title: titleKey(c.item.title),
          volume: c.item.volume ?? '',
        });
      }
    }
    if (out.size) return [...out];
    for (const n of notes) {
      for (const e of this.byAuthor.get(n.author) ?? []) {
        if (n.volume && e.volume && n.volume !== e.volume) continue;
        if (abbreviates(n.title, e.title, n.author !== '')) out.add(e.entryId);
      }
    }
    return [...out];
  }
}

/** One title is the other or (with an author to anchor it) its beginning, long enough to mean something. */
function abbreviates(a: string, b: string, withAuthor: boolean): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  if (!withAuthor) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < (CJK.test(short) ? 2 : 4)) return false;
  return long.startsWith(short);
}
