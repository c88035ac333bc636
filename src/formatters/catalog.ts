import { CATALOG } from '../i18n/catalog.js';
import { render, type UiLang } from '../i18n/index.js';
import type { CatalogHit, CatalogStats } from '../model/catalog.js';
import type { CslItem, CslName } from '../model/csl.js';

function person(n: CslName): string {
  if (n.literal) return n.literal;
  if (n.family && /[\u3400-\u9fff]/u.test(n.family)) return `${n.family}${n.given ?? ''}`;
  return [n.family, n.given].filter(Boolean).join(', ');
}

/** One line for a record, in its own language's order: authors, title, journal or publisher, year. */
export function recordLine(item: CslItem): string {
  const zh = /[\u3400-\u9fff]/u.test(item.title ?? '');
  const who = (item.author ?? item.editor ?? []).map(person).join(zh ? '、' : '; ');
  const year = item.issued?.['date-parts']?.[0]?.[0];
  const where = [
    item['container-title'],
    item.volume && (zh ? `第${item.volume}卷` : `vol. ${item.volume}`),
    item.publisher,
  ]
    .filter(Boolean)
    .join(zh ? '，' : ', ');
  if (zh) return `${who ? `${who}：` : ''}《${item.title}》${where ? `，${where}` : ''}${year ? `，${year}年` : ''}`;
  return `${who ? `${who.replace(/\.$/, '')}. ` : ''}${item.title}${where ? `. ${where}` : ''}${year ? `, ${year}` : ''}.`;
}

export function formatHits(hits: CatalogHit[], query: string, lang: UiLang): string {
  if (!hits.length) return `${render(CATALOG.noHits, lang, { query })}\n`;
  const width = String(hits.length).length;
  return hits
    .map(
      (h, i) =>
        `${String(i + 1).padStart(width)}. ${recordLine(h.item)}\n${' '.repeat(width + 2)}[${h.key}] ${h.source}  (${h.score})\n`,
    )
    .join('');
}

function size(bytes: number): string {
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function list(counts: Record<string, number>, lang: UiLang): string {
  return Object.entries(counts)
    .map(([k, n]) => `${k || '—'} ${n}`)
    .join(lang === 'zh' ? '，' : ', ');
}

export function formatStats(s: CatalogStats, lang: UiLang): string {
  const lines = [
    render(CATALOG.statsPath, lang, { path: s.path, size: size(s.bytes), version: s.schemaVersion }),
    render(CATALOG.statsRecords, lang, {
      records: s.records,
      doi: s.withDoi,
      isbn: s.withIsbn,
      min: s.years.min ?? '?',
      max: s.years.max ?? '?',
    }),
    render(CATALOG.statsTypes, lang, { list: list(s.types, lang) }),
    render(CATALOG.statsLanguages, lang, { list: list(s.languages, lang) }),
    render(CATALOG.statsSources, lang),
    ...s.sources.map((x) => `  ${x.records}\t${x.source}`),
  ];
  return `${lines.join('\n')}\n`;
}
