/**
 * Wade–Giles to pinyin, one syllable at a time, by the regular correspondences of the two systems
 * (initials p/p' → b/p, ch/ch' → zh/ch or j/q before i and ü, hs → x, ts/tz → z, j → r; finals -ih → -i,
 * -ung → -ong, -ieh → -ie, -ien → -ian, o after k/h → e and after other initials → uo). Older names
 * print apostrophes inconsistently, so callers compare both this reading and the name as printed.
 */
const WHOLE: Record<string, string> = {
  erh: 'er',
  jih: 'ri',
  shih: 'shi',
  chih: 'zhi',
  "ch'ih": 'chi',
  tzu: 'zi',
  "tz'u": 'ci',
  ssu: 'si',
  szu: 'si',
  yu: 'you',
  yen: 'yan',
  yeh: 'ye',
  yung: 'yong',
  yueh: 'yue',
  yüeh: 'yue',
  yüan: 'yuan',
  yün: 'yun',
  yü: 'yu',
  i: 'yi',
  o: 'e',
  ê: 'e',
};

const INITIALS: Array<[string, string | ((rest: string) => string)]> = [
  ["ch'", (r) => (/^[iü]/u.test(r) ? 'q' : 'ch')],
  ['ch', (r) => (/^[iü]/u.test(r) ? 'j' : 'zh')],
  ['hs', 'x'],
  ["ts'", 'c'],
  ["tz'", 'c'],
  ['ts', 'z'],
  ['tz', 'z'],
  ['sh', 'sh'],
  ["k'", 'k'],
  ["p'", 'p'],
  ["t'", 't'],
  ['k', 'g'],
  ['p', 'b'],
  ['t', 'd'],
  ['j', 'r'],
  ['m', 'm'],
  ['f', 'f'],
  ['n', 'n'],
  ['l', 'l'],
  ['h', 'h'],
  ['s', 's'],
  ['y', 'y'],
  ['w', 'w'],
];

export function wadeGilesSyllable(input: string): string {
  const s = input
    .toLowerCase()
    .replace(/[’‘`ʻ]/gu, "'")
    .replace(/ê/gu, 'e');
  if (WHOLE[s]) return WHOLE[s];
  let initial = '';
  let rest = s;
  for (const [wg, py] of INITIALS) {
    if (s.startsWith(wg)) {
      rest = s.slice(wg.length);
      initial = typeof py === 'function' ? py(rest) : py;
      break;
    }
  }
  rest = rest.replace(/'/g, '');
  let final = rest
    .replace(/^ih$/u, 'i')
    .replace(/^iung$/u, 'iong')
    .replace(/ung$/u, 'ong')
    .replace(/^ieh$/u, 'ie')
    .replace(/^ien$/u, 'ian')
    .replace(/^üeh$/u, 'ue')
    .replace(/^ueh$/u, 'ue')
    .replace(/^uei$/u, 'ui')
    .replace(/^ü/u, /^[jqxy]$/u.test(initial) ? 'u' : 'ü');
  if (final === 'o') final = /^[gkh]$/u.test(initial) ? 'e' : /^[bpmfy]?$/u.test(initial) ? 'o' : 'uo';
  if (final === 'u' && /^[zcs]$/u.test(initial)) final = 'i';
  return initial + final;
}

/** `Tse-tung` → `zedong`, `Hsiao-p'ing` → `xiaoping`. */
export function wadeGilesToPinyin(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter(Boolean)
    .map(wadeGilesSyllable)
    .join('');
}

/**
 * Whether a romanised Chinese name can only be Wade–Giles, not pinyin: a syllable with the aspiration
 * mark (`T'ang`, `Ch'en`; not `O'Brien`), or beginning `hs`/`ts`/`tz`, or ending `ih`/`ung`/`ieh`, none of which pinyin spells.
 * `Chen` or `Li` may be either and do not count.
 */
export function looksWadeGiles(name: string): boolean {
  const syllables = name
    .toLowerCase()
    .replace(/[’‘`ʻ]/gu, "'")
    .split(/[\s-]+/u)
    .filter(Boolean);
  if (!syllables.length || syllables.length > 3) return false;
  if (syllables.some((s) => !/^[a-zü']{1,7}$/u.test(s) || s.startsWith("'") || s.endsWith("'"))) return false;
  return syllables.some((s) => /^(?:ch|ts|tz|[ptk])'|^(?:hs|ts|tz)|(?:ih|ung|ieh)$/u.test(s));
}
