import { issuedYear } from '../util/issued.js';
import { describeWork } from '../util/describe.js';
import { nameKey, titleKey } from '../util/normalize.js';
import type { Citation, Work } from '../model/citation.js';
import type { CslItem } from '../model/csl.js';
import type { Rule, RuleContext } from '../model/rule.js';
import { checkClassic, classicCollection, type ClassicFinding } from '../resolve/classics.js';
import { sameJournal } from '../resolve/journals.js';
import { titleAgreement } from '../resolve/match.js';
import { samePublisher, wrongPlace } from '../resolve/publishers.js';
import { partition } from './util/places.js';

type Field = 'issued' | 'publisher' | 'title' | 'container-title' | 'volume';

const LABEL: Record<Field, { zh: string; en: string }> = {
  issued: { zh: '出版年', en: 'year' },
  publisher: { zh: '出版者', en: 'publisher' },
  title: { zh: '题名', en: 'title' },
  'container-title': { zh: '刊名', en: 'journal' },
  volume: { zh: '卷', en: 'volume' },
};

function shown(item: CslItem, f: Field): string | null {
  if (f === 'issued') {
    const y = item.issued?.['date-parts']?.[0]?.[0];
    return y === undefined ? null : String(y);
  }
  const v = item[f];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
}

/**
 * Same value: years equal, titles equal after normalisation (width, case, punctuation, script), journals
 * equal or variants of one journal, publishers equal, one inside the other, or variants of one publisher.
 */
function same(f: Field, a: string, b: string): boolean {
  if (f === 'issued' || f === 'volume') return a === b;
  if (f === 'title') return titleKey(a) === titleKey(b);
  if (f === 'container-title') return titleKey(a) === titleKey(b) || sameJournal(a, b);
  const na = nameKey(a);
  const nb = nameKey(b);
  return na.includes(nb) || nb.includes(na) || samePublisher(a, b);
}

const CLASSIC_MESSAGE: Record<ClassicFinding['kind'], string> = {
  noVolume: 'noVolume',
  year: 'editionYear',
  publisher: 'classicPublisher',
  pageBeyond: 'pageBeyond',
};

/**
 * A citation that differs from its record. Records are the library given with `--bib` (year, publisher,
 * title spelling, journal, volume) and the bundled tables, which apply without a library: a volume a
 * collected works does not have, a year none of its editions carries, another publisher, a page beyond
 * a volume's end (where the table knows it), and a city that is not the publisher's.
 */
