import type { Rule } from '../model/rule.js';
import { EntryMatcher } from './util/entry-match.js';
import { ProseMentions } from './util/prose-mentions.js';

/**
 * A reference-list entry nothing cites: no numeric marker names it, no note cites its work (in full or
 * shortened), and the prose does not name it (author and year, or title). In a footnoted paper a list of
 * further reading is common, so there it is information; in a numeric list every entry should be
 * cited. A manuscript that cites neither by numeric markers nor by notes (author-year prose citations,
 * which citeaudit does not read as markers) is not judged.
 */
const rule: Rule = {
  meta: {
    id: 'uncited-entry',
    type: 'suggestion',
    description: {
      zh: '参考文献表中未被任何注释或引用标记引用的条目',
      en: 'A reference-list entry that no note or marker cites',
    },
    tags: ['bibliography'],
    fixable: false,
    norms: 'all',
    severity: { default: 'info', 'gbt7714-2015': 'warning', 'gbt7714-2025': 'warning' },
    messages: {
      uncited: {
        zh: '参考文献 {{place}} 未在正文或注释中被引用',
        en: 'Reference-list entry {{place}} is not cited in the text or the notes',
      },
    },
  },
  create(ctx) {
    const { analysis, doc } = ctx;
    if (doc.entries.length === 0) return {};
    return {
      'Document:exit'() {
        const numericMarkers = doc.markers.some((m) => m.numbers && m.numbers.length > 0);
        const noteCitations = analysis.citations.some((c) => c.noteId && c.kind !== 'ibid' && !c.failure);
        if (!numericMarkers && !noteCitations) return;
        const cited = new Set<string>();
        for (const m of doc.markers) for (const t of m.targets) cited.add(t);
        if (noteCitations) {
          const matcher = new EntryMatcher(analysis);
          for (const work of analysis.works) {
            if (!work.citationIds.some((id) => analysis.citationById.get(id)!.noteId)) continue;
            for (const e of matcher.entriesFor(work)) cited.add(e);
          }
        }
        const prose = new ProseMentions(doc.body);
        for (const entry of doc.entries) {
          if (cited.has(entry.id)) continue;
          // Without notes, an entry can be cited only by its number.
          if (!noteCitations && entry.number === undefined) continue;
          const own = analysis.citationsByEntry.get(entry.id)?.[0];
          if (own && !own.failure && prose.mentioned(own.item)) continue;
          ctx.report({ messageId: 'uncited', entryIds: [entry.id], data: { place: ctx.place(entry.id) } });
        }
      },
    };
  },
};

export default rule;
