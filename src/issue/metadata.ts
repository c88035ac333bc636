import { describeWork } from '../core/describe.js';
import { simplify } from '../core/normalize.js';
import type { Citation, Work } from '../model/citation.js';
import { personKey, samePerson } from '../notes/works.js';
import { conflict, FIELD_NAMES, FIELDS, IMPRINT, value, type Field, type Value } from '../rules/util/metadata-values.js';
import { placeId } from '../rules/util/places.js';
import type { FileResult } from '../formatters/result.js';
import { ArticleTally, type Finding } from './finding.js';

interface Cited {
  article: number;
  work: Work;
  /** The work's full citations in this article, in note order. */
  full: Citation[];
  author: string;
}

/**
 * One work cited with different metadata in different articles (`inconsistent-metadata`), reported once
 * for the set. Works meet only when they share the blocking key the manuscripts cluster with (type,
 * normalised title, volume, journal) and their first authors are one person, so the pass is linear in
 * the works of the issue. Each article counts with the value its first full citation gives (a manuscript
 * that disagrees with itself is reported by the rule on that manuscript). A book or chapter whose year,
 * publisher or place differ is one finding: the articles cite different editions. The comparison of a
 * field is the rule's own: missing or guessed values, case, width and quotation marks do not count, and a
 * translation beside the original is not a different edition.
 */
export function metadataAcrossArticles(results: FileResult[]): Finding[] {
  const blocks = new Map<string, Cited[]>();
  results.forEach((r, article) => {
    const a = r.analysis;
    for (const work of a.works) {
      const full: Citation[] = [];
      for (const id of work.citationIds) {
        const c = a.citationById.get(id)!;
        if (c.kind === 'full' && !c.failure) full.push(c);
      }
      if (full.length === 0) continue;
      let list = blocks.get(work.key);
      if (!list) blocks.set(work.key, (list = []));
      list.push({ article, work, full, author: personKey(work.item.author?.[0] ?? work.item.editor?.[0]) });
    }
  });
  const findings: Finding[] = [];
  for (const [key, cited] of blocks) {
    if (new Set(cited.map((c) => c.article)).size < 2) continue;
    for (const group of byAuthor(cited)) {
      if (new Set(group.map((c) => c.article)).size < 2) continue;
      findings.push(...compare(key, group, results));
    }
  }
  return findings;
}

/** Splits a block into works whose first authors are one person (or unnamed), as clustering does. */
function byAuthor(cited: Cited[]): Cited[][] {
  const groups: Array<{ author: string; members: Cited[] }> = [];
  for (const c of cited) {
    const g = groups.find((k) => samePerson(k.author, c.author) || !k.author || !c.author);
    if (g) g.members.push(c);
    else groups.push({ author: c.author, members: [c] });
  }
  return groups.map((g) => g.members);
}

function compare(key: string, group: Cited[], results: FileResult[]): Finding[] {
  // Articles in input order, each with all its full citations of the work.
  const perArticle = new Map<number, Citation[]>();
  for (const c of [...group].sort((x, y) => x.article - y.article)) {
    const list = perArticle.get(c.article);
    if (list) list.push(...c.full);
    else perArticle.set(c.article, [...c.full]);
  }
  const articles = [...perArticle.keys()];
  // Each article in its own script: 哲學研究 in a traditional-script article is 哲学研究.
  const first = (field: Field, cits: Citation[]): Value | null => {
    for (const c of cits) {
      const v = value(c, field);
      if (v) return { ...v, key: simplify(v.key), ...(v.names ? { names: v.names.map(simplify) } : {}) };
    }
    return null;
  };
  const values = new Map<Field, Array<Value | null>>(FIELDS.map((f) => [f, articles.map((a) => first(f, perArticle.get(a)!))]));
  const translated = new Set(articles.map((a) => perArticle.get(a)!.some((c) => (c.item.translator?.length ?? 0) > 0)));
  const cls = key.slice(0, key.indexOf('|'));
  const book = cls === 'book' || cls === 'part';
  const work = group[0]!.work.item;
  const findings: Finding[] = [];

  const imprintConflicts = [...IMPRINT].filter((f) => conflict(values.get(f)!));
  // The translation and the original may well differ in imprint.
  if (imprintConflicts.length && translated.size === 1 && book) {
    const tally = new ArticleTally(results);
    articles.forEach((a, k) => {
      const cits = perArticle.get(a)!;
      const parts = (['publisher-place', 'publisher', 'issued'] as Field[]).map((f) => values.get(f)![k]);
      const edition = cits.map((c) => c.item.edition).find((e): e is string => typeof e === 'string' && e !== '') ?? '';
      const text = [...parts.map((p) => p?.shown ?? ''), edition].filter(Boolean).join(', ');
      const formKey = [...parts.map((p) => p?.key ?? ''), edition].join('|');
      for (const c of cits) tally.add(formKey, text, a, placeId(c));
    });
    findings.push({ ruleId: 'inconsistent-metadata', messageId: 'editions', forms: tally.forms(), data: { work: describeWork(work), workKey: key, fields: imprintConflicts } });
  }
  for (const field of FIELDS) {
    if (IMPRINT.has(field) && (book || translated.size > 1)) continue;
    if (!conflict(values.get(field)!)) continue;
    const tally = new ArticleTally(results);
    articles.forEach((a, k) => {
      const v = values.get(field)![k];
      if (v) for (const c of perArticle.get(a)!) tally.add(v.key, v.shown, a, placeId(c));
    });
    findings.push({
      ruleId: 'inconsistent-metadata', messageId: 'acrossArticles', forms: tally.forms(),
      data: { work: describeWork(work), workKey: key, field, fieldZh: FIELD_NAMES[field].zh, fieldEn: FIELD_NAMES[field].en },
    });
  }
  return findings;
}
