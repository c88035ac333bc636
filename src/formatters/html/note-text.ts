import type { Nodes, Parent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Range } from '../../model/location.js';
import { esc } from './escape.js';
import { highlight, type Span } from './highlight.js';

/**
 * A note is one run of inline Markdown: block constructs (a note starting `1.` or `>` is not a list or
 * a quotation), raw HTML (shown as text) and images (nothing is loaded) are turned off.
 */
const INLINE_ONLY = {
  disable: {
    null: [
      'blockQuote',
      'codeFenced',
      'codeIndented',
      'definition',
      'headingAtx',
      'htmlFlow',
      'htmlText',
      'labelStartImage',
      'list',
      'setextUnderline',
      'thematicBreak',
    ],
  },
};

/** What can make Markdown of a note: emphasis, code, links, escapes, entities. */
const MARKUP = /[*_`[<&\\]/;

/** Links that leave the page for the web or mail; any other scheme (javascript:, file:, data:) is text. */
const SAFE_URL = /^(?:https?:\/\/|mailto:)/i;

/**
 * The text of a note as its Markdown shows it (emphasis, strong, code, links), escaped, with each
 * finding marked where it is: the findings' spans are cut at the markup, so a finding over an italic
 * title is marked in each piece. Nothing of the manuscript becomes markup but these.
 */
export function noteHtml(text: string, range: Range, spans: Span[], markdown: boolean): string {
  const source = text.slice(range.start, range.end);
  if (!markdown || !MARKUP.test(source)) return highlight(text, range, spans);
  const plain = (start: number, end: number) =>
    end > start ? highlight(text, { start: range.start + start, end: range.start + end }, spans) : '';
  const render = (node: Nodes): string => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    switch (node.type) {
      case 'text':
        // An escape or an entity makes the value differ from the source: shown as read, unmarked.
        return source.slice(start, end) === node.value ? plain(start, end) : esc(node.value);
      case 'emphasis':
        return `<em>${children(node, start, end, false)}</em>`;
      case 'strong':
        return `<strong>${children(node, start, end, false)}</strong>`;
      case 'inlineCode': {
        const at = source.indexOf(node.value, start);
        const inside = at !== -1 && at + node.value.length <= end;
        return `<code>${inside ? plain(at, at + node.value.length) : esc(node.value)}</code>`;
      }
      case 'link':
        return SAFE_URL.test(node.url)
          ? `<a href="${esc(node.url)}" rel="noopener noreferrer">${children(node, start, end, false)}</a>`
          : children(node, start, end, false);
      case 'break':
        return '<br>';
      case 'root':
      case 'paragraph':
        return children(node, start, end, true);
      default:
        return plain(start, end);
    }
  };
  /** A node's children; between paragraphs (and around them) the source's own text is kept. */
  const children = (node: Parent, start: number, end: number, keepGaps: boolean): string => {
    let out = '';
    let at = start;
    for (const child of node.children) {
      const from = child.position?.start.offset ?? at;
      if (keepGaps) out += plain(at, from);
      out += render(child);
      at = child.position?.end.offset ?? from;
    }
    return keepGaps ? out + plain(at, end) : out;
  };
  const tree = fromMarkdown(source, { extensions: [INLINE_ONLY] });
  return children(tree, 0, source.length, true);
}
