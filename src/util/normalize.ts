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
  // opencc-js's declarations import './core' without an extension, which NodeNext resolution cannot follow
  // (skipLibCheck hides it): the converter's return type is lost, so the signature is stated here.
  const makeConverter = opencc.Converter as (options: { from: string; to: string }) => Converter;
  // `twp` also converts Taiwan phrasing (軟體 → 软件), so a Taiwan edition's title matches the mainland one.
  toSimplified = makeConverter({ from: 'twp', to: 'cn' });
}

export function hasCjk(s: string): boolean {
  return CJK.test(s);
}

const MARKUP = /<\/?[a-z][^>]*>|[*_`]/gi;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

// Titles and names repeat across notes and manuscripts; converting each once keeps opencc off the hot path.
const simplified = new Map<string, string>();

export function simplify(s: string): string {
  if (!toSimplified || !CJK.test(s)) return s;
  return memo(simplified, s, toSimplified);
}

/** A key for a title: `《马克思与〈资本论〉》` and `馬克思與資本論` give the same key. */
const titleKeys = new Map<string, string>();
const nameKeys = new Map<string, string>();

function memo(cache: Map<string, string>, s: string, compute: (s: string) => string): string {
  let out = cache.get(s);
  if (out === undefined) {
    if (cache.size > 50_000) cache.clear();
    out = compute(s);
    cache.set(s, out);
  }
  return out;
}

export function titleKey(title: string | undefined): string {
  if (!title) return '';
  return memo(titleKeys, title, (t) =>
    simplify(t.normalize('NFKC').replace(MARKUP, '')).toLowerCase().replace(NON_WORD, ''),
  );
}

/** A key for a name: diacritics dropped (`Kjosén` = `Kjosen`), case and punctuation folded. */
export function nameKey(name: string | undefined): string {
  if (!name) return '';
  return memo(nameKeys, name, (n) =>
    simplify(n.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFKC')).toLowerCase().replace(NON_WORD, ''),
  );
}
