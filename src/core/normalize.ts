/**
 * CJK-aware normalisation for comparing titles and names: NFKC (folds full-width forms), case folding,
 * traditional → simplified (opencc, loaded once on demand), and removal of punctuation, spaces and markup.
 */
type Converter = (s: string) => string;

let toSimplified: Converter | null = null;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

/** Loads the traditional→simplified converter; call once before normalising CJK text in bulk. */
export async function loadChineseConverter(): Promise<void> {
  if (toSimplified) return;
  const opencc = await import('opencc-js/t2cn');
  // `twp` also converts Taiwan phrasing (軟體 → 软件), so a Taiwan edition's title matches the mainland one.
  toSimplified = opencc.Converter({ from: 'twp', to: 'cn' });
}

export function hasCjk(s: string): boolean {
  return CJK.test(s);
}

const MARKUP = /<\/?[a-z][^>]*>|[*_`]/gi;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

export function simplify(s: string): string {
  return toSimplified && CJK.test(s) ? toSimplified(s) : s;
}

/** A key for a title: `《马克思与〈资本论〉》` and `馬克思與資本論` give the same key. */
export function titleKey(title: string | undefined): string {
  if (!title) return '';
  return simplify(title.normalize('NFKC').replace(MARKUP, '')).toLowerCase().replace(NON_WORD, '');
}

/** A key for a name: diacritics dropped (`Kjosén` = `Kjosen`), case and punctuation folded. */
export function nameKey(name: string | undefined): string {
  if (!name) return '';
  return simplify(name.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFKC')).toLowerCase().replace(NON_WORD, '');
}
