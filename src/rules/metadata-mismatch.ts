import { describeWork } from '../core/describe.js';
import { nameKey, titleKey } from '../core/normalize.js';
import type { CslItem } from '../model/csl.js';
import type { Rule } from '../model/rule.js';
import { partition } from './util/places.js';

type Field = 'issued' | 'publisher' | 'title' | 'container-title' | 'volume';

const LABEL: Record<Field, { zh: string; en: string }> = {
  issued: { zh: '出版年', en: 'year' }, publisher: { zh: '出版者', en: 'publisher' }, title: { zh: '题名', en: 'title' },
  'container-title': { zh: '刊名', en: 'journal' }, volume: { zh: '卷', en: 'volume' },
};

function shown(item: CslItem, f: Field): string | null {
  if (f === 'issued') {
    const y = item.issued?.['date-parts']?.[0]?.[0];
    return y === undefined ? null : String(y);
  }
  const v = item[f];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
}

/** Same value: years equal, names and titles equal after normalisation (width, case, punctuation, script). */
function same(f: Field, a: string, b: string): boolean {
  if (f === 'issued' || f === 'volume') return a === b;
  if (f === 'title' || f === 'container-title') return titleKey(a) === titleKey(b);
  return nameKey(a) === nameKey(b) || nameKey(a).includes(nameKey(b)) || nameKey(b).includes(nameKey(a));
}

/** A citation that differs from its library record: year, publisher, title spelling, journal, volume. */
const rule: Rule = {
  meta: {
    id: 'metadata-mismatch',
    type: 'problem',
    description: { zh: '引文与文献库记录不一致：出版年、出版者、题名拼写、刊名、卷', en: 'A citation that differs from its record: year, publisher, title spelling, journal, volume' },
    tags: ['resolve'],
    fixable: false,
    severity: { default: 'warning' },
    messages: {
      differs: { zh: '{{work}} 的{{fieldZh}}与文献库不一致：引文为“{{cited}}”，记录为“{{record}}”', en: '{{work}}: {{fieldEn}} is “{{cited}}” but the library has “{{record}}”' },
    },
  },
  create(ctx) {
    const res = ctx.analysis.resolution;
    if (!res) return {};
    return {
      Work(work) {
        const m = res.get(work.id);
        if (!m) return;
        const ids = [...new Set(work.citationIds.map((id) => ctx.analysis.citationById.get(id)!).filter((c) => c.kind === 'full').map((c) => c.noteId ?? c.entryId!))];
        for (const f of ['issued', 'publisher', 'title', 'container-title', 'volume'] as Field[]) {
          const cited = shown(work.item, f);
          const record = shown(m.record, f);
          if (cited === null || record === null || same(f, cited, record)) continue;
          ctx.report({
            messageId: 'differs', ...partition(ids),
            data: { work: describeWork(work.item), field: f, fieldZh: LABEL[f].zh, fieldEn: LABEL[f].en, cited, record, workId: work.id, recordId: m.record.id },
          });
        }
      },
    };
  },
};

export default rule;
