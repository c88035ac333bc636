import { nameKey } from '../../util/normalize.js';
import type { CslName } from '../../model/csl.js';
import { samePerson } from '../../notes/works.js';
import { sameTransliteration, westernFamily } from '../../resolve/identity.js';
import { looksWadeGiles, wadeGilesToPinyin } from '../../resolve/wade-giles.js';

/** One printed name, with what comparisons need. */
export interface NameForm {
  /** As printed: the family name (or the literal name, `大卫·哈维`). */
  text: string;
  /** `nameKey(text)`: case, width, diacritics and punctuation folded. */
  key: string;
  /** First letter of the given name, lower case; empty when none is printed. */
  initial: string;
  /** `nameKey` of the given name; empty when none is printed. */
  given: string;
  cjk: boolean;
  /** Printed as a foreigner's name: with a nationality marker (`[法]`) or a `·` between its parts. */
  foreign: boolean;
  /** A Latin name as pinyin: its Wade–Giles reading when it can only be Wade–Giles (`Tse-tung` → zedong), else `key`. */
  romanKey: string;
}

const CJK = /[\u3400-\u9fff]/u;

export function nameForm(n: CslName): NameForm | null {
  const text = (n.family ?? n.literal ?? n.given ?? '').trim();
  const key = nameKey(text);
  if (key.length < 2) return null;
  const givenText = n.family ? (n.given ?? '').trim() : '';
  const foreign = !!n['x-nationality'] || /[·•・‧]/u.test(text);
  const cjk = CJK.test(text);
  const romanKey = !cjk && looksWadeGiles(text) ? nameKey(wadeGilesToPinyin(text)) : key;
  return { text, key, initial: givenText.slice(0, 1).toLowerCase(), given: nameKey(givenText), cjk, foreign, romanKey };
}

/** Names are compared only within a block sharing their first characters, which keeps the scan linear. */
export function blockOf(f: NameForm): string {
  return f.key.slice(0, f.cjk ? 1 : 3);
}

/** A block for a Latin name's pinyin reading, so that `Tse-tung` and `Zedong` meet. */
export function romanBlockOf(f: NameForm): string | null {
  return f.cjk ? null : `r:${f.romanKey}`;
}

/**
 * A second block for a transliteration the table knows, keyed by its Western name, so that 涂尔干 and
 * 迪尔凯姆 (Durkheim) meet although they share no character, and short names (福柯 / 傅柯) are compared.
 */
export function westernBlockOf(f: NameForm): string | null {
  if (!f.cjk) return null;
  const latin = westernFamily(f.text);
  return latin ? `w:${latin}` : null;
}

// Chinese compound surnames: `司马云杰` / `司马云洁` are four characters but a Chinese name of two given characters.
const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '司空',
  '夏侯',
  '令狐',
  '端木',
  '澹台',
  '申屠',
  '独孤',
  '南宫',
  '西门',
  '百里',
  '呼延',
  '万俟',
  '轩辕',
  '钟离',
  '闻人',
  '赫连',
  '太史',
  '濮阳',
  '淳于',
  '单于',
  '拓跋',
  '公羊',
  '东郭',
]);
// Bodies, not people: two institutes one character apart are two institutes.
const CJK_BODY =
  /(?:大学|学院|研究所|研究院|研究室|研究中心|出版社|委员会|办公室|协会|学会|公司|集团|银行|组织|中心|政府|部|局|署|厅|院|会|社)$/u;
const LATIN_BODY =
  /\b(?:company|co|inc|ltd|corporation|institute|association|society|university|organi[sz]ation|bank|group|council|committee|foundation|agency|department|ministry|office|bureau|cent(?:er|re)|commission|federation|union|press|forum|network|academy|board|authority|service)\b/i;

/** Segments of a transliterated name: `理查德·大卫·普雷希特` → 理查德, 大卫, 普雷希特. */
function segments(text: string): string[] {
  return text
    .split(/[·•・‧.\-－—\s]+/u)
    .map(nameKey)
    .filter(Boolean);
}

/**
 * Two printed Chinese names of one person in different works: equal, or one character apart in a name
 * of at least four characters (哈贝马斯 / 哈伯马斯). A compound-surname Chinese name (司马云杰) and a body
 * (北京大学) must match exactly; in a transliterated name with `·` the one differing part must itself be
 * long enough to be a variant (大卫·哈维 and 大卫·哈里 are two people).
 */
function sameCjkPerson(a: NameForm, b: NameForm): boolean {
  if (!samePerson(a.key, b.key)) return false;
  if (a.key.length === 4 && b.key.length === 4 && COMPOUND_SURNAMES.has(a.key.slice(0, 2))) return false;
  if (CJK_BODY.test(a.text) || CJK_BODY.test(b.text)) return false;
  const sa = segments(a.text);
  const sb = segments(b.text);
  if (sa.length > 1 || sb.length > 1) {
    if (sa.length !== sb.length) return false;
    const differing = sa.filter((s, k) => s !== sb[k]);
    if (differing.length !== 1) return false;
    const k = sa.indexOf(differing[0]!);
    if (Math.min(sa[k]!.length, sb[k]!.length) < 3) return false;
  }
  return true;
}

