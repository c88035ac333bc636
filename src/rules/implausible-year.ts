import type { Rule } from '../model/rule.js';
import { reportCitation } from './util/places.js';

const FIRST_PRINTING = 1450;

function yearOf(d: { 'date-parts'?: Array<Array<number | string>> } | undefined): number | null {
  const y = d?.['date-parts']?.[0]?.[0];
  const n = Number(y);
  return y === undefined || Number.isNaN(n) ? null : n;
}

/** A publication year in the future or before printing, or an access date before publication. */
const rule: Rule = {
  meta: {
    id: 'implausible-year',
    type: 'problem',
    description: {
      zh: '出版年在未来或早于印刷术时代，或访问日期早于发布日期',
      en: 'A year in the future or before printing, or accessed before published',
    },
    tags: ['dates'],
    fixable: false,
    norms: 'all',
    severity: { default: 'warning' },
    messages: {
      future: { zh: '{{place}} 的出版年 {{year}} 晚于当前年份', en: '{{place}}: year {{year}} is in the future' },
      tooEarly: { zh: '{{place}} 的出版年 {{year}} 早于 {{min}} 年', en: '{{place}}: year {{year}} is before {{min}}' },
      accessedBefore: {
        zh: '{{place}} 的访问日期 {{accessed}} 早于发布年 {{year}}',
        en: '{{place}}: accessed {{accessed}}, before publication in {{year}}',
      },
    },
  },
  create(ctx) {
    const now = new Date().getFullYear();
    return {
      Citation(c) {
        if (c.kind === 'ibid' || c.failure) return;
        const year = yearOf(c.item.issued);
        if (year === null) return;
        const report = (messageId: string, data: Record<string, unknown>) => {
          reportCitation(ctx, c, messageId, { year, ...data });
        };
        if (year > now + 1) {
          report('future', {});
          return;
        }
        if (year < FIRST_PRINTING) {
          report('tooEarly', { min: FIRST_PRINTING });
          return;
        }
        const accessed = yearOf(c.item.accessed);
        if (accessed !== null && accessed < year) report('accessedBefore', { accessed });
      },
    };
  },
};

export default rule;
