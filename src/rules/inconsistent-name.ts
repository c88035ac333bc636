import type { Rule } from '../model/rule.js';
import { FormTally } from './util/forms.js';
import { blockOf, nameForm, romanBlockOf, variantOf, westernBlockOf, type NameForm } from './util/name-variants.js';
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
    severity: { default: 'warning' },
    messages: {
      variants: { zh: '人名拼写不一致：{{spellings}}', en: 'One name spelled differently: {{spellings}}' },
      // Reported by the checks across the articles of an issue (src/issue).
      acrossArticles: { zh: '人名在各篇文章中拼写不一致：{{details}}', en: 'One name spelled differently across articles: {{details}}' },
    },
  },
  create(ctx) {
    const forms: NameForm[] = [];
    const parent: number[] = [];
    /** Places (note or entry ids) of each spelling node. */
    const placesOf: string[][] = [];
    const nodeOf = new Map<string, number>();
    const blocks = new Map<string, number[]>();
    /** The first spelling seen at one position of one work's name lists: `w3|author|0`. */
    const anchors = new Map<string, number>();

    const find = (k: number): number => {
      while (parent[k] !== k) {
        parent[k] = parent[parent[k]!]!;
        k = parent[k]!;
      }
      return k;
    };
    const union = (a: number, b: number) => {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    };

    const node = (f: NameForm): number => {
      const id = `${f.key}|${f.initial}`;
      let k = nodeOf.get(id);
      if (k !== undefined) return k;
      k = forms.length;
      forms.push(f);
      parent.push(k);
      placesOf.push([]);
      nodeOf.set(id, k);
      // Names too short to have a variant (王宁, Smith) are compared by equality alone, which the node map does,
      // unless the transliteration table knows them (福柯 / 傅柯).
      const keys = [f.key.length >= (f.cjk ? 4 : 6) ? blockOf(f) : null, westernBlockOf(f), romanBlockOf(f)];
      for (const block of keys) {
        if (block === null) continue;
        let list = blocks.get(block);
        if (!list) blocks.set(block, (list = []));
        for (const other of list) if (variantOf(forms[other]!, f, 'manuscript')) union(other, k);
        list.push(k);
      }
      return k;
    };

    return {
      Citation(c) {
        if (c.kind === 'ibid') return;
        const place = placeId(c);
        for (const role of ROLES) {
          (c.item[role] ?? []).forEach((name, index) => {
            const f = nameForm(name);
            if (!f) return;
            const k = node(f);
            if (!placesOf[k]!.includes(place)) placesOf[k]!.push(place);
            if (!c.workId) return;
            const slot = `${c.workId}|${role}|${index}`;
            const anchor = anchors.get(slot);
            if (anchor === undefined) anchors.set(slot, k);
            else if (anchor !== k && variantOf(forms[anchor]!, forms[k]!, 'work')) union(anchor, k);
          });
        }
      },
      'Document:exit'() {
        const groups = new Map<number, number[]>();
        forms.forEach((_, k) => {
          const root = find(k);
          let list = groups.get(root);
          if (!list) groups.set(root, (list = []));
          list.push(k);
        });
        for (const members of groups.values()) {
          if (new Set(members.map((k) => forms[k]!.key)).size < 2) continue;
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
