import type { Marker, Note } from '../model/document.js';
import type { Rule } from '../model/rule.js';
import { circledValue } from '../notes/labels.js';

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
    description: {
      zh: '注释或参考文献编号跳号、重号、顺序错误，或未按页重新编号',
      en: 'Numbering gaps, repeats, wrong order, or ① not restarting per page',
    },
    tags: ['structure'],
    fixable: false,
    norms: 'all',
    severity: { default: 'warning' },
    messages: {
      gap: {
        zh: '注释编号跳号：{{previous}} 之后是 {{label}}（第 {{page}} 页）',
        en: 'Note numbering skips from {{previous}} to {{label}} (page {{page}})',
      },
      repeat: { zh: '注释编号重复：{{label}}（第 {{page}} 页）', en: 'Note number {{label}} repeats (page {{page}})' },
      order: {
        zh: '注释编号顺序错误：{{previous}} 之后是 {{label}}（第 {{page}} 页）',
        en: 'Note {{label}} follows {{previous}} out of order (page {{page}})',
      },
      notRestarted: {
        zh: '第 {{page}} 页的注释应从 ① 重新编号，此处接续上页编为 {{label}}',
        en: 'Notes on page {{page}} should restart at ①; found {{label}}, continuing the previous page',
      },
      startsAt: {
        zh: '第 {{page}} 页的注释应从 ① 开始，此处为 {{label}}',
        en: 'Notes on page {{page}} should start at ①; found {{label}}',
      },
      entryGap: {
        zh: '参考文献编号跳号：{{previous}} 之后是 {{label}}',
        en: 'Reference list numbering skips from {{previous}} to {{label}}',
      },
      entryRepeat: { zh: '参考文献编号重复：{{label}}', en: 'Reference list number {{label}} repeats' },
      entryOrder: {
        zh: '参考文献编号顺序错误：{{previous}} 之后是 {{label}}',
        en: 'Reference list entry {{label}} follows {{previous}} out of order',
      },
      citationOrder: {
        zh: '顺序编码制应按首次引用顺序编号：[{{number}}] 先于 [{{expected}}] 被引用（共 {{count}} 条未按顺序首次引用）',
        en: 'Entries should be numbered in order of first citation: [{{number}}] is cited before [{{expected}}] ({{count}} entries first cited out of turn)',
      },
    },
  },
  create(ctx) {
    const { doc, norm } = ctx;
    const checkNotes = () => {
      let prev: { note: Note; value: number } | null = null;
      for (const note of doc.notes) {
        // Pandoc labels are names and word-processor notes are numbered by the program: only printed ①② count.
        if (note.style !== 'circled') continue;
        const v = circledValue(note.label);
        if (v === null) continue;
        const data = { label: note.label, page: note.page, previous: prev?.note.label ?? '—' };
        const newPage: boolean = !prev || prev.note.page !== note.page;
        if (!prev) {
          if (v !== 1) ctx.report({ messageId: 'startsAt', noteIds: [note.id], data });
        } else if (newPage && norm?.restartPerPage) {
          if (v !== 1)
            ctx.report({ messageId: prev.value + 1 === v ? 'notRestarted' : 'startsAt', noteIds: [note.id], data });
        } else if (newPage && v === 1) {
          // Numbering that restarts on a new page is not wrong where the norm does not ask for it.
        } else if (v === prev.value) ctx.report({ messageId: 'repeat', noteIds: [note.id], data });
        else if (v < prev.value) ctx.report({ messageId: 'order', noteIds: [note.id], data });
        else if (v > prev.value + 1) ctx.report({ messageId: 'gap', noteIds: [note.id], data });
        // A note that came too late (①②④③⑤) leaves the count where it was, so ⑤ is not a second fault.
        prev = { note, value: newPage || !prev ? v : Math.max(prev.value, v) };
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
    // Sequential numbering of a numeric list: the first citations must run [1], [2], [3]… One finding at
    // the first entry cited out of turn (renumbering the list is one fix), with how many are out of turn.
    const checkCitationOrder = () => {
      if (!norm?.citationOrder) return;
      const seen = new Set<number>();
      let next = 1;
      let first: { marker: Marker; number: number; expected: number } | null = null;
      let count = 0;
      for (const m of doc.markers) {
        // Keys (LaTeX \cite) are numbered by the reader, not by the author.
        if (!m.numbers || m.keys) continue;
        for (const n of m.numbers) {
          if (seen.has(n)) continue;
          seen.add(n);
          if (n > next) {
            count++;
            first ??= { marker: m, number: n, expected: next };
          }
          while (seen.has(next)) next++;
        }
      }
      if (!first) return;
      const entry = doc.entries.find((e) => e.number === first.number);
      ctx.report({
        messageId: 'citationOrder',
        markerIds: [first.marker.id],
        entryIds: entry ? [entry.id] : [],
        range: first.marker.range,
        data: { number: first.number, expected: first.expected, count },
      });
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
