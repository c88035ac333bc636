/**
 * Leading signals (`参见`, `转引自`, `See also`, `Cf.`): kept as printed, never part of the reference.
 * The longer signal must come first in the alternation (`See also` before `See`, `参见` before `见`).
 */
const PREFIX =
  /^(参见|参看|转引自|详见|另见|又见|见|See also|see also|See, e\.g\.,|See|see|Cf\.|cf\.|Compare|Quoted in|quoted in|Cited in|cited in)(?:[\s:：,，]+|(?=[《〔[（(“"A-Z\u3400-\u9fff]))/u;
// `见` alone is a signal only when a citation follows directly: a title, or a name closed by `：` and a title.
const SEE_ZH = /^见\s*(?:《|[^，。：]{1,30}[：:]\s*《)/u;
// Words that begin with 见 and are not the signal: `见解与方法：《…》` is an author-less remark.
const SEE_WORDS = /^见(?:解|闻|证|识|于|到|面|效|地|长|仁见智)/u;

export interface Prefixed {
  prefix: string | null;
  rest: string;
  /** Length of the signal and the separator after it. */
  offset: number;
}

export function splitPrefix(s: string): Prefixed {
  const m = PREFIX.exec(s);
  if (!m) return { prefix: null, rest: s, offset: 0 };
  if (m[1] === '见' && (!SEE_ZH.test(s) || SEE_WORDS.test(s))) return { prefix: null, rest: s, offset: 0 };
  return { prefix: m[1]!, rest: s.slice(m[0].length), offset: m[0].length };
}
