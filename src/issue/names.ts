import { NameGroups, type NameForm } from '../rules/util/name-variants.js';
import { slotOf, type ArticleDigest } from './digest.js';
import { ArticleTally, type Finding } from './finding.js';

interface Node {
  form: NameForm;
  /** Where the spelling occurs: article index, place as named, document order. */
  uses: Array<{ article: number; place: string; order: number }>;
}

/**
 * One person spelled differently in different articles (`inconsistent-name`), reported once for the set.
 * The evidence is that of the rule on one manuscript: spellings near-equal for their kind of name
 * (compared only inside blocks, so the pass stays linear; transliterations 哈贝马斯 / 哈伯马斯 too), or at the same
 * place of the name lists of one work. A group is reported only when two articles print it with no
 * spelling in common; variants inside one article are that article's finding.
 */
export function namesAcrossArticles(paths: string[], digests: ArticleDigest[]): Finding[] {
  const names = new NameGroups();
  const nodes: Node[] = [];
  digests.forEach((d, article) => {
    for (const use of d.names) {
      const k = names.node(d.forms[use.form]!);
      (nodes[k] ??= { form: names.forms[k]!, uses: [] }).uses.push({
        article,
        place: d.places[use.place]!,
        order: use.order,
      });
      // The same place in the name list of one work, wherever it is cited.
      const slot = slotOf(d, use);
      if (slot !== null) names.atSlot(slot, k);
    }
  });

  const findings: Finding[] = [];
  for (const members of names.groups()) {
    if (!twoArticlesDisagree(members.map((k) => nodes[k]!))) continue;
    const tally = new ArticleTally(paths);
    const uses = members.flatMap((k) => nodes[k]!.uses.map((u) => ({ ...u, k })));
    uses.sort((x, y) => x.article - y.article || x.order - y.order || x.k - y.k);
    for (const u of uses) tally.add(nodes[u.k]!.form.key, nodes[u.k]!.form.text, u.article, u.place);
    const forms = tally.forms();
    findings.push({
      ruleId: 'inconsistent-name',
      messageId: 'acrossArticles',
      forms,
      data: { spellings: forms.map((f) => f.text) },
    });
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
