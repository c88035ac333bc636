import type { Rule } from '../model/rule.js';
import { pageSpans } from '../util/pages.js';
import { reportCitation } from './util/places.js';

/**
 * Page references that cannot be right: reversed ranges, a page listed twice or inside a listed range
 * (`第185-186、186页`), `p.` before a range or `pp.` before one page. A list that is not ascending
 * (`第198、97页`) follows the order of quotation and is left alone.
 */
const rule: Rule = {
  meta: {
    id: 'invalid-locator',
    type: 'problem',
    description: {
      zh: '页码有误：起止倒置、页码重复，或 p./pp. 使用不当',
      en: 'Reversed ranges, repeated pages, p. with a range or pp. with one page',
    },
    tags: ['locator'],
    fixable: false,
    norms: 'all',
    severity: { default: 'warning' },
    messages: {
      reversed: { zh: '{{place}} 的页码范围起止倒置：{{pages}}', en: '{{place}}: page range is reversed: {{pages}}' },
      repeated: {
        zh: '{{place}} 的页码 {{page}} 重复出现：{{pages}}',
        en: '{{place}}: page {{page}} is given twice: {{pages}}',
      },
      pWithRange: {
        zh: '{{place}} 的页码范围应使用 pp.：{{pages}}',
        en: '{{place}}: a page range takes pp., not p.: {{pages}}',
      },
      ppWithPage: {
        zh: '{{place}} 的单页应使用 p.：{{pages}}',
        en: '{{place}}: a single page takes p., not pp.: {{pages}}',
      },
    },
  },
  create(ctx) {
    return {
      Citation(c) {
        if (!c.locator || !c.locatorRaw) return;
        const spans = pageSpans(c.locator);
        if (!spans) return;
        const report = (messageId: string, extra: Record<string, unknown> = {}) => {
          reportCitation(ctx, c, messageId, { pages: c.locatorRaw, ...extra });
        };
        if (spans.some((s) => s.to < s.from)) {
          report('reversed');
          return;
        }
        // A single page is repeated when an earlier entry is the same page or any entry is a range holding it.
        const repeated = spans.find(
          (s, k) =>
            s.from === s.to &&
            spans.some((o, j) => j !== k && o.from <= s.from && s.from <= o.to && (o.from !== o.to || j < k)),
        );
        if (repeated) {
          report('repeated', { page: repeated.from });
          return;
        }
        if (/^p\.\s/.test(c.locatorRaw) && spans.some((s) => s.from !== s.to || spans.length > 1)) report('pWithRange');
        else if (/^pp\.\s/.test(c.locatorRaw) && spans.length === 1 && spans[0]!.from === spans[0]!.to)
          report('ppWithPage');
      },
    };
  },
};

export default rule;
