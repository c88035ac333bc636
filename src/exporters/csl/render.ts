import { createHash } from 'node:crypto';
import { UsageError } from '../../util/errors.js';
import type { CslItem } from '../../model/csl.js';
import { renderLanguage } from './language.js';
import { prepareGbt } from './prepare-gbt.js';
import { prepareNote } from './prepare-note.js';
import { type LoadedStyle, styleError, zhLocale } from './styles.js';

/** One note of a manuscript as a citation cluster: the works it cites (by record id) in order. */
export interface NoteCluster {
  /** `①@p2`, `12`, `[^3]`: the note's short name (placeOf), as exports write it. */
  place: string;
  /** The note text as printed, for the editor to compare. */
  original: string;
  /** Works with a record, with the cited pages; a citation with no work (unparsed) keeps its text. */
  cites: Array<{ id: string; locator: string | null; prefix: string | null } | { raw: string }>;
}

/** The part of citeproc-js's engine that citeaudit drives. */
export interface CiteprocEngine {
  updateItems(ids: string[]): void;
  makeBibliography(): [{ entry_ids: string[][] }, string[]] | false;
  rebuildProcessorState(
    citations: CiteprocCitation[],
    format: string,
    uncited: string[],
  ): Array<[string, number, string]>;
}

export interface CiteprocCitation {
  citationID: string;
  citationItems: Array<{ id: string; locator?: string; label?: string; prefix?: string }>;
  properties: { noteIndex: number };
}

interface CslConfig {
  engine(data: CslItem[], style: string, lang: string | undefined, format: string): CiteprocEngine;
  locales: { add(name: string, xml: string): void; has(name: string): boolean };
  styles: { add(name: string, xml: string): void; has(name: string): boolean };
}

let config: CslConfig | null = null;

/** citation-js's CSL plugin, loaded on first use with the bundled zh-CN locale registered. */
async function csl(): Promise<CslConfig> {
  if (config) return config;
  const [{ plugins }] = await Promise.all([import('@citation-js/core'), import('@citation-js/plugin-csl')]);
  config = plugins.config.get('@csl') as unknown as CslConfig;
  if (!config.locales.has('zh-CN')) config.locales.add('zh-CN', zhLocale());
  return config;
}

/** The items as the style is given them: a rendering language each, and our styles' own preparation. */
export function prepareItems(items: CslItem[], style: LoadedStyle): CslItem[] {
  return items.map((it) => {
    const language = renderLanguage(it);
    const item = { ...it, language };
    if (style.bundled?.startsWith('gbt7714')) return prepareGbt(item, language);
    return style.bundled ? prepareNote(item, language) : item;
  });
}

/** An engine for the items; the style is registered under a hash of its text, so an edited file is re-read. */
export async function engineFor(items: CslItem[], style: LoadedStyle): Promise<CiteprocEngine> {
  const cfg = await csl();
  const key = `citeaudit-${createHash('sha1').update(style.xml).digest('hex').slice(0, 12)}`;
  if (!cfg.styles.has(key)) cfg.styles.add(key, style.xml);
  const lang = /default-locale="([^"]+)"/.exec(style.xml)?.[1];
  try {
    return cfg.engine(items, key, lang && cfg.locales.has(lang) ? lang : undefined, 'text');
  } catch (e) {
    throw styleError(style, e);
  }
}

/**
 * What citeproc cannot be told per language, done on its output for our styles: GB/T 7714 prints the
 * straight apostrophe (O'BRIEN) where citeproc makes every one ’; a Chinese note joins a page range with
 * — (第247—266页), while citeproc takes one range delimiter for all languages from the default locale;
 * English items of cass-note put a comma or full stop inside the closing quote (American usage), which
 * citeproc takes from the default zh-CN locale too.
 */
