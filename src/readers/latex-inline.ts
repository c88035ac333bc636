import type { InlineComment, InlineConfig } from '../model/document.js';
import type { Range } from '../model/location.js';
import { readDirective, Switches } from '../util/inline-directives.js';
import { LineIndex } from '../util/locate.js';

/**
 * `% citeaudit-disable …`, `% citeaudit-enable …` and `% citeaudit-disable-next-line …` in LaTeX. The
 * reader lays the source out anew (notes after the text, paragraphs on one line), so a comment cannot
 * be found in the text it makes: each stretch it switches off is marked in the source by an opening and
 * a closing token (control characters no prose holds), which travel with the text through the reader's
 * steps and are taken out at the end, where they give the stretch's ranges.
 */
/** The character that starts a token: taken out of the source so that none is there by chance. */
export const TOKEN_START = '\u0002';
const END = '\u0003';
const OPEN = `${TOKEN_START}+`;
const CLOSE = `${TOKEN_START}-`;
const TOKEN = new RegExp(`${TOKEN_START}([+-])(\\d+)${END}`, 'g');
const LEADING = new RegExp(`^(?:${TOKEN_START}[+-]\\d+${END})*`);

export const opens = (ids: Iterable<number>) => [...ids].map((k) => `${OPEN}${k}${END}`).join('');
export const closes = (ids: Iterable<number>) => [...ids].map((k) => `${CLOSE}${k}${END}`).join('');

/** The stretches open after `text`, from those open before it (updated in place and returned). */
export function track(text: string, open: Set<number>): Set<number> {
  if (!text.includes(TOKEN_START)) return open;
  for (const m of text.matchAll(TOKEN)) {
    if (m[1] === '+') open.add(Number(m[2]));
    else open.delete(Number(m[2]));
  }
  return open;
}

/** `f` applied to a line after the tokens it starts with, which stay in front. */
export function keepTokens(line: string, f: (s: string) => string): string {
  const lead = LEADING.exec(line)![0];
  return lead + f(line.slice(lead.length));
}

/** The stretches that `text` opens. */
export function openedIn(text: string): number[] {
  return [...text.matchAll(TOKEN)].filter((m) => m[1] === '+').map((m) => Number(m[2]));
}

/** The text without its tokens, and the tokens in their order. */
export function takeTokens(text: string): { text: string; tokens: string } {
  if (!text.includes(TOKEN_START)) return { text, tokens: '' };
  return { text: text.replace(TOKEN, ''), tokens: [...text.matchAll(TOKEN)].map((m) => m[0]).join('') };
}

/** The comments of one file: its own switches (a comment's reach ends with its file, as ESLint's). */
export class FileComments {
  private readonly switches: Switches;
  /** `disable-next-line`: the stretches to close when the scan reaches the end of the next line. */
  private readonly due: Array<{ at: number; ids: number[] }> = [];
  private lines?: LineIndex;

  constructor(
    private readonly project: LatexComments,
    private readonly file: string,
    private readonly text: string,
  ) {
    this.switches = new Switches(project.stretches);
  }

  /** The tokens that stand for the comment `body` (the text after `%`), at `at` in the file, or ''. */
  comment(body: string, at: number): string {
    const read = readDirective(body);
    if (!read) return '';
    this.lines ??= new LineIndex(this.text);
    this.project.comments.push({ ...read, file: this.file, line: this.lines.position(at).line });
    if (read.directive === 'disable') return opens(this.switches.disable(read.rules, at));
    if (read.directive === 'enable') return closes(this.switches.enable(read.rules, at));
    if (read.directive !== 'disable-next-line') return '';
    const start = this.text.indexOf('\n', at);
    if (start === -1) return '';
    const end = this.text.indexOf('\n', start + 1);
    const ids = this.switches.only(read.rules, start + 1, end === -1 ? this.text.length : end);
    this.due.push({ at: end === -1 ? this.text.length : end, ids });
    return opens(ids);
  }

  /** The closing tokens of the `disable-next-line` stretches whose line ends at or before `i`. */
  reached(i: number): string {
    if (this.due.length === 0 || this.due[0]!.at > i) return '';
    let out = '';
    while (this.due.length && this.due[0]!.at <= i) out += closes(this.due.shift()!.ids);
    return out;
  }

  /** The closing tokens of everything still open at the end of the file (an `\input` file). */
  end(): string {
    return this.reached(Infinity) + closes(this.switches.close(this.text.length));
  }
}

/** The configuration comments of a LaTeX project, the main file's and its `\input` files'. */
export class LatexComments {
  readonly comments: InlineComment[] = [];
  /** The stretches by token number; their positions are the source's, and only their rules are used. */
  readonly stretches: Array<{ rule: string | null; start: number; end: number }> = [];

  file(name: string, text: string): FileComments {
    return new FileComments(this, name, text);
  }

  /** The laid-out text without its tokens, and what the comments say in it; null when there were none. */
  resolve(out: string): { text: string; inline: InlineConfig } | null {
    if (this.comments.length === 0) return null;
    const ranges = this.stretches.map((): Range[] => []);
    const started = new Map<number, number>();
    let text = '';
    let last = 0;
    for (const m of out.matchAll(TOKEN)) {
      text += out.slice(last, m.index);
      last = m.index + m[0].length;
      const k = Number(m[2]);
      const start = started.get(k);
      if (m[1] === '+') {
        if (start === undefined) started.set(k, text.length);
      } else if (start !== undefined) {
        ranges[k]?.push({ start, end: text.length });
        started.delete(k);
      }
    }
    text += out.slice(last);
    for (const [k, start] of started) ranges[k]?.push({ start, end: text.length });
    const off = this.stretches.map((s, k) => ({ rule: s.rule, ranges: ranges[k]! }));
    return { text, inline: { comments: this.comments, off } };
  }
}