/**
 * Whether two different spellings may name one person. Within one work (the same position in the author
 * list of two citations of it) a small edit distance is enough; across works, where two similar names are
 * often two people (Thomson / Thompson), a Western name must come with the same given name, or be long
 * and come with the same initial (N. Dyer-Witheford / N. Dyer-Witheyford),
 * and a Chinese one must pass `sameCjkPerson`. Different given initials are always different people.
 */
export function variantOf(a: NameForm, b: NameForm, scope: 'work' | 'manuscript'): boolean {
  if (a.key === b.key) return false;
  if (a.cjk !== b.cjk) return false;
  // The transliteration table decides when it knows both names (哈贝马斯 / 哈伯马斯, 涂尔干 / 迪尔凯姆 are one
  // person; 卡斯特尔 / 卡斯特罗 are two).
  // A two-character form may also be a Chinese name (傅柯 is Foucault in Taiwan, and may be 傅 Ke): it
  // counts as a transliteration only when both are printed as foreigners' names.
  if (a.cjk) {
    const known = sameTransliteration(a.text, b.text);
    if (known === false) return false;
    if (known && (Math.min(a.key.length, b.key.length) >= 3 || (a.foreign && b.foreign))) return true;
  }
  if (a.initial && b.initial && a.initial !== b.initial) return false;
  // One Chinese name in Wade–Giles and in pinyin (Mao Tse-tung / Mao Zedong), printed with the same other
  // part; a pair that may both be pinyin (Li Chen / Li Zhen) is two people.
  const wadeGiles = !a.cjk && (a.romanKey !== a.key || b.romanKey !== b.key);
  if (wadeGiles && a.romanKey === b.romanKey) return a.given.length > 0 && a.given === b.given;
  if (!samePerson(a.key, b.key)) return false;
  if (scope === 'work') return true;
  if (a.cjk) return sameCjkPerson(a, b);
  if (LATIN_BODY.test(a.text) || LATIN_BODY.test(b.text)) return false;
  const sameGiven = a.given.length >= 2 && a.given === b.given;
  const long = Math.min(a.key.length, b.key.length) >= 10;
  return sameGiven || (long && !!a.initial && a.initial === b.initial);
}

/**
 * Spellings of names grouped into persons: each distinct spelling (with its given initial) is a node,
 * joined to the near-equal spellings of its blocks (first characters, Western and romanised readings,
 * so the pass stays linear) and to the spelling first seen at the same place of one work's name lists.
 * Used by `inconsistent-name` on one manuscript and by the same check across the articles of an issue.
 */
export class NameGroups {
  readonly forms: NameForm[] = [];
  private readonly parent: number[] = [];
  private readonly nodeOf = new Map<string, number>();
  private readonly blocks = new Map<string, number[]>();
  private readonly anchors = new Map<string, number>();

  /** The node of a spelling, made and compared with its blocks on first sight. */
  node(f: NameForm): number {
    const id = `${f.key}|${f.initial}`;
    let k = this.nodeOf.get(id);
    if (k !== undefined) return k;
    k = this.forms.length;
    this.forms.push(f);
    this.parent.push(k);
    this.nodeOf.set(id, k);
    // Names too short to have a variant (王宁, Smith) are compared by equality alone, which the node map does,
    // unless the transliteration table knows them (福柯 / 傅柯).
    const keys = [f.key.length >= (f.cjk ? 4 : 6) ? blockOf(f) : null, westernBlockOf(f), romanBlockOf(f)];
    for (const block of keys) {
      if (block === null) continue;
      let list = this.blocks.get(block);
      if (!list) this.blocks.set(block, (list = []));
      for (const other of list) if (variantOf(this.forms[other]!, f, 'manuscript')) this.union(other, k);
      list.push(k);
    }
    return k;
  }

  /** Node `k` printed at one place of a work's name list (`w3|author|0`): joined to the first spelling there when a variant. */
  atSlot(slot: string, k: number): void {
    const anchor = this.anchors.get(slot);
    if (anchor === undefined) this.anchors.set(slot, k);
    else if (anchor !== k && variantOf(this.forms[anchor]!, this.forms[k]!, 'work')) this.union(anchor, k);
  }

  /** The persons: groups of nodes, each with more than one distinct spelling. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    this.forms.forEach((_, k) => {
      const root = this.find(k);
      const list = byRoot.get(root);
      if (list) list.push(k);
      else byRoot.set(root, [k]);
    });
    return [...byRoot.values()].filter((members) => new Set(members.map((k) => this.forms[k]!.key)).size > 1);
  }

  private find(k: number): number {
    const parent = this.parent;
    while (parent[k] !== k) {
      parent[k] = parent[parent[k]!]!;
      k = parent[k]!;
    }
    return k;
  }

  private union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
