/**
 * Markdown and HTML residue in citation strings: `<sup>st</sup>` is text, `<https://…>` is a URL,
 * and `*Title*` marks a title in English notes. Stripping keeps offsets out of the parser's way.
 */
export function stripMarkup(s: string): string {
  if (s.indexOf('<') === -1) return s;
  return s.replace(/<\/?(?:sup|sub|i|em|b|strong)>/gi, '').replace(/<((?:https?|ftp):\/\/[^>\s]+)>/gi, '$1');
}

export function unemphasize(s: string): string {
  return s.replace(/(^|[^\w*])[*_]{1,2}([^*_]+?)[*_]{1,2}(?=$|[^\w*])/g, '$1$2');
}
