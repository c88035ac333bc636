import { indexTop } from './scan.js';

// A remark before the signal (`对此的讨论，参见…`, `On this point, see …`) is commentary, not reference.
const SIGNAL = /参见|参看|详见|另见|转引自|[Ss]ee |[Cc]f\. /u;
const LEAD =
  /^([^《“"*]{1,200}?[。，,.;；:：]\s*)(?=参见|参看|详见|另见|转引自|(?:See also|see also|See|see|Cf\.|cf\.)\s)/u;

export interface Core {
  /** Offset of the reference in the given string. */
  start: number;
  /** End of the reference in the given string. */
  end: number;
  commentary: string | null;
}

/** Separates commentary around the reference: a lead-in before 参见/See, and sentences after the first `。`. */
export function findCore(s: string): Core {
  const parts: string[] = [];
  let start = 0;
  let end = s.length;
  const lead = SIGNAL.test(s) ? LEAD.exec(s) : null;
  if (lead) {
    parts.push(lead[1]!.trim());
    start = lead[1]!.length;
  }
  // `…，第5页。这一说法有误` — a full stop outside titles and quotes ends the reference.
  const stop = indexTop(s, '。', start);
  if (stop !== -1 && stop < s.length - 1) {
    parts.push(s.slice(stop + 1).trim());
    end = stop;
  }
  return { start, end, commentary: parts.length ? parts.join(' ') : null };
}
