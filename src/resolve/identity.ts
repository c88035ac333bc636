import { hasCjk, nameKey } from '../util/normalize.js';
import type { CslName } from '../model/csl.js';
import { table } from './tables.js';
import { wadeGilesToPinyin } from './wade-giles.js';

/**
 * One person across scripts: a Western name in Latin letters and in its Chinese transliterations
 * (Habermas = 哈贝马斯 = 哈伯马斯, data/western-names.json), a Chinese name in hanzi, pinyin and
 * Wade–Giles (毛泽东 = Mao Zedong = Mao Tse-tung), traditional and simplified characters (folded by
 * `nameKey`).
 */

let families: Map<string, string> | null = null;
let givens: Map<string, string> | null = null;

function load(): void {
  if (families) return;
  const t = table('western-names');
  families = new Map();
  givens = new Map();
  for (const row of t.people) for (const z of row.zh) families.set(nameKey(z), nameKey(row.latin));
  for (const row of t.given) for (const z of row.zh) givens.set(nameKey(z), nameKey(row.latin));
}

// Names repeat across notes and are compared pairwise: each printed name is split once.
const split = new Map<string, string[]>();

/** Parts of a transliterated name: `理查德·大卫·普雷希特` → 理查德, 大卫, 普雷希特 (keys). */
function segments(text: string): string[] {
  let parts = split.get(text);
  if (!parts) {
    if (split.size > 20_000) split.clear();
    parts = text
      .split(/[·•・‧.\s]+/u)
      .map(nameKey)
      .filter(Boolean);
    split.set(text, parts);
  }
  return parts;
}

/** The Latin family name (as a key) of a Chinese transliteration: `马克斯·韦伯` → `weber`; null when unknown. */
export function westernFamily(text: string): string | null {
  load();
  const parts = segments(text);
  return families!.get(parts[parts.length - 1] ?? '') ?? null;
}

/**
 * Whether two transliterations name one person according to the table: `true` when their family names
 * are one Western name and their given names (if printed) agree; `false` when the table knows them as
 * different names (卡斯特尔 = Castells, 卡斯特罗 = Castro), or their given names differ (马克斯·韦伯 /
 * 阿尔弗雷德·韦伯); `null` when the table cannot tell.
 */
export function sameTransliteration(a: string, b: string): boolean | null {
  load();
  const sa = segments(a);
  const sb = segments(b);
  const fa = families!.get(sa[sa.length - 1] ?? '');
  const fb = families!.get(sb[sb.length - 1] ?? '');
  if (!fa || !fb) return null;
  if (fa !== fb) return false;
  if (sa.length !== sb.length) return null;
  for (let k = 0; k < sa.length - 1; k++) {
    if (sa[k] === sb[k]) continue;
    const ga = givens!.get(sa[k]!);
    const gb = givens!.get(sb[k]!);
    if (!ga || !gb || ga !== gb) return false;
  }
  return true;
}

const COMPOUND =
  /^(?:欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|司空|夏侯|令狐|端木|澹台|申屠|独孤|南宫|西门|呼延|轩辕|钟离|闻人|赫连|太史|濮阳|淳于|单于)/u;

/** Reads hanzi as toneless pinyin, surnames with their surname readings (曾 zeng, 单 shan). */
export type Romanize = (hanzi: string) => string;

/**
 * Keys under which a person's family name may be found: the name as printed, and across scripts the
 * Latin name of a transliteration, the pinyin of a Chinese surname (given `romanize`), and the pinyin
 * reading of a Wade–Giles name. Two names share a key when they can be one person.
 */
export function familyKeys(n: CslName | undefined, romanize?: Romanize): string[] {
  if (!n) return [];
  const text = (n.family ?? n.literal ?? n.given ?? '').trim();
  const own = nameKey(text);
  if (!own) return [];
  const keys = new Set([own]);
  if (hasCjk(text)) {
    const western = westernFamily(text);
    if (western) keys.add(western);
    else if (romanize && !/[·•・]/u.test(text)) {
      // A Chinese name: `王明` as one literal or `王` + `明`; the surname is the first character (or two).
      const simplified = own;
      const surname = n.family && n.given ? simplified : (COMPOUND.exec(simplified)?.[0] ?? simplified.slice(0, 1));
      keys.add(nameKey(romanize(surname)));
      keys.add(nameKey(romanize(simplified)));
    }
  } else {
    keys.add(nameKey(wadeGilesToPinyin(text)));
    // A literal `Wang Ming` (family first) or `Ming Wang`: either end may be the family name.
    const words = n.family ? [] : text.split(/\s+/u).filter(Boolean);
    if (words.length > 1) {
      for (const w of [words[0]!, words[words.length - 1]!]) {
        keys.add(nameKey(w));
        keys.add(nameKey(wadeGilesToPinyin(w)));
      }
    }
  }
  return [...keys];
}
