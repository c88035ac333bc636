import type { Rule } from '../model/rule.js';

/**
 * A reference-list entry nothing cites: no numeric marker names it and no note cites its work. In a
 * footnoted paper a list of further reading is common, so there it is information; in a numeric list
 * every entry should be cited.
 */
const rule: Rule = {
  meta: {
    id: 'uncited-entry',
    type: 'suggestion',
    description: { zh: '参考文献表中未被任何注释或引用标记引用的条目', en: 'A reference-list entry that no note or marker cites' },
    tags: ['bibliography'],
    fixable: false,
    severity: { default: 'info', 'gbt7714-2015': 'warning', 'gbt7714-2025': 'warning' },
    messages: {
      uncited: { zh: '参考文献 {{place}} 未在正文或注释中被引用', en: 'Reference-list entry {{place}} is not cited in the text or the notes' },
    },
  },
  create(ctx) {
    const { analysis } = ctx;
    const targeted = new Set(analysis.doc.markers.flatMap((m) => m.targets));
    return {
      Entry(entry) {
        if (targeted.has(entry.id)) return;
        const own = analysis.citationsByEntry.get(entry.id) ?? [];
        const cited = own.some((c) => c.workId && analysis.workById.get(c.workId)!.citationIds.some((id) => analysis.citationById.get(id)!.noteId));
        if (!cited) ctx.report({ messageId: 'uncited', entryIds: [entry.id], data: { place: ctx.place(entry.id) } });
      },
    };
  },
};

export default rule;
