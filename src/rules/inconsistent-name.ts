import { nameKey } from '../core/normalize.js';
import type { CslName } from '../model/csl.js';
import type { Rule } from '../model/rule.js';
import { samePerson } from '../notes/works.js';
import { FormTally } from './util/forms.js';
import { partition, placeId } from './util/places.js';

interface Person {
  key: string;
  initial: string;
  tally: FormTally;
  spellings: Set<string>;
}

function printed(n: CslName): string {
  return n.family ?? n.literal ?? n.given ?? '';
}

/**
 * One person spelled two ways across the manuscript (Dyer-Witheford / Dyer-Witheyford, 哈贝马斯 /
 * 哈伯马斯). Names are blocked by their first characters so comparison stays linear; two Western names
 * are one person only when their given initials agree, and short Chinese names must match exactly
 * (`samePerson`), since 王宁 and 王平 are different people.
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
    },
  },
  create(ctx) {
    const blocks = new Map<string, Person[]>();
    const people: Person[] = [];
    const byKey = new Map<string, Person>();
    const add = (name: CslName, place: string) => {
      const text = printed(name);
      const key = nameKey(text);
      if (key.length < 2) return;
      const initial = (name.given ?? '').trim().charAt(0).toLowerCase();
      // A spelling seen before is the same person: the block scan (edit distances) runs once per spelling.
      let person = byKey.get(`${key}|${initial}`);
      if (!person) {
        const block = key.slice(0, /[\u3400-\u9fff]/u.test(key) ? 1 : 3);
        let list = blocks.get(block);
        if (!list) blocks.set(block, (list = []));
        person = list.find((p) => samePerson(p.key, key) && (!p.initial || !initial || p.initial === initial));
        if (!person) {
          person = { key, initial, tally: new FormTally(), spellings: new Set() };
          list.push(person);
          people.push(person);
        }
        byKey.set(`${key}|${initial}`, person);
      }
      if (!person.initial) person.initial = initial;
      person.tally.add(text, place);
      person.spellings.add(text);
    };
    return {
      Citation(c) {
        if (c.kind === 'ibid') return;
        const place = placeId(c);
        for (const role of ['author', 'editor', 'translator'] as const) for (const n of c.item[role] ?? []) add(n, place);
      },
      'Document:exit'() {
        for (const p of people) {
          // Spellings that differ only in case, width or diacritics are typography, not another spelling.
          if (p.tally.size < 2) continue;
          const forms = p.tally.forms(ctx);
          ctx.report({
            messageId: 'variants',
            ...partition(forms.flatMap((f) => f.noteIds)),
            forms,
            data: { spellings: forms.map((f) => f.text) },
          });
        }
      },
    };
  },
};

export default rule;
