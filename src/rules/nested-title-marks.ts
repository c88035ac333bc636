import type { Rule } from '../model/rule.js';
import { rangeIn, reportCitation } from './util/places.js';

/** `《…《…》…》`: a title inside a title takes single marks 〈〉. Fixable. */
const rule: Rule = {
  meta: {
    id: 'nested-title-marks',
    type: 'layout',
    description: { zh: '书名号内嵌套书名号时应使用单书名号〈〉', en: '《》 inside 《》 where 〈〉 belongs' },
    tags: ['typography'],
    fixable: true,
    norms: 'all',
    severity: { default: 'warning' },
    messages: {
      nested: {
        zh: '{{place}} 的书名号内嵌套了书名号：{{inner}} 应改为 〈{{title}}〉',
        en: '{{place}}: 《》 nested inside 《》; write {{inner}} as 〈{{title}}〉',
      },
    },
  },
  create(ctx) {
    return {
      Citation(c) {
        const s = c.raw;
        let depth = 0;
        for (let i = 0; i < s.length; i++) {
          if (s[i] === '《') {
            if (depth >= 1) {
              const close = s.indexOf('》', i);
              if (close === -1) return;
              const title = s.slice(i + 1, close);
              const range = rangeIn(c, i, close + 1);
              reportCitation(
                ctx,
                c,
                'nested',
                { inner: `《${title}》`, title },
                { range, fix: { range, text: `〈${title}〉` } },
              );
              i = close;
              continue;
            }
            depth++;
          } else if (s[i] === '》' && depth > 0) depth--;
        }
      },
    };
  },
};

export default rule;
