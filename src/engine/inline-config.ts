import { INLINE } from '../i18n/config.js';
import { render, type UiLang } from '../i18n/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Document, InlineComment, InlineConfig } from '../model/document.js';
import { DIRECTIVES, readDirective, Switches } from '../util/inline-directives.js';
import { LineIndex } from '../util/locate.js';
import { either, nearest } from '../util/suggest.js';

const HTML_COMMENT = /<!--([\s\S]*?)-->/g;

/** The line after the one holding offset `at`: from its start to its line break (or the end). */
function nextLine(text: string, at: number): { start: number; end: number } {
  const nl = text.indexOf('\n', at);
  if (nl === -1) return { start: text.length, end: text.length };
  const after = text.indexOf('\n', nl + 1);
  return { start: nl + 1, end: after === -1 ? text.length : after };
}

/**
 * HTML comments in the text (Markdown, and the formats laid out as Markdown), as ESLint's:
 * `<!-- citeaudit-disable rule-a, rule-b -->` … `<!-- citeaudit-enable -->` switches rules (without ids,
 * every rule) off in between; `<!-- citeaudit-disable-next-line rule-a -->` on the line after the comment.
 */
export function readInlineComments(text: string, file: string): InlineConfig | null {
  if (!text.includes('citeaudit-')) return null;
  const lines = new LineIndex(text);
  const switches = new Switches();
  const comments: InlineComment[] = [];
  for (const m of text.matchAll(HTML_COMMENT)) {
    const read = readDirective(m[1]!);
    if (!read) continue;
    comments.push({ ...read, file, line: lines.position(m.index).line });
    if (read.directive === 'disable') switches.disable(read.rules, m.index);
    else if (read.directive === 'enable') switches.enable(read.rules, m.index);
    else if (read.directive === 'disable-next-line') {
      const { start, end } = nextLine(text, m.index + m[0].length - 1);
      switches.only(read.rules, start, end);
    }
  }
  switches.close(text.length);
  if (comments.length === 0) return null;
  return { comments, off: switches.stretches.map(({ rule, start, end }) => ({ rule, ranges: [{ start, end }] })) };
}

/** The inline configuration of a document: what its reader found, else the HTML comments of its text. */
export function inlineConfigOf(doc: Document): InlineConfig | null {
  return doc.inline ?? readInlineComments(doc.text, doc.path);
}

/** The findings that start outside every stretch where their rule is switched off. */
export function applyInlineConfig(inline: InlineConfig | null, diagnostics: Diagnostic[]): Diagnostic[] {
  if (!inline?.off.length) return diagnostics;
  return diagnostics.filter(
    (d) =>
      !inline.off.some(
        (o) =>
          (o.rule === null || o.rule === d.ruleId) &&
          o.ranges.some((r) => d.range.start >= r.start && d.range.start < r.end),
      ),
  );
}

/** Where a comment is: `line 4`, or `chapters/a.tex, line 4` in a file other than the document's. */
export function commentPlace(c: InlineComment, docPath: string, lang: UiLang): string {
  return render(c.file === docPath ? INLINE.line : INLINE.fileLine, lang, { file: c.file, line: c.line });
}

/**
 * What is wrong in the inline comments, one line each for standard error, as the reader's notices
 * are: an unknown comment or rule id, with the names it is near ("did you mean …").
 */
export function inlineNotices(
  inline: InlineConfig | null,
  doc: Document,
  ruleIds: readonly string[],
  lang: UiLang,
): string[] {
  const notices: string[] = [];
  const or = lang === 'zh' ? '或' : 'or';
  const hint = (name: string, known: readonly string[], otherwise: string) => {
    const near = nearest(name, known);
    return near.length ? render(INLINE.didYouMean, lang, { names: either(near, or) }) : otherwise;
  };
  for (const c of inline?.comments ?? []) {
    const where = commentPlace(c, doc.path, lang);
    const directive = c.directive;
    if (!(DIRECTIVES as readonly string[]).includes(directive)) {
      const names = DIRECTIVES.map((d) => `citeaudit-${d}`);
      const known = render(INLINE.known, lang, { names: names.join(', ') });
      notices.push(
        render(INLINE.unknownDirective, lang, {
          where,
          directive,
          hint: hint(`citeaudit-${directive}`, names, known),
        }),
      );
      continue;
    }
    for (const rule of c.rules.filter((r) => !ruleIds.includes(r)))
      notices.push(
        render(INLINE.unknownRule, lang, {
          where,
          directive,
          rule,
          hint: hint(rule, ruleIds, render(INLINE.seeRules, lang)),
        }),
      );
  }
  return notices;
}
