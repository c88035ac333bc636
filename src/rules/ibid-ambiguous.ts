import type { Rule } from '../model/rule.js';

/**
 * 同上/Ibid. that cannot be resolved to one antecedent (the first note; after a note with several
 * citations; 同前注N naming no note), or 同上/Ibid. that reaches back across a page break where the norm
 * wants a full citation after it. An ibid whose antecedent is itself an ibid is judged only at the
 * first link, so one fault gives one finding.
 */
const rule: Rule = {
  meta: {
    id: 'ibid-ambiguous',
    type: 'problem',
    description: { zh: '“同上”“Ibid.”无法确定唯一的前引文献', en: 'Ibid./同上 with no single antecedent' },
    tags: ['works'],
    fixable: false,
    norms: 'all',
    severity: { default: 'error' },
    messages: {
      first: {
        zh: '{{place}} 的“{{form}}”位于第一条注释，没有可指代的前文',
        en: '“{{form}}” in {{place}} is in the first note and refers to nothing',
      },
      several: {
        zh: '{{place}} 的“{{form}}”无法确定指代：前一条注释（{{previous}}）含有 {{count}} 处引文',
        en: '“{{form}}” in {{place}} is ambiguous: the note before it, {{previous}}, cites {{count}} works',
      },
      unresolved: {
        zh: '{{place}} 的“{{form}}”找不到唯一对应的前引文献',
        en: '“{{form}}” in {{place}} does not lead to a single earlier citation',
      },
      acrossPage: {
        zh: '{{place}} 的“{{form}}”指向另一页的{{previous}}，本规范要求跨页时重新完整引用',
        en: '“{{form}}” in {{place}} refers to {{previous}}, on another page; this norm wants a full citation after a page break',
      },
    },
  },
  create(ctx) {
    const { analysis } = ctx;
    const notes = analysis.doc.notes;
    const index = new Map(notes.map((n, k) => [n.id, k]));
    return {
      Citation(c) {
        if (c.kind !== 'ibid' || !c.noteId) return;
        const data = { place: ctx.place(c.noteId), form: c.ibidForm ?? '' };
        if (!c.antecedentId) {
          if (c.ibidNoteRef) {
            ctx.report({ messageId: 'unresolved', noteIds: [c.noteId], range: c.range, data });
            return;
          }
          const k = index.get(c.noteId)!;
          const prev = notes[k - 1];
          if (!prev || c.indexInNote > 0) {
            ctx.report({
              messageId: k === 0 ? 'first' : 'unresolved',
              noteIds: [c.noteId],
              range: c.range,
              data,
            });
            return;
          }
          const count = analysis.citationsByNote.get(prev.id)?.length ?? 0;
          ctx.report({
            messageId: count > 1 ? 'several' : 'unresolved',
            noteIds: [prev.id, c.noteId],
            range: c.range,
            data: { ...data, previous: ctx.place(prev.id), count },
          });
          return;
        }
        const ante = analysis.citationById.get(c.antecedentId)!;
        const a = ante.noteId ? analysis.noteById.get(ante.noteId) : undefined;
        const b = analysis.noteById.get(c.noteId)!;
        // 同前注12 names its note and exists to reach back across pages; only 同上/Ibid. are bound to the page.
        if (ctx.norm?.ibidAcrossPages === false && !c.ibidNoteRef && a && a.page !== null && a.page !== b.page) {
          ctx.report({
            messageId: 'acrossPage',
            noteIds: [a.id, b.id],
            range: c.range,
            data: { ...data, previous: ctx.place(a.id) },
          });
        }
      },
    };
  },
};

export default rule;