function finisher(style: LoadedStyle): (text: string, lang: string) => string {
  if (style.bundled?.startsWith('gbt7714'))
    return (t) => t.replace(/(?<=\p{Script=Latin})’(?=\p{Script=Latin})/gu, "'");
  if (!style.bundled) return (t) => t;
  const quotes = style.bundled === 'cass-note';
  return (t, lang) => {
    if (lang.startsWith('zh'))
      return t
        .replace(/第[^第页]*页/gu, (pages) => pages.replace(/(?<=\d)[-–](?=\d)/g, '—'))
        .replace(/(?<=\d)–(?=\d)/g, '-');
    return quotes && lang.startsWith('en') ? t.replace(/”([,.])/g, '$1”') : t;
  };
}

/** A formatted reference list, one string per item in the style's order. */
export async function bibliography(items: CslItem[], style: LoadedStyle): Promise<string[]> {
  const prepared = prepareItems(items, style);
  const engine = await engineFor(prepared, style);
  let result: ReturnType<CiteprocEngine['makeBibliography']>;
  try {
    engine.updateItems(prepared.map((it) => it.id));
    result = engine.makeBibliography();
  } catch (e) {
    throw styleError(style, e);
  }
  if (!result) throw new UsageError(`style '${style.name}' has no <bibliography>: use --to notes with it`);
  const finish = finisher(style);
  const langOf = new Map(prepared.map((it) => [it.id, String(it.language)]));
  return result[1].map((s, k) =>
    finish(s.replace(/\s+$/, ''), langOf.get(result[0].entry_ids[k]?.[0] ?? '') ?? 'en-US'),
  );
}

/**
 * The notes re-rendered in a note style, one string per cluster. citeproc tracks the positions: the first
 * citation of a work is full, later ones take the style's subsequent form, and one that repeats the only
 * work of the note before it takes its ibid form (同上/Ibid., with the page when it differs).
 */
export async function renderNotes(items: CslItem[], clusters: NoteCluster[], style: LoadedStyle): Promise<string[]> {
  const prepared = prepareItems(items, style);
  const engine = await engineFor(prepared, style);
  const citations: CiteprocCitation[] = [];
  const slots: number[] = [];
  const langOf = new Map(prepared.map((it) => [it.id, String(it.language)]));
  clusters.forEach((cl, k) => {
    const known = cl.cites.filter((c): c is { id: string; locator: string | null; prefix: string | null } => 'id' in c);
    if (!known.length) return;
    slots.push(k);
    citations.push({
      citationID: `note-${k + 1}`,
      citationItems: known.map((c) => {
        const zh = langOf.get(c.id)?.startsWith('zh');
        // Pages are kept normalised (`185-186, 186`); a Chinese note lists them with 、 as printed.
        const locator = c.locator ? (zh ? c.locator.replace(/,\s*/g, '、') : c.locator) : null;
        // 参见/See belongs to a note; inside a numeric citation ([参见3]) it would be noise.
        const prefix = c.prefix && style.class === 'note' ? (zh ? c.prefix : `${c.prefix} `) : null;
        return { id: c.id, ...(locator ? { locator, label: 'page' } : {}), ...(prefix ? { prefix } : {}) };
      }),
      properties: { noteIndex: k + 1 },
    });
  });
  const rendered = new Map<number, string>();
  if (citations.length) {
    try {
      engine.updateItems([...new Set(citations.flatMap((c) => c.citationItems.map((i) => i.id)))]);
      // Results are matched by citation id (`note-K` renders cluster K-1), not by their order.
      for (const [id, , text] of engine.rebuildProcessorState(citations, 'text', []))
        rendered.set(Number(id.slice(5)) - 1, text);
    } catch (e) {
      throw styleError(style, e);
    }
  }
  const finish = finisher(style);
  slots.forEach((k, i) => {
    const first = citations[i]!.citationItems[0]!.id;
    rendered.set(k, finish(rendered.get(k) ?? '', langOf.get(first) ?? 'en-US'));
  });
  // A citation citeaudit could not read is printed as it stands, after the rendered ones of its note.
  return clusters.map((cl, k) =>
    [rendered.get(k), ...cl.cites.flatMap((c) => ('raw' in c ? [c.raw] : []))].filter(Boolean).join('; '),
  );
}
