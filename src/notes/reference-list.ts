/** Headings that open a reference list, in the languages citeaudit reads. */
const HEADING =
  /^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(参考文献|主要参考文献|参考书目|引用文献|征引文献|References|Bibliography|Works Cited|Literature Cited|Reference List)\s*(?:\*\*|__)?\s*[：:]?\s*(?:\*\*|__)?\s*$/i;

export function isReferenceHeading(line: string): boolean {
  return HEADING.test(line);
}

export interface ListItem {
  label: string;
  number?: number;
  /** Offset of the item text within the line. */
  textStart: number;
  text: string;
}

const LABELLED = /^(\s*(?:[-*+]\s+)?)(?:(\[(\d{1,4})\])|((\d{1,4})[.．、]))\s*/;
const BULLET = /^(\s*[-*+]\s+)/;

/** Reads one line of a reference list: `[3] …`, `3. …`, `- [3] …`, `- …` or a bare line. */
export function readListItem(line: string): ListItem | null {
  const m = LABELLED.exec(line);
  if (m) {
    const label = m[2] ?? m[4]!;
    const number = Number(m[3] ?? m[5]);
    return { label, number, textStart: m[0].length, text: line.slice(m[0].length).trimEnd() };
  }
  const b = BULLET.exec(line);
  const start = b ? b[0].length : line.length - line.trimStart().length;
  const text = line.slice(start).trimEnd();
  if (!text) return null;
  return { label: '', textStart: start, text };
}

/**
 * A labelled line that holds the next entries too (`[1] 王五. 城市[M]. 2010. [2] 李四. 乡村[M]. 2011.`, a list
 * whose line breaks were lost): split where the next numbers follow in sequence after the end of a sentence.
 */
export function splitRunOn(item: ListItem): ListItem[] {
  if (item.number === undefined || !item.label.startsWith('[')) return [item];
  const out: ListItem[] = [];
  let current = item;
  for (let n = item.number + 1; ; n++) {
    const at = new RegExp(`(?<=[.。．)）\\]]\\s*)\\[${n}\\]\\s*`, 'u').exec(current.text);
    if (!at) break;
    const head = current.text.slice(0, at.index).trimEnd();
    const next = current.textStart + at.index + at[0].length;
    out.push({ ...current, text: head });
    current = { label: `[${n}]`, number: n, textStart: next, text: current.text.slice(at.index + at[0].length) };
  }
  out.push(current);
  return out;
}

/**
 * An unlabelled line is taken as a reference only when it looks like one (a year, a title mark or an
 * italic title); otherwise the list has ended and the line is body text such as `(编辑：刘曙辉)`.
 */
export function looksLikeReference(text: string): boolean {
  return /(?:1[5-9]|20)\d\d/.test(text) && (/[《*_“"]/.test(text) || /[.,，。]/.test(text));
}
