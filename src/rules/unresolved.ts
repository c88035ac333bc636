import { describeWork } from '../util/describe.js';
import type { Rule } from '../model/rule.js';
import { partition } from './util/places.js';

/** A cited work not found in the bibliographic data given with `--bib` or `--catalog` (silent without data). */
const rule: Rule = {
  meta: {
    id: 'unresolved',
    type: 'suggestion',
    description: {
      zh: '引用的作品在所给文献库中找不到（仅在提供 --bib 或 --catalog 时检查）',
      en: 'A citation not found in the bibliographic data given (only with --bib or --catalog)',
    },
    tags: ['resolve'],
    fixable: false,
    norms: 'all',
    severity: { default: 'info' },
    messages: {
      notFound: { zh: '{{work}} 在文献库中找不到（{{places}}）', en: '{{work}} is not in the library ({{places}})' },
    },
  },
  create(ctx) {
    const res = ctx.analysis.resolution;
    if (!res) return {};
    return {
      Work(work) {
        if (res.get(work.id)) return;
        const ids = work.citationIds.map((id) => ctx.analysis.citationById.get(id)!).map((c) => c.noteId ?? c.entryId!);
        const unique = [...new Set(ids)];
        ctx.report({
          messageId: 'notFound',
          ...partition(unique),
          data: { work: describeWork(work.item), places: unique.slice(0, 8).map(ctx.place), workId: work.id },
        });
      },
    };
  },
};

export default rule;
