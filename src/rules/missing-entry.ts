import { describeWork } from '../core/describe.js';
import type { Rule } from '../model/rule.js';

/** A work cited in the notes but absent from a bibliography that the norm requires to be complete. */
const rule: Rule = {
  meta: {
    id: 'missing-entry',
    type: 'problem',
    description: { zh: '注释引用的作品未列入要求完整的参考文献表', en: 'A work cited in a note but absent from a bibliography the norm requires to be complete' },
    tags: ['bibliography'],
    fixable: false,
    severity: { default: 'warning', 'chicago-notes': 'info' },
    messages: {
      missing: { zh: '{{work}}（{{places}}）未列入参考文献表', en: '{{work}} ({{places}}) is not in the bibliography' },
    },
  },
  create(ctx) {
    const { analysis } = ctx;
    // A list of further reading after 《中国社会科学》-style notes need not repeat every note.
    if (!ctx.norm.completeBibliography || analysis.doc.entries.length === 0) return {};
    return {
      Work(work) {
        const cites = work.citationIds.map((id) => analysis.citationById.get(id)!);
        if (cites.some((c) => c.entryId)) return;
        const notes = [...new Set(cites.map((c) => c.noteId).filter((n): n is string => !!n))];
        if (notes.length === 0) return;
        ctx.report({ messageId: 'missing', noteIds: notes, data: { work: describeWork(work.item), places: notes.map(ctx.place), workId: work.id } });
      },
    };
  },
};

export default rule;
