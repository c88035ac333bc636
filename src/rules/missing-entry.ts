import { describeWork } from '../util/describe.js';
import type { CslType } from '../model/csl.js';
import type { Rule } from '../model/rule.js';
import { EntryMatcher } from './util/entry-match.js';
import { COMPLETE_LIST_NORMS } from './util/norm-groups.js';

/**
 * Sources a bibliography customarily leaves to the notes even where it must otherwise be complete
 * (as The Chicago Manual of Style allows): newspaper items, reference works, personal communications,
 * legal sources, posts and speeches.
 */
const NOTES_ONLY = new Set<CslType>([
  'article-newspaper',
  'entry-encyclopedia',
  'entry-dictionary',
  'personal_communication',
  'legal_case',
  'legislation',
  'post',
  'post-weblog',
  'speech',
  'broadcast',
  'motion_picture',
]);

/**
 * A work cited in the notes but absent from a bibliography that the norm requires to be complete. Silent
 * when the manuscript has no list (the notes then are the bibliography), and under norms where a list
 * after footnotes is further reading (《中国社会科学》 style). A shortened note matches the entry it
 * abbreviates.
 */
const rule: Rule = {
  meta: {
    id: 'missing-entry',
    type: 'problem',
    description: {
      zh: '注释引用的作品未列入要求完整的参考文献表',
      en: 'A work cited in a note but absent from a bibliography the norm requires to be complete',
    },
    tags: ['bibliography'],
    fixable: false,
    norms: COMPLETE_LIST_NORMS,
    severity: { default: 'warning' },
    messages: {
      missing: { zh: '{{work}}（{{places}}）未列入参考文献表', en: '{{work}} ({{places}}) is not in the bibliography' },
    },
  },
  create(ctx) {
    const { analysis } = ctx;
    if (!ctx.norm?.completeBibliography || analysis.doc.entries.length === 0) return {};
    let matcher: EntryMatcher | null = null;
    return {
      Work(work) {
        const seen = new Set<string>();
        for (const id of work.citationIds) {
          const c = analysis.citationById.get(id)!;
          if (c.noteId) seen.add(c.noteId);
        }
        const notes = [...seen];
        if (notes.length === 0 || NOTES_ONLY.has(work.item.type)) return;
        matcher ??= new EntryMatcher(analysis);
        if (matcher.entriesFor(work).length > 0) return;
        ctx.report({
          messageId: 'missing',
          noteIds: notes,
          data: { work: describeWork(work.item), places: notes.map(ctx.place), workId: work.id },
        });
      },
    };
  },
};

export default rule;
