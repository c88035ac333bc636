import type { Rule } from '../model/rule.js';
import { FormTally } from './util/forms.js';
import { nameForm, NameGroups } from './util/name-variants.js';
import { partition, placeId } from './util/places.js';

const ROLES = ['author', 'editor', 'translator'] as const;

/**
 * One person spelled two ways across the manuscript (Dyer-Witheford / Dyer-Witheyford, 哈贝马斯 /
 * 哈伯马斯). Two sources of evidence: within one work, the names at the same place of the author,
 * editor or translator list of its citations; across works, spellings that are near-equal, compared
 * only inside a block of names sharing their first characters so that the scan stays linear. Each
 * distinct spelling (with its given initial) is compared once. Different initials are different people,
 * and Chinese names of two or three characters must match exactly (王宁 and 王平 are two people).
 * Spellings that differ only in case, width or diacritics are one form.
 */
const rule: Rule = {
  meta: {
    id: 'inconsistent-name',
    type: 'problem',
    description: { zh: '同一人名在不同注释中拼写不一致', en: 'One person spelled two ways' },
    tags: ['consistency'],
    fixable: false,
    norms: 'all',
    severity: { default: 'warning' },
    messages: {
      variants: { zh: '人名拼写不一致：{{spellings}}', en: 'One name spelled differently: {{spellings}}' },
      // Reported by the checks across the articles of an issue (src/issue).
      acrossArticles: {
        zh: '人名在各篇文章中拼写不一致：{{details}}',
        en: 'One name spelled differently across articles: {{details}}',
      },
    },
  },
  create(ctx) {
    const names = new NameGroups();
    /** Places (note or entry ids) of each spelling node. */
    const placesOf: string[][] = [];

    return {
      Citation(c) {
        if (c.kind === 'ibid') return;
        const place = placeId(c);
        for (const role of ROLES) {
          (c.item[role] ?? []).forEach((name, index) => {
            const f = nameForm(name);
            if (!f) return;
            const k = names.node(f);
            const places = (placesOf[k] ??= []);
            if (!places.includes(place)) places.push(place);
            if (c.workId) names.atSlot(`${c.workId}|${role}|${index}`, k);
          });
        }
      },
      'Document:exit'() {
        const forms = names.forms;
        for (const members of names.groups()) {
          // Places in document order, so that each form is shown as first printed.
          const occurrences = members.flatMap((k) => placesOf[k]!.map((p) => ({ k, p })));
          occurrences.sort((x, y) => order(x.p) - order(y.p) || x.k - y.k);
          const tally = new FormTally();
          for (const { k, p } of occurrences) tally.add(forms[k]!.key, p, forms[k]!.text);
          const shown = tally.forms(ctx);
          ctx.report({
            messageId: 'variants',
            ...partition(shown.flatMap((f) => f.noteIds)),
            forms: shown,
            data: { spellings: shown.map((f) => f.text) },
          });
        }
      },
    };

    /** Document order of a note or entry. */
    function order(id: string): number {
      return (ctx.analysis.noteById.get(id) ?? ctx.analysis.entryById.get(id))?.range.start ?? 0;
    }
  },
};

export default rule;
