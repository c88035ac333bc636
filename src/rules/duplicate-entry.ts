import { describeWork } from '../core/describe.js';
import type { Rule } from '../model/rule.js';

/** The same work listed twice in the reference list. */
const rule: Rule = {
  meta: {
    id: 'duplicate-entry',
    type: 'problem',
    description: { zh: '参考文献表中重复列出同一作品', en: 'The same work twice in the reference list' },
    tags: ['bibliography'],
    fixable: false,
    severity: { default: 'warning' },
    messages: {
      duplicate: { zh: '{{work}} 在参考文献表中重复出现：{{places}}', en: '{{work}} is listed more than once: {{places}}' },
    },
  },
  create(ctx) {
    return {
      Work(work) {
        const entries = work.citationIds.map((id) => ctx.analysis.citationById.get(id)!.entryId).filter((e): e is string => !!e);
        const unique = [...new Set(entries)];
        if (unique.length < 2) return;
        ctx.report({ messageId: 'duplicate', entryIds: unique, data: { work: describeWork(work.item), places: unique.map(ctx.place), workId: work.id } });
      },
    };
  },
};

export default rule;
