import { samePerson } from '../notes/works.js';
import { conflict, FIELD_NAMES, FIELDS, IMPRINT, type Field, type Value } from '../rules/util/metadata-values.js';
import type { ArticleDigest, DigestWork } from './digest.js';
import { ArticleTally, type Finding } from './finding.js';

interface Cited {
  article: number;
  work: DigestWork;
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
export function metadataAcrossArticles(paths: string[], digests: ArticleDigest[]): Finding[] {
  const blocks = new Map<string, Cited[]>();
  digests.forEach((d, article) => {
    for (const work of d.works) {
      const list = blocks.get(work.key);
      if (list) list.push({ article, work });
      else blocks.set(work.key, [{ article, work }]);
    }
  });
  const findings: Finding[] = [];
  for (const [key, cited] of blocks) {
    if (cited[0]!.article === cited[cited.length - 1]!.article) continue;
    for (const group of byAuthor(cited)) {
      if (group[0]!.article === group[group.length - 1]!.article) continue;
      findings.push(...compare(key, group, paths, digests));
    }
  }
  return findings;
}

/** Splits a block into works whose first authors are one person (or unnamed), as clustering does. */
function byAuthor(cited: Cited[]): Cited[][] {
  const groups: Array<{ author: string; members: Cited[] }> = [];
  for (const c of cited) {
    const g = groups.find((k) => samePerson(k.author, c.work.author) || !k.author || !c.work.author);
    if (g) g.members.push(c);
    else groups.push({ author: c.work.author, members: [c] });
  }
  return groups.map((g) => g.members);
}

function compare(key: string, group: Cited[], paths: string[], digests: ArticleDigest[]): Finding[] {
  // Articles in input order (blocks are filled in that order), each with its works of the group.
  const perArticle = new Map<number, DigestWork[]>();
  for (const c of group) {
    const list = perArticle.get(c.article);
    if (list) list.push(c.work);
    else perArticle.set(c.article, [c.work]);
  }
  const articles = [...perArticle.keys()];
  // An article counts with the value of its first full citation that gives the field.
  const first = (field: Field, works: DigestWork[]): Value | null =>
    works.find((w) => w.values[field])?.values[field] ?? null;
  const values = new Map<Field, Array<Value | null>>(
    FIELDS.map((f) => [f, articles.map((a) => first(f, perArticle.get(a)!))]),
  );
  const places = new Map(
    articles.map((a) => [a, perArticle.get(a)!.flatMap((w) => w.places.map((p) => digests[a]!.places[p]!))]),
  );
  const translated = new Set(articles.map((a) => perArticle.get(a)!.some((w) => w.translated)));
  const cls = key.slice(0, key.indexOf('|'));
  const book = cls === 'book' || cls === 'part';
  const name = group[0]!.work.name;
  const findings: Finding[] = [];

  const imprintConflicts = [...IMPRINT].filter((f) => conflict(values.get(f)!));
  // The translation and the original may well differ in imprint.
  if (imprintConflicts.length && translated.size === 1 && book) {
    const tally = new ArticleTally(paths);
    articles.forEach((a, k) => {
      const parts = (['publisher-place', 'publisher', 'issued'] as Field[]).map((f) => values.get(f)![k]);
      const edition = perArticle.get(a)!.find((w) => w.edition)?.edition ?? '';
      const text = [...parts.map((p) => p?.shown ?? ''), edition].filter(Boolean).join(', ');
      const formKey = [...parts.map((p) => p?.key ?? ''), edition].join('|');
      for (const place of places.get(a)!) tally.add(formKey, text, a, place);
    });
    findings.push({
      ruleId: 'inconsistent-metadata',
      messageId: 'editions',
      forms: tally.forms(),
      data: { work: name, workKey: key, fields: imprintConflicts },
    });
  }
  for (const field of FIELDS) {
    if (IMPRINT.has(field) && (book || translated.size > 1)) continue;
    if (!conflict(values.get(field)!)) continue;
    const tally = new ArticleTally(paths);
    articles.forEach((a, k) => {
      const v = values.get(field)![k];
      if (v) for (const place of places.get(a)!) tally.add(v.key, v.shown, a, place);
    });
    findings.push({
      ruleId: 'inconsistent-metadata',
      messageId: 'acrossArticles',
      forms: tally.forms(),
      data: { work: name, workKey: key, field, fieldZh: FIELD_NAMES[field].zh, fieldEn: FIELD_NAMES[field].en },
    });
  }
  return findings;
}
