import type { CslItem } from '../model/csl.js';
import { mapNames, nationalityInside } from '../parse/names.js';

/**
 * A record's fields that CSL has no variable for (`x-era`, the era of an edition: 乾隆《嘉定县志》) as lines
 * `x-era: 乾隆` of its `note`, where CSL-JSON keeps extra fields (citeproc-js reads `key: value` lines there).
 */
function extraInNote(item: CslItem): CslItem {
  const extra = Object.keys(item).filter((k) => k.startsWith('x-'));
  if (!extra.length) return item;
  const out = Object.fromEntries(Object.entries(item).filter(([k]) => !k.startsWith('x-'))) as CslItem;
  const lines = extra.map((k) => `${k}: ${String(item[k])}`);
  out.note = [item.note, ...lines].filter(Boolean).join('\n');
  return out;
}

/**
 * CSL-JSON as the CSL 1.0 schema defines it, for citeproc-js, pandoc and Zotero: the nationality marker inside
 * the name (`[美]大卫·哈维`, as the zotero-chinese styles keep it), fields CSL lacks in `note`. 等 and et al.
 * are never names: a list cut short is exported with the names printed.
 */
export function toCslJson(items: CslItem[]): string {
  const valid = items.map((it) => extraInNote(mapNames(it, nationalityInside)));
  return JSON.stringify(valid, null, 2) + '\n';
}
