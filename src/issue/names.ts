import { blockOf, variantOf, type NameForm } from '../rules/util/name-variants.js';
import type { ArticleDigest } from './digest.js';
import { ArticleTally, type Finding } from './finding.js';

interface Node {
  form: NameForm;
  /** Where the spelling occurs: article index, place as named, document order. */
  uses: Array<{ article: number; place: string; order: number }>;
}

/**
 * One person spelled differently in different articles (`inconsistent-name`), reported once for the set.
 * The evidence is that of the rule on one manuscript: spellings near-equal for their kind of name
 * (compared only inside a block sharing their first characters, so the pass stays linear), or at the same
 * place of the name lists of one work. A group is reported only when two articles print it with no
 * spelling in common; variants inside one article are that article's finding.
 */
export function namesAcrossArticles(paths: string[], digests: ArticleDigest[]): Finding[] {
  const nodes: Node[] = [];
  const parent: number[] = [];
  const nodeOf = new Map<string, number>();
  const blocks = new Map<string, number[]>();
  const anchors = new Map<string, number>();
  const find = (k: number): number => {
    while (parent[k] !== k) {
      parent[k] = parent[parent[k]!]!;
      k = parent[k]!;
    }
    return k;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const node = (f: NameForm): number => {
    const id = `${f.key}|${f.initial}`;
    let k = nodeOf.get(id);
    if (k !== undefined) return k;
    k = nodes.length;
    nodes.push({ form: f, uses: [] });
    parent.push(k);
    nodeOf.set(id, k);
    if (f.key.length < (f.cjk ? 4 : 6)) return k;
    const block = blockOf(f);
    let list = blocks.get(block);
    if (!list) blocks.set(block, (list = []));
    for (const other of list) if (variantOf(nodes[other]!.form, f, 'manuscript')) union(other, k);
    list.push(k);
    return k;
  };

  digests.forEach((d, article) => {
    for (const use of d.names) {
      const k = node(use.form);
      nodes[k]!.uses.push({ article, place: use.place, order: use.order });
      if (use.workKey === null) continue;
      // The same place in the name list of one work, wherever it is cited.
      const slot = `${use.workKey}|${use.role}|${use.index}`;
      const anchor = anchors.get(slot);
      if (anchor === undefined) anchors.set(slot, k);
      else if (anchor !== k && variantOf(nodes[anchor]!.form, nodes[k]!.form, 'work')) union(anchor, k);
    }
  });

  const groups = new Map<number, number[]>();
  nodes.forEach((_, k) => {
    const root = find(k);
    const list = groups.get(root);
    if (list) list.push(k);
    else groups.set(root, [k]);
  });
  const findings: Finding[] = [];
  for (const members of groups.values()) {
    if (new Set(members.map((k) => nodes[k]!.form.key)).size < 2) continue;
    if (!twoArticlesDisagree(members.map((k) => nodes[k]!))) continue;
    const tally = new ArticleTally(paths);
    const uses = members.flatMap((k) => nodes[k]!.uses.map((u) => ({ ...u, k })));
    uses.sort((x, y) => x.article - y.article || x.order - y.order || x.k - y.k);
    for (const u of uses) tally.add(nodes[u.k]!.form.key, nodes[u.k]!.form.text, u.article, u.place);
    const forms = tally.forms();
    findings.push({ ruleId: 'inconsistent-name', messageId: 'acrossArticles', forms, data: { spellings: forms.map((f) => f.text) } });
  }
  return findings;
}

/** Whether two articles print the person with no spelling in common. */
function twoArticlesDisagree(members: Node[]): boolean {
  const spellings = new Map<number, Set<string>>();
  for (const n of members) {
    for (const u of n.uses) {
      let s = spellings.get(u.article);
      if (!s) spellings.set(u.article, (s = new Set()));
      s.add(n.form.key);
    }
  }
  // Articles that print the same spellings are one case: compare the distinct sets, which are few.
  const distinct = [...new Map([...spellings.values()].map((s) => [[...s].sort().join('\n'), s])).values()];
  for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) {
      if (![...distinct[i]!].some((x) => distinct[j]!.has(x))) return true;
    }
  }
  return false;
}
