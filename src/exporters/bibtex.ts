import type { CslItem, CslName } from '../model/csl.js';

// BCP-47 from citeaudit, or the langid citation-js reads back from BibTeX.
const LANGID: Record<string, string> = {
  'zh-CN': 'chinese',
  'en-US': 'english',
  chinese: 'chinese',
  english: 'english',
};

// Fields citation-js writes verbatim (no escaping wanted), and the key.
const VERBATIM = new Set(['id', 'citation-key', 'URL', 'DOI', 'ISBN', 'ISSN', 'language']);

/**
 * LaTeX special characters as text. citation-js escapes none of them once `asciiOnly` is off (needed to
 * keep CJK text); it reads every form here back as the character.
 */
const SPECIAL: Record<string, string> = {
  '&': '\\&',
  '%': '\\%',
  _: '\\_',
  '#': '\\#',
  $: '\\$',
  '{': '\\{',
  '}': '\\}',
  '\\': '\\textbackslash{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text as LaTeX reads it: the special characters escaped, on one line. */
export function escapeText(s: string): string {
  // One line a value: entries then start at the start of a line, and nothing else does.
  return s.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[&%_#${}\\~^]/g, (c) => SPECIAL[c]!);
}

function escapeName(n: CslName): CslName {
  const out: CslName = { ...n };
  for (const k of ['family', 'given', 'literal', 'suffix', 'dropping-particle', 'non-dropping-particle'] as const) {
    const v = (out as Record<string, unknown>)[k];
    if (typeof v === 'string') (out as Record<string, unknown>)[k] = escapeText(v);
  }
  return out;
}

function escapeValues(item: CslItem): CslItem {
  const out: CslItem = { ...item };
  for (const [k, v] of Object.entries(out)) {
    if (typeof v === 'string' && !VERBATIM.has(k)) out[k] = escapeText(v);
    else if (Array.isArray(v) && v.every((n) => n && typeof n === 'object' && !Array.isArray(n)))
      out[k] = (v as CslName[]).map(escapeName);
  }
  return out;
}

/**
 * BibTeX keys: letters (any script), digits and `_ - : . / +`, anything else replaced by `_`; a key
 * already used gets `-2`, `-3`…. citation-js's own check would silently swap a key holding `-` or `:`
 * for one made from author, year and title, so it is turned off and the keys are made safe here.
 */
function bibKeys(items: CslItem[]): string[] {
  const seen = new Set<string>();
  return items.map((it, k) => {
    const base = it.id.replace(/[^\p{L}\p{N}_\-:./+]/gu, '_') || `ref${k + 1}`;
    let key = base;
    for (let n = 2; seen.has(key); n++) key = `${base}-${n}`;
    seen.add(key);
    return key;
  });
}

/**
 * BibTeX through citation-js (loaded only here): keys from the items' ids, CJK kept (`asciiOnly`
 * off), LaTeX special characters escaped, and `langid` written from the item's BCP-47 `language`.
 */
export async function toBibtex(items: CslItem[], format: 'bibtex' | 'biblatex' = 'bibtex'): Promise<string> {
  if (!items.length) return '';
  const [{ Cite, plugins }] = await Promise.all([import('@citation-js/core'), import('@citation-js/plugin-bibtex')]);
  const config = plugins.config.get('@bibtex').format;
  config.asciiOnly = false;
  config.checkLabel = false;
  const keys = bibKeys(items);
  const prepared = items.map((it, k) => escapeValues({ ...it, id: keys[k]!, 'citation-key': keys[k]! }));
  const text: string = new Cite(prepared).format(format, { format: 'text' });
  // Entries come out in the order given: the k-th entry line is items[k].
  let k = 0;
  return text.replace(/^(@\w+\{[^\n]*,)\n/gm, (line, head: string) => {
    const lang = LANGID[items[k++]?.language ?? ''];
    return lang ? `${head}\n\tlangid = {${lang}},\n` : line;
  });
}
