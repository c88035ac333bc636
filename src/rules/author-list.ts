import type { Rule } from '../model/rule.js';
import { reportCitation } from './util/places.js';
import { CHINESE_NORMS } from './util/norm-groups.js';

/** More authors than the norm prints before 等/et al., and 等 or et al. in the wrong language. */
const rule: Rule = {
  meta: {
    id: 'author-list',
    type: 'suggestion',
    description: {
      zh: '作者超过规范允许的人数未用“等”省略，或中英文“等/et al.”混用',
      en: 'More than three authors where the norm truncates; 等 in English or et al. in Chinese',
    },
    tags: ['names'],
    fixable: false,
    norms: CHINESE_NORMS,
    severity: { default: 'warning' },
    messages: {
      tooMany: {
        zh: '{{place}} 列出 {{count}} 位作者，本规范在 {{max}} 位之后以“等”省略',
        en: '{{place}} lists {{count}} authors; this norm stops after {{max}} with et al./等',
      },
      dengInEnglish: {
        zh: '{{place}} 是英文引文，应用 “et al.” 而非 “等”',
        en: '{{place}} is an English citation: use “et al.”, not “等”',
      },
      etAlInChinese: {
        zh: '{{place}} 是中文引文，应用 “等” 而非 “et al.”',
        en: '{{place}} is a Chinese citation: use “等”, not “et al.”',
      },
    },
  },
  create(ctx) {
    const max = ctx.norm?.maxAuthors ?? null;
    return {
      Citation(c) {
        if (c.kind === 'ibid' || c.failure) return;
        const report = (messageId: string, data: Record<string, unknown> = {}) => {
          reportCitation(ctx, c, messageId, data);
        };
        const count = c.item.author?.length ?? 0;
        // An entry given as data (a .bib record, JATS element-citation) lists every author: the style that
        // prints it cuts the list, so only a list the author wrote out can stop too late.
        const data = c.entryId !== null && ctx.analysis.entryById.get(c.entryId)?.item !== undefined;
        if (max !== null && count > max && !data) report('tooMany', { count, max });
        if (c.lang === 'en' && c.raw.includes('等')) report('dengInEnglish');
        if (c.lang === 'zh' && c.raw.includes('al') && /\bet\s+al\b/.test(c.raw.replace(/《[^》]*》/gu, '')))
          report('etAlInChinese');
      },
    };
  },
};

export default rule;
