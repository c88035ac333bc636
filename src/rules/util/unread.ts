import type { Citation } from '../../model/citation.js';
import { PUBLISHER_NAME } from '../../parse/confidence.js';
import { PRINTED_YEAR } from '../../util/regexp.js';

/**
 * Unsure means silent: a field the item lacks, while the citation as printed shows something that could be it,
 * may be the parser's miss rather than the author's. `lacks year` under a citation that prints `2017.` is a
 * false alarm an editor dismisses, and the true findings around it are lost with it.
 */
const LINKS = /(?:https?|ftp):\/\/\S+|\bdoi:\s*\S+|\b10\.\d{4,9}\/\S+/gi;
// What stands between title marks is the title's (`*Science and Sanity: An Introduction*`, `‘The Rede Lecture, 1959’`).
const TITLES = /\*[^*]+\*|_[^_]+_|“[^”]*”|‘[^’]*’(?!\p{L})|《[^》]*》|〈[^〉]*〉|"[^"]*"/gu;
const IMPRINT_COLON = new RegExp(`[:：]\\s*[^:：,，《〈]{0,40}?(?:${PUBLISHER_NAME.source})`, 'iu');
const PRINTED: Record<string, (raw: string) => boolean> = {
  issued: (raw) => PRINTED_YEAR.test(raw),
  'issued-or-accessed': (raw) => PRINTED_YEAR.test(raw),
  // `New York, NY: Liveright`, `Brooklyn, N.Y., USA: International …`, `北京：人民出版社` — not `孙伟平：《…》`.
  'publisher-place': (raw) =>
    /\b[A-Z][\p{L}.]*(?:,?\s+[A-Z][\p{L}.]*)*\s*:\s*[A-Z]/u.test(raw) || IMPRINT_COLON.test(raw),
  publisher: (raw) => PUBLISHER_NAME.test(raw) || /\([^()]*\p{L}[^()]*,\s*(?:1[5-9]|20)\d\d\)/u.test(raw),
  'volume-or-issue': (raw) => /\b(?:vols?|no|nos|issue)\.?\s*\d|\d+\s*\(\d+\)|\b\d+:\d+\b|第\s*\d+\s*[卷期]/i.test(raw),
  issue: (raw) => /\bno\.?\s*\d|\d+\s*\(\d+\)|第\s*\d+\s*期|\(\d+\)/i.test(raw),
  page: (raw) => /\d+\s*[-–—]\s*\d+/.test(raw.replace(/(?:1[5-9]|20)\d\d\s*[-–—]\s*(?:1[5-9]|20)?\d\d/g, '')),
  URL: (raw) => /https?:|www\./i.test(raw),
  translator: (raw) => /译|\btrans(?:\.|lated)/i.test(raw),
};

/** True when the citation prints something that could be `need` though its item does not have it. */
export function printedButUnread(c: Citation, need: string): boolean {
  const test = PRINTED[need];
  return test !== undefined && test(c.raw.replace(LINKS, ' ').replace(TITLES, ' '));
}
