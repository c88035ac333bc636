import { readFileSync } from 'node:fs';
import type { Citation } from '../model/citation.js';
import type { CslItem } from '../model/csl.js';
import type { Norm } from '../model/norm.js';
import type { Rule } from '../model/rule.js';
import { isShortForm } from '../notes/works.js';
import { reportCitation } from './util/places.js';
import { printedButUnread } from './util/unread.js';
import { anyOf } from '../util/regexp.js';
import { EVERY_NAMED_NORM } from './util/norm-groups.js';

type Need =
  | 'issued'
  | 'publisher'
  | 'publisher-place'
  | 'container-title'
  | 'issue'
  | 'volume-or-issue'
  | 'page'
  | 'issued-or-accessed'
  | 'URL'
  | 'translator';

const LABELS: Record<Need, { zh: string; en: string }> = {
  issued: { zh: '出版年', en: 'year' },
  publisher: { zh: '出版者', en: 'publisher' },
  'publisher-place': { zh: '出版地', en: 'place of publication' },
  'container-title': { zh: '刊名', en: 'journal' },
  issue: { zh: '期号', en: 'issue' },
  'volume-or-issue': { zh: '卷号或期号', en: 'volume or issue' },
  page: { zh: '起止页码', en: 'page range' },
  'issued-or-accessed': { zh: '发布日期或访问日期', en: 'date or access date' },
  URL: { zh: '网址', en: 'URL' },
  translator: { zh: '译者', en: 'translator' },
};

interface Servers {
  servers: string[];
}

let preprint: RegExp | null = null;

/** A container named after a preprint server or working-paper series (data/preprint-servers.json). */
function isPreprintServer(container: string): boolean {
  if (!preprint) {
    const { servers } = JSON.parse(
      readFileSync(new URL('../../data/preprint-servers.json', import.meta.url), 'utf8'),
    ) as Servers;
    preprint = new RegExp(`(?:^|[^\\p{L}])(?:${anyOf(servers)})(?![\\p{L}])`, 'iu');
  }
  return preprint.test(container);
}

const has = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

/** What the norm requires of an item of this type and language, in the order an editor reads it. */
function required(item: CslItem, c: Citation, norm: Norm): Need[] {
  const zh = c.lang === 'zh';
  const translated = zh && (item.author ?? []).some((n) => n['x-nationality']);
  switch (item.type) {
    case 'book':
      return [
        ...(translated ? (['translator'] as Need[]) : []),
        ...(norm.requiresPlace ? (['publisher-place'] as Need[]) : []),
        'publisher',
        'issued',
      ];
    case 'chapter':
      return [
        'container-title',
        ...(norm.requiresPlace ? (['publisher-place'] as Need[]) : []),
        ...(norm.chapterPublisher ? (['publisher'] as Need[]) : []),
        'issued',
      ];
    case 'article-journal':
      // Without a journal the rest cannot be checked: the journal and year are what to ask for first.
      if (!has(item['container-title'])) return ['container-title', 'issued'];
      // A preprint (`arXiv preprint arXiv:1511.06434`) has no volume, issue or pages to give.
      if (isPreprintServer(String(item['container-title']))) return ['issued'];
      return zh ? ['container-title', 'issued', 'issue'] : ['container-title', 'volume-or-issue', 'issued', 'page'];
    case 'article-newspaper':
      return ['container-title', 'issued'];
    case 'thesis':
      return ['publisher', 'issued'];
    case 'webpage':
      return ['URL', 'issued-or-accessed'];
    default:
      return [];
  }
}

function present(item: CslItem, need: Need): boolean {
  if (need === 'volume-or-issue') return has(item.volume) || has(item.issue);
  if (need === 'issued-or-accessed') return has(item.issued) || has(item.accessed);
  return has(item[need]);
}

/**
 * Elements the norm requires for the type: year, publisher, place, journal, issue, the page range of
 * an English article, the date of a web page, the translator of a translated book. Short forms and
 * 同上 omit by design and are not checked; one finding per citation lists everything missing.
 */
const rule: Rule = {
  meta: {
    id: 'missing-field',
    type: 'problem',
    description: {
      zh: '引文缺少规范要求的著录项目（出版年、出版者、刊名、期号、页码、访问日期、译者等）',
      en: 'A required element is missing: year, publisher, place, journal, issue, pages, access date, translator',
    },
    tags: ['completeness'],
    fixable: false,
    norms: EVERY_NAMED_NORM,
    severity: { default: 'warning' },
    messages: {
      missing: { zh: '{{place}} 缺少{{fieldsZh}}', en: '{{place}} lacks {{fieldsEn}}' },
    },
  },
  create(ctx) {
    // What is required comes from a norm: with none recognised there is nothing to require.
    const norm = ctx.norm;
    if (!norm) return {};
    return {
      Citation(c) {
        // Without a title there is no reference to complete (a stray imprint or year).
        if (c.kind !== 'full' || c.failure || !c.item.title) return;
        // A short form is complete as it is where the norm allows one at the first citation.
        if (norm.shortFirstCitation && isShortForm(c)) return;
        // What a type requires cannot be asked of a type the parser had to guess.
        if (c.confidence.type === 'guessed') return;
        const missing = required(c.item, c, norm).filter((n) => !present(c.item, n));
        // Unsure means silent: one missing field the citation may well print makes the whole finding unsure.
        if (missing.length === 0 || missing.some((n) => printedButUnread(c, n))) return;
        reportCitation(ctx, c, 'missing', {
          fields: missing,
          fieldsZh: missing.map((m) => LABELS[m].zh).join('、'),
          fieldsEn: missing.map((m) => LABELS[m].en).join(', '),
        });
      },
    };
  },
};

export default rule;
