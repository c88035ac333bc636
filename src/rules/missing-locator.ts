import { describeWork } from '../util/describe.js';
import type { Rule } from '../model/rule.js';
import { EVERY_NAMED_NORM } from './util/norm-groups.js';

const SEE = /^(?:参见|参看|详见|另见|又见|见|See|see|See also|see also|Cf\.|cf\.|Compare)$/;
const NEEDS_PAGE = new Set(['book', 'chapter', 'thesis', 'report']);
const CLOSING_QUOTE = /[”"」』’]\s*[。，,.]?\s*$/u;

/**
 * A book or chapter cited for a direct quotation without the page quoted. Only quotations count —
 * the marker right after a closing quote mark — since a paraphrase of a whole book needs no page;
 * 参见/See citations and journal articles are exempt where the norm says so.
 */
const rule: Rule = {
  meta: {
    id: 'missing-locator',
    type: 'problem',
    description: { zh: '直接引用的著作未注明页码', en: 'A quoted book or chapter cited without page' },
    tags: ['completeness'],
    fixable: false,
    norms: EVERY_NAMED_NORM,
    severity: { default: 'warning' },
    messages: {
      noPage: { zh: '{{place}} 引用 {{work}} 的原文，但未注明页码', en: '{{place}} quotes {{work}} but gives no page' },
    },
  },
  create(ctx) {
    const { analysis, norm } = ctx;
    const text = analysis.doc.text;
    return {
      Citation(c) {
        if (!c.noteId || c.locator || c.kind === 'ibid' || c.failure) return;
        if (!NEEDS_PAGE.has(c.item.type)) return;
        if (c.prefix && SEE.test(c.prefix) && (norm?.seeExemptFromLocator ?? true)) return;
        if (c.prefix === '转引自') return;
        const note = analysis.noteById.get(c.noteId)!;
        const quoted = note.markerIds.some((id) => {
          const m = analysis.markerById.get(id)!;
          return CLOSING_QUOTE.test(text.slice(Math.max(0, m.range.start - 4), m.range.start));
        });
        if (!quoted) return;
        ctx.report({
          messageId: 'noPage',
          noteIds: [c.noteId],
          range: c.range,
          data: { place: ctx.place(c.noteId), work: describeWork(c.item) },
        });
      },
    };
  },
};

export default rule;
