import { describeWork } from '../util/describe.js';
import { nameKey } from '../util/normalize.js';
import type { Citation } from '../model/citation.js';
import type { Rule } from '../model/rule.js';
import { FormTally } from './util/forms.js';
import { conflict, FIELD_NAMES, FIELDS, IMPRINT, value } from './util/metadata-values.js';
import { partition, placeId } from './util/places.js';

/**
 * One work given with different year, publisher, place, translator or title in different notes (or in a
 * note and the reference list). Only full citations count (a short form omits by design); a field
 * missing on one side, or only guessed by the parser, is not a conflict; case, width, spacing and quote
 * marks do not count; a translator list cut short with 等 agrees with the whole list; and when the
 * citations name different editions (or one names a translator and another none: the translation and
 * the original), the imprint is expected to differ.
 */
const rule: Rule = {
  meta: {
    id: 'inconsistent-metadata',
    type: 'problem',
    description: {
      zh: '同一作品在不同注释中的出版年、出版者、出版地、译者或题名不一致',
      en: 'One work given with different year, publisher, place, translator or title',
    },
    tags: ['consistency'],
    fixable: false,
    norms: 'all',
    severity: { default: 'warning' },
    messages: {
      differs: {
        zh: '{{work}} 的{{fieldZh}}前后不一致：{{values}}',
        en: '{{work}}: {{fieldEn}} differs between citations: {{values}}',
      },
      // Reported by the checks across the articles of an issue (src/issue), not by this rule's visitors.
      acrossArticles: {
        zh: '{{work}} 的{{fieldZh}}在各篇文章中不一致：{{details}}',
        en: '{{work}}: {{fieldEn}} differs between articles: {{details}}',
      },
      editions: {
        zh: '{{work}} 在各篇文章中引用了不同版本：{{details}}',
        en: '{{work}} is cited in different editions across articles: {{details}}',
      },
    },
  },
  create(ctx) {
    const { analysis } = ctx;
    return {
      Work(work) {
        const full: Citation[] = [];
        for (const id of work.citationIds) {
          const c = analysis.citationById.get(id)!;
          if (c.kind === 'full' && !c.failure) full.push(c);
        }
        if (full.length < 2) return;
        const editions = new Set(
          full
            .map((c) => c.item.edition)
            .filter((e): e is string => typeof e === 'string' && e !== '')
            .map((e) => nameKey(e)),
        );
        // A citation with a translator next to one without may be the translation and the original.
        const translated = new Set(full.map((c) => (c.item.translator?.length ?? 0) > 0));
        const editionsDiffer = editions.size > 1 || translated.size > 1;
        for (const field of FIELDS) {
          if (IMPRINT.has(field) && editionsDiffer) continue;
          const values = full.map((c) => value(c, field));
          if (!conflict(values)) continue;
          const tally = new FormTally();
          full.forEach((c, k) => {
            const v = values[k];
            if (v) tally.add(v.key, placeId(c), v.shown);
          });
          const forms = tally.forms(ctx);
          ctx.report({
            messageId: 'differs',
            ...partition(forms.flatMap((f) => f.noteIds)),
            forms,
            data: {
              work: describeWork(work.item),
              field,
              fieldZh: FIELD_NAMES[field].zh,
              fieldEn: FIELD_NAMES[field].en,
              values: forms.map((f) => f.text),
              workId: work.id,
            },
          });
        }
      },
    };
  },
};

export default rule;
