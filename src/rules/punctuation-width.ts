import { fixOf } from '../model/diagnostic.js';
import type { Rule } from '../model/rule.js';
import { rangeIn, reportCitation } from './util/places.js';

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！' };
const HALF: Record<string, string> = Object.fromEntries(Object.entries(FULL).map(([h, f]) => [f, h]));
const CJK = '[\\u3400-\\u9fff《》〈〉“”]';
// Half-width mark with Chinese on both sides (a space may follow the mark).
const HALF_IN_ZH = new RegExp(`(?<=${CJK})[,:;()?!](?=\\s?${CJK})`, 'gu');
const FULL_IN_EN = /[，：；（）？！]/gu;

/**
 * Punctuation of the wrong width: half-width marks between Chinese characters in a Chinese citation,
 * full-width marks in an English one. URLs are skipped, and so are English runs inside Chinese notes.
 */
const rule: Rule = {
  meta: {
    id: 'punctuation-width',
    type: 'layout',
    description: {
      zh: '中文引文中使用半角标点，或英文引文中使用全角标点',
      en: 'Half-width punctuation in a Chinese citation, full-width in an English one',
    },
    tags: ['typography'],
    fixable: true,
    norms: 'all',
    severity: { default: 'warning' },
    messages: {
      halfInChinese: {
        zh: '{{place}} 的中文引文中使用了半角标点 “{{mark}}”，应为 “{{expected}}”',
        en: '{{place}}: half-width “{{mark}}” in a Chinese citation; use “{{expected}}”',
      },
      fullInEnglish: {
        zh: '{{place}} 的英文引文中使用了全角标点 “{{mark}}”，应为 “{{expected}}”',
        en: '{{place}}: full-width “{{mark}}” in an English citation; use “{{expected}}”',
      },
    },
  },
  create(ctx) {
    return {
      Citation(c) {
        if (c.kind === 'ibid' && c.lang === 'zh') return;
        const raw = c.raw.replace(/(?:https?|ftp):\/\/\S+/g, (u) => ' '.repeat(u.length));
        const chinese = c.lang === 'zh';
        if (chinese && !ctx.norm?.fullWidthInChinese) return;
        const re = chinese ? HALF_IN_ZH : FULL_IN_EN;
        // One finding per citation, at its first wrong mark; the fix corrects every wrong mark of the
        // citation, so that checking again finds none left.
        const marks = [...raw.matchAll(re)];
        if (marks.length === 0) return;
        const edits = marks.map((m) => ({
          range: rangeIn(c, m.index, m.index + 1),
          text: chinese ? FULL[m[0]]! : HALF[m[0]]!,
        }));
        const mark = marks[0]![0];
        const fix = fixOf(edits)!;
        reportCitation(
          ctx,
          c,
          chinese ? 'halfInChinese' : 'fullInEnglish',
          { mark, expected: fix.text },
          {
            range: fix.range,
            fix,
          },
        );
      },
    };
  },
};

export default rule;
