/** Leading signals: kept as printed (`参见`, `See also`), never part of the reference. */
const PREFIX = /^(参见|参看|转引自|详见|另见|又见|见|See also|see also|See|see|Cf\.|cf\.|Compare|Quoted in|quoted in|Cited in|cited in)(?:[\s:：,，]+|(?=[《〔\[（(“"A-Z\u3400-\u9fff]))/u;

export function splitPrefix(s: string): { prefix: string | null; rest: string; offset: number } {
  const m = PREFIX.exec(s);
  // `见` alone is a prefix only when a citation follows directly (《 or a name then ：), not in prose like 见解.
  if (!m) return { prefix: null, rest: s, offset: 0 };
  if (m[1] === '见' && !/^见\s*(?:《|[^，。：]{1,30}[：:]\s*《)/u.test(s)) return { prefix: null, rest: s, offset: 0 };
  return { prefix: m[1]!, rest: s.slice(m[0].length), offset: m[0].length };
}
