import type { Note } from '../model/document.js';
import type { Rule } from '../model/rule.js';
import { circledValue, circledLabel } from '../notes/labels.js';

/**
 * Numbering: ①②… without gaps, repeats or disorder within a page, restarting at ① on each page
 * where the norm wants it; numbered reference lists 1…n; and, in numeric-list norms, entries first
 * cited in the order of their numbers. After one fault the expected number re-synchronises, so a
 * single slip gives one finding, not a cascade.
 */
const rule: Rule = {
  meta: {
    id: 'note-sequence',
    type: 'problem',
    description: { zh: '注释或参考文献编号跳号、重号、顺序错误，或未按页重新编号', en: 'Numbering gaps, repeats, wrong order, or ① not restarting per page' },
    tags: ['structure'],
    fixable: false,
    severity: { default: 'warning' },
    messages: {
      gap: { zh: '注释编号跳号：{{previous}} 之后是 {{label}}（第 {{page}} 页）', en: 'Note numbering skips from {{previous}} to {{label}} (page {{page}})' },
      repeat: { zh: '注释编号重复：{{label}}（第 {{page}} 页）', en: 'Note number {{label}} repeats (page {{page}})' },
      order: { zh: '注释编号顺序错误：{{previous}} 之后是 {{label}}（第 {{page}} 页）', en: 'Note {{label}} follows {{previous}} out of order (page {{page}})' },
      notRestarted: { zh: '第 {{page}} 页的注释应从 ① 重新编号，此处为 {{label}}', en: 'Notes on page {{page}} should restart at ①; found {{label}}' },
      entryGap: { zh: '参考文献编号跳号：{{previous}} 之后是 {{label}}', en: 'Reference list numbering skips from {{previous}} to {{label}}' },
      entryRepeat: { zh: '参考文献编号重复：{{label}}', en: 'Reference list number {{label}} repeats' },
      entryOrder: { zh: '参考文献编号顺序错误：{{previous}} 之后是 {{label}}', en: 'Reference list entry {{label}} follows {{previous}} out of order' },
      citationOrder: { zh: '顺序编码制应按首次引用顺序编号：[{{number}}] 先于 [{{expected}}] 被引用', en: 'Entries should be numbered in order of first citation: [{{number}}] is cited before [{{expected}}]' },
    },
  },
  create(ctx) {
    const { doc, norm } = ctx;
    const checkNotes = () => {
      let prev: Note | null = null;
      for (const note of doc.notes) {
        if (note.style !== 'circled') continue;
        const v = circledValue(note.label)!;
        const newPage = !prev || prev.page !== note.page;
        const data = { label: note.label, page: note.page, previous: prev?.label };
        if (newPage) {
          if (norm.restartPerPage && v !== 1 && prev) {
            ctx.report({ messageId: circledValue(prev.label)! + 1 === v ? 'notRestarted' : 'gap', noteIds: [note.id], data: { ...data, previous: circledLabel(1) } });
          } else if (norm.restartPerPage && v !== 1) {
            ctx.report({ messageId: 'gap', noteIds: [note.id], data: { ...data, previous: '—' } });
          }
        } else {
          const p = circledValue(prev!.label)!;
          if (v === p) ctx.report({ messageId: 'repeat', noteIds: [note.id], data });
          else if (v < p) ctx.report({ messageId: 'order', noteIds: [note.id], data });
          else if (v > p + 1) ctx.report({ messageId: 'gap', noteIds: [note.id], data });
        }
        prev = note;
      }
    };
    const checkEntries = () => {
      let prev: number | null = null;
      let prevLabel = '';
      for (const e of doc.entries) {
        // Only printed numbers are checked; entries a reader numbered itself (LaTeX keys) are not.
        if (e.number === undefined || !/^\[?\d+\]?[.．、]?$/.test(e.label)) continue;
        const data = { label: e.label, previous: prevLabel };
        if (prev === null) {
          if (e.number !== 1) ctx.report({ messageId: 'entryGap', entryIds: [e.id], data: { ...data, previous: '—' } });
        } else if (e.number === prev) ctx.report({ messageId: 'entryRepeat', entryIds: [e.id], data });
        else if (e.number < prev) ctx.report({ messageId: 'entryOrder', entryIds: [e.id], data });
        else if (e.number > prev + 1) ctx.report({ messageId: 'entryGap', entryIds: [e.id], data });
        prev = e.number;
        prevLabel = e.label;
      }
    };
    const checkCitationOrder = () => {
      if (norm.family !== 'list') return;
      const seen = new Set<number>();
      let next = 1;
      for (const m of doc.markers) {
        for (const n of m.numbers ?? []) {
          if (seen.has(n)) continue;
          seen.add(n);
          if (n > next) {
            ctx.report({ messageId: 'citationOrder', markerIds: [m.id], data: { number: n, expected: next } });
          }
          while (seen.has(next)) next++;
        }
      }
    };
    return {
      'Document:exit'() {
        checkNotes();
        checkEntries();
        checkCitationOrder();
      },
    };
  },
};

export default rule;
