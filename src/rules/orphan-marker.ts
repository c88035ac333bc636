import type { Rule } from '../model/rule.js';

/** A marker that points nowhere: `<sup>③</sup>` with no ③ on its page, `[11]` with no entry 11, `[^x]` undefined. */
const rule: Rule = {
  meta: {
    id: 'orphan-marker',
    type: 'problem',
    description: {
      zh: '正文中的注释标记或引用编号找不到对应的注释或参考文献',
      en: 'An in-text marker with no note, or a numeric citation with no list entry',
    },
    tags: ['structure'],
    fixable: false,
    norms: 'all',
    severity: { default: 'error' },
    messages: {
      noNote: {
        zh: '注释标记 {{label}}（第 {{page}} 页）没有对应的注释',
        en: 'Marker {{label}} (page {{page}}) has no matching note',
      },
      noNoteUnpaged: { zh: '注释标记 {{label}} 没有对应的注释', en: 'Marker {{label}} has no matching note' },
      noEntry: {
        zh: '引用编号 {{label}} 中的 {{missing}} 在参考文献表中不存在',
        en: 'Citation {{label}}: no reference-list entry {{missing}}',
      },
      noBibEntry: {
        zh: '{{label}} 引用的 {{missing}} 不在文献库（.bib）中',
        en: '{{label}}: {{missing}} is not in the bibliography (.bib)',
      },
    },
  },
  create(ctx) {
    const entryNumbers = new Set(ctx.doc.entries.flatMap((e) => (e.number !== undefined ? [e.number] : [])));
    return {
      Marker(m) {
        if (m.numbers) {
          const missing = m.numbers.filter((n) => !entryNumbers.has(n));
          if (missing.length && m.keys) {
            const keys = missing.map((n) => m.keys![m.numbers!.indexOf(n)]);
            ctx.report({ messageId: 'noBibEntry', markerIds: [m.id], data: { label: m.label, missing: keys } });
          } else if (missing.length)
            ctx.report({ messageId: 'noEntry', markerIds: [m.id], data: { label: m.label, missing } });
          return;
        }
        if (m.targets.length) return;
        if (m.page !== null)
          ctx.report({ messageId: 'noNote', markerIds: [m.id], data: { label: m.label, page: m.page } });
        else ctx.report({ messageId: 'noNoteUnpaged', markerIds: [m.id], data: { label: m.label } });
      },
    };
  },
};

export default rule;
