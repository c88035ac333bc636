import { blockOf, nameForm, variantOf, type NameForm } from '../rules/util/name-variants.js';
import { placeId } from '../rules/util/places.js';
import type { FileResult } from '../formatters/result.js';
import { ArticleTally, type Finding } from './finding.js';

const ROLES = ['author', 'editor', 'translator'] as const;

interface Node {
  form: NameForm;
  /** Where the spelling occurs: article index and place id. */
  uses: Array<{ article: number; place: string }>;
}

/**
 * One person spelled differently in different articles (`inconsistent-name`), reported once for the set.
 * The evidence is that of the rule on one manuscript: spellings near-equal for their kind of name
 * (compared only inside a block sharing their first characters, so the pass stays linear), or at the same
 * place of the name lists of one work. A group is reported only when two articles print it with no
 * spelling in common; variants inside one article are that article's finding.
 */
export function namesAcrossArticles(results: FileResult[]): Finding[] {
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

  results.forEach((r, article) => {
    const a = r.analysis;
    for (const c of a.citations) {
      if (c.kind === 'ibid') continue;
      const work = c.workId ? a.workById.get(c.workId) : undefined;
      for (const role of ROLES) {
        (c.item[role] ?? []).forEach((name, index) => {
          const f = nameForm(name);
          if (!f) return;
          const k = node(f);
          nodes[k]!.uses.push({ article, place: placeId(c) });
          if (!work) return;
          // The same place in the name list of one work, wherever it is cited.
          const slot = `${work.key}|${role}|${index}`;
          const anchor = anchors.get(slot);
          if (anchor === undefined) anchors.set(slot, k);
          else if (anchor !== k && variantOf(nodes[anchor]!.form, nodes[k]!.form, 'work')) union(anchor, k);
        });
      }
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
    const tally = new ArticleTally(results);
    const uses = members.flatMap((k) => nodes[k]!.uses.map((u) => ({ ...u, k })));
    uses.sort((x, y) => x.article - y.article || order(results, x.article, x.place) - order(results, y.article, y.place) || x.k - y.k);
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

/** Document order of a note or entry in its article. */
function order(results: FileResult[], article: number, id: string): number {
  const a = results[article]!.analysis;
  return (a.noteById.get(id) ?? a.entryById.get(id))?.range.start ?? 0;
}
