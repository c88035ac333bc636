import type { UiLang } from '../../i18n/index.js';

/**
 * Characters an HTML page must not hold (a parse error, and nothing a reader can see): C0 controls but
 * tab, line feed and carriage return, DEL, C1 controls and the noncharacters.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what this pattern finds
const UNFIT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]/g;

/** A C0 control or DEL as its Unicode control picture (U+000B → ␋), anything else unfit as U+FFFD. */
function visible(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  return code === 0x7f ? '\u2421' : '\ufffd';
}

/**
 * Text and attribute values for HTML: every character that can end a text run or an attribute is
 * escaped, and no control character from a manuscript is copied in (it is shown as its picture).
 */
export function esc(s: string | number | null | undefined): string {
  return String(s ?? '')
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(UNFIT, visible);
}

/**
 * Chinese characters and punctuation; between two of them a run may hold figures, spaces, quotation
 * marks and the punctuation of page ranges and lists (`第185-186、186页`), but no Latin letter.
 */
const HAN = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const HAN_RUN = new RegExp(`[${HAN}](?:[${HAN}\\d\\s·—–…“”‘’.,:;/()\\[\\]-]*[${HAN}])?`, 'gu');

/**
 * Escaped text in which, in an English report, each run of Chinese is marked `lang="zh"`, so that a
 * screen reader reads a quoted title or name as Chinese.
 */
export function escText(s: string, lang: UiLang): string {
  if (lang === 'zh') return esc(s);
  let out = '';
  let last = 0;
  for (const m of s.matchAll(HAN_RUN)) {
    out += `${esc(s.slice(last, m.index))}<span lang="zh">${esc(m[0])}</span>`;
    last = m.index + m[0].length;
  }
  return out + esc(s.slice(last));
}

/**
 * JSON inside `<script type="application/json">`: `<` is escaped so that note text holding `</script>`
 * or `<!--` cannot close or confuse the element; U+2028/2029 for older parsers, DEL and C1 controls
 * because a page must not hold them.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
