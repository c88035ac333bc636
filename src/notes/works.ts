import { distance } from 'fastest-levenshtein';
import { nameKey, titleKey } from '../util/normalize.js';
import type { Citation, Work } from '../model/citation.js';
import type { CslItem, CslName } from '../model/csl.js';

/** Types whose identity includes the container: an article title is unique only within its journal. */
const ARTICLE_TYPES = new Set(['article-journal', 'article-magazine', 'article-newspaper']);

function typeClass(item: CslItem): string {
  if (ARTICLE_TYPES.has(item.type)) return 'article';
  if (item.type === 'chapter' || item.type === 'paper-conference') return 'part';
  if (item.type === 'webpage' || item.type === 'post-weblog') return 'web';
  return 'book';
}

export function personKey(name: CslName | undefined): string {
  if (!name) return '';
  return nameKey(name.family ?? name.literal ?? name.given);
}

/**
 * Two spellings of one person: equal keys, or an edit distance small for the name's length
 * (Dyer-Witheford / Dyer-Witheyford, 哈贝马斯 / 哈伯马斯). Short names must match exactly, since
 * 王宁 and 王平 are different people.
 */
export function samePerson(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const cjk = /[\u3400-\u9fff]/u.test(a);
  const min = Math.min(a.length, b.length);
  if (cjk ? min < 4 : min < 6) return false;
  return distance(a, b) <= (cjk ? 1 : min >= 10 ? 2 : 1);
}

/** The blocking key: one work is one normalised title (with its volume, and its journal for articles). */
export function workKey(item: CslItem): string {
  const cls = typeClass(item);
  const container = cls === 'article' ? titleKey(item['container-title']) : '';
  return `${cls}|${titleKey(item.title)}|${item.volume ?? ''}|${container}`;
}

/**
 * A citation that prints only author, title and page: the short form of a work cited in full elsewhere (or in
 * the bibliography), never a full citation with missing fields. Linking marks it `short` when an earlier
 * work matches it.
 */
export function isShortForm(c: Citation): boolean {
  const it = c.item;
  return (
    !!it.title && !it.publisher && !it['container-title'] && !it.issued && !it.URL && !it.DOI && !it['publisher-place']
  );
}

interface Cluster {
  work: Work;
  author: string;
}

/**
 * Groups citations into works. Full citations cluster by blocking key, split inside a block only when
 * their first authors are different people; short forms join the earlier work whose author matches and
 * whose title they abbreviate; 同上 joins its antecedent's work. Linear in the number of citations
 * apart from the handful of clusters that share one key.
 */
export function clusterWorks(citations: Citation[]): Work[] {
  const works: Work[] = [];
  const byKey = new Map<string, Cluster[]>();
  const byAuthor = new Map<string, Cluster[]>();
  const byId = new Map<string, Citation>();
  const workById = new Map<string, Work>();

  const add = (cluster: Cluster, c: Citation) => {
    cluster.work.citationIds.push(c.id);
    c.workId = cluster.work.id;
    if (c.kind === 'full') mergeInto(cluster.work.item, c.item);
  };

  for (const c of citations) {
    byId.set(c.id, c);
    if (c.kind === 'ibid') {
      const ante = c.antecedentId ? byId.get(c.antecedentId) : undefined;
      if (ante?.workId) {
        const w = workById.get(ante.workId);
        if (w) {
          w.citationIds.push(c.id);
          c.workId = w.id;
        }
      }
      continue;
    }
    if (c.failure || !c.item.title) continue;
    const key = workKey(c.item);
    const author = personKey(c.item.author?.[0] ?? c.item.editor?.[0]);
    const block = byKey.get(key);
    const match = block?.find((k) => samePerson(k.author, author) || !k.author || !author);
    if (match) {
      // `Caffentzis, *In Letters of Blood and Fire*, p. 140` after the full reference: a short form.
      if (c.noteId && isShortForm(c) && !isShortForm(byId.get(match.work.citationIds[0]!)!)) {
        c.kind = 'short';
        c.antecedentId = match.work.citationIds[0]!;
      }
      add(match, c);
      continue;
    }
    if (c.noteId && isShortForm(c)) {
      const short = findAbbreviated(c, author, byAuthor);
      if (short) {
        c.kind = 'short';
        c.antecedentId = short.work.citationIds[0] ?? null;
        add(short, c);
        continue;
      }
    }
    const work: Work = {
      id: `w${works.length + 1}`,
      citationIds: [],
      item: { ...c.item, id: `w${works.length + 1}` },
      key,
    };
    works.push(work);
    workById.set(work.id, work);
    const cluster: Cluster = { work, author };
    c.workId = work.id;
    work.citationIds.push(c.id);
    if (block) block.push(cluster);
    else byKey.set(key, [cluster]);
    let list = byAuthor.get(author);
    if (!list) byAuthor.set(author, (list = []));
    list.push(cluster);
  }
  return works;
}

function findAbbreviated(c: Citation, author: string, byAuthor: Map<string, Cluster[]>): Cluster | null {
  const t = titleKey(c.item.title);
  if (t.length < 2) return null;
  const candidates = (byAuthor.get(author) ?? []).filter(
    (k) => titleKey(k.work.item.title).startsWith(t) && (!c.item.volume || c.item.volume === k.work.item.volume),
  );
  return candidates.length === 1 ? candidates[0]! : null;
}

/** Fills the work's missing fields from a later full citation; the first citation's values win. */
function mergeInto(target: CslItem, source: CslItem): void {
  for (const [k, v] of Object.entries(source)) {
    if (k === 'id' || v === undefined || v === null || v === '') continue;
    if (target[k] === undefined) target[k] = v;
  }
}
