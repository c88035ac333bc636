import { describeWork } from '../util/describe.js';
import type { Citation } from '../model/citation.js';
import type { Fix } from '../model/diagnostic.js';
import type { Norm } from '../model/norm.js';
import type { Rule } from '../model/rule.js';
import { NOTE_NORMS } from './util/norm-groups.js';

/**
 * The repeat marker the norm writes for `b`, which repeats `a` (the whole of the note before): 同上 in
 * 《中国社会科学》 and 人民出版社 style (where only verbatim repeats are findings), 同上注 in 法学引注手册,
 * Ibid. for English. Null when the form is not clear-cut: a signal word, a note with several citations
 * (同上 would not know which), pages dropped, or a norm without a repeat form.
 */
function repeatFix(norm: Norm, a: Citation, b: Citation, notesAlone: boolean, text: string): Fix | null {
  if (!notesAlone || a.prefix || b.prefix || b.kind !== 'full') return null;
  const sameLoc = (a.locator ?? null) === (b.locator ?? null);
  if (!sameLoc && !b.locator) return null;
  let repeat: string | null = null;
  if (b.lang === 'en' && norm.family === 'notes') {
    // The closing period may belong to the citation or follow it: keep exactly one.
    const closedAfter = text[b.range.end] === '.';
    const closedInside = b.raw.endsWith('.');
    repeat = sameLoc
      ? closedAfter
        ? 'Ibid'
        : 'Ibid.'
      : norm.id === 'chicago-notes'
        ? `Ibid., ${b.locator}${closedInside && !closedAfter ? '.' : ''}`
        : null;
  } else if (b.lang === 'zh' && norm.lang === 'zh' && norm.family === 'notes') {
    if (norm.id === 'law') repeat = sameLoc ? '同上注' : b.locatorRaw ? `同上注，${b.locatorRaw}` : null;
    else repeat = sameLoc ? '同上' : null;
  }
  return repeat === null ? null : { range: { ...b.range }, text: repeat };
}

/**
 * The same work in full in two adjacent notes (the last citation of one note, the first of the next),
 * where 同上/Ibid. or a short form belongs. Adjacency is document order, across pages too unless the
 * norm forbids 同上 across a page (then a full citation is what it wants there). Where the norm lets a
 * full citation be repeated (`repeatsFullCitations`: 《中国社会科学》, 人民出版社) only a verbatim repeat —
 * same pages, same signal — is a finding (information under those two norms).
 */
const rule: Rule = {
  meta: {
    id: 'consecutive-duplicate',
    type: 'suggestion',
    description: {
      zh: '相邻注释重复完整引用同一作品，应改用“同上”或简写',
      en: 'The same work cited in full in adjacent notes, where Ibid. or a short form belongs',
    },
    tags: ['works'],
    fixable: true,
    norms: NOTE_NORMS,
    severity: { default: 'warning', cass: 'info', people: 'info' },
    messages: {
      adjacent: {
        zh: '{{place}} 与前一条注释（{{previous}}）完整引用同一作品 {{work}}，可改为“同上”',
        en: '{{place}} cites {{work}} in full right after {{previous}}; use Ibid. or a short form',
      },
    },
  },
  create(ctx) {
    const { analysis } = ctx;
    return {
      'Document:exit'() {
        const notes = analysis.doc.notes;
        for (let k = 1; k < notes.length; k++) {
          const a = notes[k - 1]!;
          const b = notes[k]!;
          if (a.style !== b.style) continue;
          if (ctx.norm?.ibidAcrossPages === false && a.page !== b.page) continue;
          const ca = analysis.citationsByNote.get(a.id);
          const cb = analysis.citationsByNote.get(b.id);
          const last = ca?.[ca.length - 1];
          const first = cb?.[0];
          if (
            !last ||
            !first ||
            last.kind !== 'full' ||
            first.kind !== 'full' ||
            !last.workId ||
            last.workId !== first.workId
          )
            continue;
          // Norms that accept a full citation each time still do not want the very same reference twice in a row.
          // Under no norm, only the very same reference twice in a row.
          if (
            (ctx.norm?.repeatsFullCitations ?? true) &&
            (last.locator !== first.locator || last.prefix !== first.prefix)
          )
            continue;
          const work = analysis.workById.get(first.workId)!;
          const fix =
            ctx.norm && repeatFix(ctx.norm, last, first, ca.length === 1 && cb.length === 1, analysis.doc.text);
          ctx.report({
            fix,
            messageId: 'adjacent',
            noteIds: [a.id, b.id],
            range: first.range,
            data: { place: ctx.place(b.id), previous: ctx.place(a.id), work: describeWork(work.item), workId: work.id },
          });
        }
      },
    };
  },
};

export default rule;
