import { describeWork } from '../core/describe.js';
import { nameKey } from '../core/normalize.js';
import type { Citation } from '../model/citation.js';
import type { CslItem } from '../model/csl.js';
import type { Rule } from '../model/rule.js';
import { FormTally } from './util/forms.js';
import { partition, placeId } from './util/places.js';

type Field = 'issued' | 'publisher' | 'publisher-place' | 'translator' | 'title' | 'container-title';

/** The printed value of a field and the key it is compared by (case, width and spacing do not count). */
function value(item: CslItem, field: Field): { shown: string; key: string } | null {
  if (field === 'issued') {
    const y = item.issued?.['date-parts']?.[0]?.[0];
    return y === undefined ? null : { shown: String(y), key: String(y) };
  }
  if (field === 'translator') {
    const names = (item.translator ?? []).map((n) => n.literal ?? `${n.given ?? ''} ${n.family ?? ''}`.trim());
    return names.length ? { shown: names.join('、'), key: names.map(nameKey).join('|') } : null;
  }
  const v = item[field];
  if (typeof v !== 'string' || !v) return null;
  return { shown: v, key: field === 'title' ? v.normalize('NFKC').replace(/\s+/g, '') : nameKey(v) };
}

const FIELDS: Field[] = ['issued', 'publisher', 'publisher-place', 'translator', 'title', 'container-title'];
const FIELD_NAMES: Record<Field, { zh: string; en: string }> = {
  issued: { zh: '出版年', en: 'year' },
  publisher: { zh: '出版者', en: 'publisher' },
  'publisher-place': { zh: '出版地', en: 'place' },
  translator: { zh: '译者', en: 'translator' },
  title: { zh: '题名', en: 'title' },
  'container-title': { zh: '刊名', en: 'journal' },
};

/**
 * One work given with different year, publisher, place, translator or title in different notes. Only
 * full citations count (a short form omits by design), and a field missing on one side is not a conflict.
 */
const rule: Rule = {
  meta: {
    id: 'inconsistent-metadata',
    type: 'problem',
    description: { zh: '同一作品在不同注释中的出版年、出版者、出版地、译者或题名不一致', en: 'One work given with different year, publisher, place, translator or title' },
    tags: ['consistency'],
    fixable: false,
    severity: { default: 'warning' },
    messages: {
      differs: { zh: '{{work}} 的{{fieldZh}}前后不一致：{{values}}', en: '{{work}}: {{fieldEn}} differs between notes: {{values}}' },
    },
  },
  create(ctx) {
    const { analysis } = ctx;
    return {
      Work(work) {
        const full: Citation[] = [];
        for (const id of work.citationIds) {
          const c = analysis.citationById.get(id)!;
          if (c.kind === 'full') full.push(c);
        }
        if (full.length < 2) return;
        for (const field of FIELDS) {
          // Most works agree on every field: find a disagreement before building the forms.
          const values = full.map((c) => value(c.item, field));
          const first = values.find((v) => v !== null);
          if (!first || values.every((v) => v === null || v.key === first.key)) continue;
          const keys = new Map<string, string>();
          const tally = new FormTally();
          full.forEach((c, k) => {
            const v = values[k];
            if (!v) return;
            if (!keys.has(v.key)) keys.set(v.key, v.shown);
            tally.add(keys.get(v.key)!, placeId(c));
          });
          const forms = tally.forms(ctx);
          ctx.report({
            messageId: 'differs',
            ...partition(forms.flatMap((f) => f.noteIds)),
            forms,
            data: { work: describeWork(work.item), field, fieldZh: FIELD_NAMES[field].zh, fieldEn: FIELD_NAMES[field].en, values: forms.map((f) => f.text), workId: work.id },
          });
        }
      },
    };
  },
};

export default rule;
