import type { UiLang } from '../i18n/index.js';
import type { Citation, Work } from '../model/citation.js';
import type { CslItem } from '../model/csl.js';
import type { Diagnostic, SeveritySetting } from '../model/diagnostic.js';
import type { Document } from '../model/document.js';
import type { Norm, NormId } from '../model/norm.js';
import type { Analysis } from '../model/rule.js';
import { linkIbid } from '../notes/antecedents.js';
import { buildCitations } from '../notes/citations.js';
import { clusterWorks } from '../notes/works.js';
import { parseReference } from '../parse/index.js';
import { hasCjk, loadChineseConverter } from '../util/normalize.js';
import { once } from '../util/once.js';
import { NORMS } from './norms.js';
import { detectNormId } from './detect-norm.js';
import { applyInlineConfig, inlineConfigOf, inlineNotices } from './inline-config.js';
import { runRules } from './run-rules.js';
import { loadRules, RULE_IDS } from '../rules/index.js';

export interface AnalyzeOptions {
  /** `auto` detects it; null checks under no norm (a file rechecked after fixing, where none was recognised). */
  norm?: NormId | 'auto' | null;
  /** Bibliographic data to resolve works against (`--bib`). */
  matcher?: { match(item: CslItem): { record: CslItem; score: number; via?: 'DOI' | 'ISBN' } | null };
}

function group<K>(citations: Citation[], key: (c: Citation) => K | null): Map<K, Citation[]> {
  const map = new Map<K, Citation[]>();
  for (const c of citations) {
    const k = key(c);
    if (k === null) continue;
    let list = map.get(k);
    if (!list) map.set(k, (list = []));
    list.push(c);
  }
  return map;
}

// Imported by the first manuscript that needs it, and held.
const translationsModule = once(() => import('../resolve/translations.js'));

/** Document → citations → works, with the norm chosen or detected: everything rules look at. */
export async function analyze(doc: Document, options: AnalyzeOptions = {}): Promise<Analysis> {
  if (hasCjk(doc.text)) await loadChineseConverter();
  // The rules alone: a learned reading keeps only the fields it is sure of, and rules such as missing-field
  // would read the rest as missing (26 new unjudged findings on ../shared/realworld). How the rules use
  // learned readings belongs to the issue on manuscripts written elsewhere; `parse` uses them already.
  const citations = buildCitations(doc, parseReference);
  linkIbid(doc, citations);
  const works = clusterWorks(citations);
  // A translation and its original cited side by side are linked (only a bilingual manuscript can have both).
  let translations: Map<string, string> | undefined;
  if (hasCjk(doc.text) && works.some((w) => w.item.title && !hasCjk(w.item.title))) {
    const { linkTranslations } = await translationsModule();
    translations = new Map(linkTranslations(works).map((l) => [l.translation.id, l.original.id]));
  }
  const chosen = options.norm === undefined ? 'auto' : options.norm;
  const detected = chosen === 'auto';
  const normId = chosen === 'auto' ? detectNormId(doc, citations) : chosen;
  const norm = normId ? NORMS[normId] : null;
  const resolution = options.matcher ? new Map(works.map((w) => [w.id, options.matcher!.match(w.item)])) : undefined;
  return indexAnalysis(doc, norm, detected, citations, works, resolution, translations);
}

/** The analysis with its lookup tables; also rebuilds one that crossed from a worker thread as plain data. */
export function indexAnalysis(
  doc: Document,
  norm: Norm | null,
  normDetected: boolean,
  citations: Citation[],
  works: Work[],
  resolution?: Analysis['resolution'],
  translations?: Analysis['translations'],
): Analysis {
  return {
    doc,
    norm,
    normDetected,
    citations,
    works,
    noteById: new Map(doc.notes.map((n) => [n.id, n])),
    entryById: new Map(doc.entries.map((e) => [e.id, e])),
    markerById: new Map(doc.markers.map((m) => [m.id, m])),
    citationById: new Map(citations.map((c) => [c.id, c])),
    workById: new Map(works.map((w) => [w.id, w])),
    citationsByNote: group(citations, (c) => c.noteId),
    citationsByEntry: group(citations, (c) => c.entryId),
    ...(translations?.size ? { translations } : {}),
    ...(resolution ? { resolution } : {}),
  };
}

export interface CheckOptions extends AnalyzeOptions {
  lang: UiLang;
  overrides?: Record<string, SeveritySetting>;
  /** Restrict to these rule ids (tests use it to look at one rule). */
  only?: string[];
}

export async function checkDocument(
  doc: Document,
  options: CheckOptions,
): Promise<{ analysis: Analysis; diagnostics: Diagnostic[] }> {
  // What is wrong in the inline comments is said with what the reader met (`notices`).
  const inline = inlineConfigOf(doc);
  const notices = inlineNotices(inline, doc, RULE_IDS, options.lang);
  const read = notices.length ? { ...doc, notices: [...(doc.notices ?? []), ...notices] } : doc;
  const analysis = await analyze(read, options);
  const rules = await loadRules(options.only);
  const diagnostics = applyInlineConfig(
    inline,
    runRules(analysis, rules, { lang: options.lang, overrides: options.overrides ?? {} }),
  );
  return { analysis, diagnostics };
}
