import { describeWork } from '../util/describe.js';
import { nameKey } from '../util/normalize.js';
import type { Citation } from '../model/citation.js';
import type { Rule } from '../model/rule.js';

/** Year and edition of a listed item: two editions of one work may both be listed. */
function editionKey(c: Citation): string | null {
  const year = c.item.issued?.['date-parts']?.[0]?.[0];
  const edition = typeof c.item.edition === 'string' ? nameKey(c.item.edition) : '';
  if (year === undefined && !edition) return null;
  return `${year ?? ''}|${edition}`;
}

/**
 * The same work listed twice in the reference list (one work: the clustering's normalised title, volume,
 * journal and first author). When the entries give different years or editions they may be two
 * editions, listed on purpose; then only entries of one edition are duplicates.
 */
const rule: Rule = {
  meta: {
    id: 'duplicate-entry',
    type: 'problem',
    description: { zh: '参考文献表中重复列出同一作品', en: 'The same work twice in the reference list' },
    tags: ['bibliography'],
    fixable: false,
    norms: 'all',
    severity: { default: 'warning' },
    messages: {
      duplicate: {
        zh: '{{work}} 在参考文献表中重复出现：{{places}}',
        en: '{{work}} is listed more than once: {{places}}',
      },
    },
  },
  create(ctx) {
    return {
      Work(work) {
        const listed: Citation[] = [];
        const seen = new Set<string>();
        for (const id of work.citationIds) {
          const c = ctx.analysis.citationById.get(id)!;
          if (c.entryId && !seen.has(c.entryId)) {
            seen.add(c.entryId);
            listed.push(c);
          }
        }
        if (listed.length < 2) return;
        const editions = new Set(listed.map(editionKey).filter((k): k is string => k !== null));
        const groups: Citation[][] = [];
        if (editions.size <= 1) groups.push(listed);
        else {
          const byEdition = new Map<string, Citation[]>();
          for (const c of listed) {
            const k = editionKey(c);
            if (k === null) continue;
            let g = byEdition.get(k);
            if (!g) byEdition.set(k, (g = []));
            g.push(c);
          }
          groups.push(...byEdition.values());
        }
        for (const g of groups) {
          if (g.length < 2) continue;
          const entryIds = g.map((c) => c.entryId!);
          ctx.report({
            messageId: 'duplicate',
            entryIds,
            data: { work: describeWork(work.item), places: entryIds.map(ctx.place), workId: work.id },
          });
        }
      },
    };
  },
};

export default rule;
