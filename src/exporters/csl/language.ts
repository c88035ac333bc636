import type { CslItem } from '../../model/csl.js';

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;
const HANGUL_KANA = { ko: /[\uac00-\ud7af]/u, ja: /[\u3040-\u30ff]/u };
// Language names as some libraries write them (BibTeX `langid`, Zotero exports).
const NAMED: Record<string, string> = {
  chinese: 'zh-CN',
  english: 'en-US',
  japanese: 'ja-JP',
  korean: 'ko-KR',
  german: 'de-DE',
  french: 'fr-FR',
};

/**
 * The language an item is rendered in: the CSL-M layouts of the bundled styles choose 等/et al., 译/trans.
 * by it. An item without a usable `language` gets one from the script of its text; only CJK languages keep
 * the Chinese layout, every other language takes the English one (GB/T 7714 and the Chinese journals treat
 * all Western-language references alike).
 */
export function renderLanguage(item: CslItem): string {
  const given = typeof item.language === 'string' ? item.language.trim() : '';
  const tag = NAMED[given.toLowerCase()] ?? given;
  if (/^(zh|ja|ko)\b/i.test(tag)) return tag.toLowerCase().startsWith('zh') ? 'zh-CN' : tag;
  if (/^[a-z]{2,3}\b/i.test(tag)) return 'en-US';
  const text = [
    item.title,
    item['container-title'],
    item.publisher,
    item['publisher-place'],
    ...(item.author ?? []).map((n) => n.literal ?? n.family ?? ''),
  ]
    .filter(Boolean)
    .join(' ');
  if (!CJK.test(text)) return 'en-US';
  if (HANGUL_KANA.ko.test(text)) return 'ko-KR';
  if (HANGUL_KANA.ja.test(text)) return 'ja-JP';
  return 'zh-CN';
}