const rule: Rule = {
  meta: {
    id: 'metadata-mismatch',
    type: 'problem',
    description: {
      zh: '引文与文献记录不一致：出版年、出版者、出版地、题名拼写、刊名、不存在的卷、超出该卷的页码、属于另一作品的 DOI 或 ISBN',
      en: 'A citation that differs from its record: year, publisher, place, title spelling, journal, a volume that does not exist, a page beyond the volume, a DOI or ISBN of another work',
    },
    tags: ['resolve'],
    fixable: false,
    norms: 'all',
    severity: { default: 'warning' },
    messages: {
      differs: {
        zh: '{{work}} 的{{fieldZh}}与文献库不一致：引文为“{{cited}}”，记录为“{{record}}”',
        en: '{{work}}: {{fieldEn}} is “{{cited}}” but the library has “{{record}}”',
      },
      identifierTitle: {
        zh: '{{work}} 的{{via}} {{id}} 在文献库中属于《{{record}}》，与所引题名“{{cited}}”不符',
        en: '{{work}}: the {{via}} {{id}} belongs to “{{record}}” in the library, not to the title cited (“{{cited}}”)',
      },
      noVolume: {
        zh: '{{work}}：《{{collection}}》{{editionZh}}只有{{record}}卷，没有第{{cited}}卷',
        en: '{{work}}: 《{{collection}}》{{editionEn}} has {{record}} volumes, there is no volume {{cited}}',
      },
      editionYear: {
        zh: '{{work}} 的出版年“{{cited}}”与《{{collection}}》各版不符（应为{{record}}年）',
        en: '{{work}}: the year “{{cited}}” is not a year of 《{{collection}}》 (it was published in {{record}})',
      },
      classicPublisher: {
        zh: '{{work}} 的出版者为“{{cited}}”，《{{collection}}》由{{record}}出版',
        en: '{{work}}: the publisher is given as “{{cited}}”, but 《{{collection}}》 is published by {{record}}',
      },
      pageBeyond: {
        zh: '{{work}} 引用第{{cited}}页，但该卷只到第{{record}}页（{{place}}）',
        en: '{{work}}: page {{cited}} is cited but the volume ends at page {{record}} ({{place}})',
      },
      wrongPlace: {
        zh: '{{work}} 的出版地为“{{cited}}”，{{publisher}}的出版地是{{record}}',
        en: '{{work}}: the place is given as “{{cited}}”, but {{publisher}} publishes in {{record}}',
      },
    },
  },
  create(ctx) {
    const res = ctx.analysis.resolution;
    return {
      Work(work) {
        const item = work.item;
        const classic = classicCollection(item.title) ?? classicCollection(item['container-title']);
        const place = wrongPlace(text(item.publisher), text(item['publisher-place']), issuedYear(item));
        const m = res?.get(work.id);
        // Most works meet no table and no record: nothing to build for them.
        if (!classic && !place && !m) return;
        const citations = work.citationIds.map((id) => ctx.analysis.citationById.get(id)!);
        const ids = [...new Set(citations.filter((c) => c.kind === 'full').map((c) => c.noteId ?? c.entryId!))];
        if (!ids.length) return;
        checkTables(ctx, work, citations, ids, !!classic, place);
        if (!m) return;
        for (const f of ['issued', 'publisher', 'title', 'container-title', 'volume'] as Field[]) {
          const cited = shown(work.item, f);
          const record = shown(m.record, f);
          if (cited === null || record === null || same(f, cited, record)) continue;
          const data = {
            work: describeWork(work.item),
            field: f,
            fieldZh: LABEL[f].zh,
            fieldEn: LABEL[f].en,
            cited,
            record,
            workId: work.id,
            recordId: m.record.id,
          };
          // Found by identifier with another title: the DOI or ISBN is the likelier error, and says so.
          if (f === 'title' && m.via && titleAgreement(cited, record) === 0) {
            const id = m.via === 'DOI' ? String(work.item.DOI) : String(work.item.ISBN);
            ctx.report({ messageId: 'identifierTitle', ...partition(ids), data: { ...data, via: m.via, id } });
            continue;
          }
          ctx.report({ messageId: 'differs', ...partition(ids), data });
        }
      },
    };
  },
};

function text(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** The bundled tables: collected works and publishers' cities. */
function checkTables(
  ctx: RuleContext,
  work: Work,
  citations: Citation[],
  ids: string[],
  classic: boolean,
  valid: string[] | null,
): void {
  const item = work.item;
  const base = { work: describeWork(item), workId: work.id };
  if (classic) {
    for (const f of checkClassic(item, null)) {
      const edition = f.edition && f.collection.editions.length > 1 ? f.edition.label : '';
      // A volume the parser left in a note (`第十一卷`) is named in the message all the same.
      const work =
        f.kind === 'noVolume' && item.volume === undefined ? describeWork({ ...item, volume: f.cited }) : base.work;
      ctx.report({
        messageId: CLASSIC_MESSAGE[f.kind],
        ...partition(ids),
        data: {
          ...base,
          work,
          field: f.kind === 'noVolume' ? 'volume' : f.kind === 'year' ? 'issued' : 'publisher',
          collection: f.collection.title,
          cited: f.cited,
          record: f.record,
          editionZh: edition ? `（${edition}）` : '',
          editionEn: edition ? ` (${edition})` : '',
          recordId: `classics:${f.collection.id}`,
        },
      });
    }
    // Pages are cited per note, 同上 included; only volumes with a recorded last page can be checked.
    const collection = classicCollection(item.title) ?? classicCollection(item['container-title']);
    for (const c of collection?.editions.some((e) => e.lastPage) ? citations : []) {
      if (!c.locator) continue;
      for (const f of checkClassic(item, c.locator)) {
        if (f.kind !== 'pageBeyond') continue;
        const place = c.noteId ?? c.entryId!;
        ctx.report({
          messageId: 'pageBeyond',
          ...partition([place]),
          range: c.range,
          data: {
            ...base,
            field: 'page',
            collection: f.collection.title,
            cited: f.cited,
            record: f.record,
            place: ctx.place(place),
            recordId: `classics:${f.collection.id}`,
          },
        });
      }
    }
  }
  const publisher = text(item.publisher);
  const place = text(item['publisher-place']);
  if (valid) {
    ctx.report({
      messageId: 'wrongPlace',
      ...partition(ids),
      data: {
        ...base,
        field: 'publisher-place',
        cited: place,
        record: valid.join(item.language === 'zh-CN' ? '、' : ', '),
        publisher,
        recordId: `publishers:${publisher}`,
      },
    });
  }
}

export default rule;
