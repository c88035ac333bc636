/**
 * Readers of packaged formats lay their text out as Markdown for the note scanner. A paragraph that
 * would read as Markdown structure (a line starting ①, a fence, a footnote definition, a heading) is
 * prefixed with a zero-width space so that it stays body text.
 */
export function asBodyLine(line: string): string {
  return /^\s*(?:[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]|```|~~~|\[\^|#)/u.test(line) ? `\u200b${line}` : line;
}

/**
 * Italic text of a word processor's run or span as Markdown emphasis (`*Title*`), so that the parser sees the
 * title marks the author set: the spaces at its edges stay outside the marks, and an empty run gets none.
 */
export function emphasis(text: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return m[2] ? `${m[1]!}*${m[2]}*${m[3]!}` : text;
}
