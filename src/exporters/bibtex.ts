import type { CslItem } from '../model/csl.js';

const SPECIAL = /[&%_#$]/g;
// BCP-47 from citeaudit, or the langid citation-js reads back from BibTeX.
const LANGID: Record<string, string> = { 'zh-CN': 'chinese', 'en-US': 'english', chinese: 'chinese', english: 'english' };

/** citation-js leaves these unescaped once `asciiOnly` is off (needed to keep CJK text): escape them first. */
function escapeValues(item: CslItem): CslItem {
  const out: CslItem = { ...item };
  for (const [k, v] of Object.entries(out)) {
    if (typeof v === 'string' && k !== 'id' && k !== 'URL' && k !== 'DOI' && k !== 'citation-key') out[k] = v.replace(SPECIAL, (c) => `\\${c}`);
  }
  return out;
}

/**
 * BibTeX through citation-js, with the keys given (`citation-key`), CJK kept (`asciiOnly` off), the
 * special characters escaped, and `langid` written from the item's BCP-47 `language`.
 */
export async function toBibtex(items: CslItem[], format: 'bibtex' | 'biblatex' = 'bibtex'): Promise<string> {
  const [{ Cite, plugins }] = await Promise.all([import('@citation-js/core'), import('@citation-js/plugin-bibtex')]);
  plugins.config.get('@bibtex').format.asciiOnly = false;
  const prepared = items.map((it) => escapeValues({ ...it, 'citation-key': it.id }));
  const text: string = new Cite(prepared).format(format, { format: 'text' });
  const byKey = new Map(items.map((it) => [it.id, it]));
  return text.replace(/^(@\w+\{([^,]+),)\n/gm, (line, head: string, key: string) => {
    const lang = byKey.get(key)?.language;
    return LANGID[lang ?? ''] ? `${head}\n\tlangid = {${LANGID[lang!]}},\n` : line;
  });
}
