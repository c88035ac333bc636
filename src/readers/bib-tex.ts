import type { BibtexTable } from '../model/tables.js';

/** Characters that make a value more than plain text: without any of them it is only trimmed. */
const TEX = /[\\{}$~\-`']/;
/** What `until` stops at: the characters above, and `^` and `_`, which print nothing in math. */
const SPECIAL = /[\\{}$~\-`'^_]/g;
const LETTER = /[A-Za-z]/;
const ASCII_SPACE = /[ \t\r\n\f\v]+/g;
const DOTLESS: Record<string, string> = { ı: 'i', ȷ: 'j' };

/**
 * TeX source of a .bib field as the text it prints: accents on their letters (`{\"o}`, `\'{e}`, `\v c`,
 * `\'\i` → ö é č í), commands that print a character (`\ss`, `\&`, `\textendash`), TeX's ligatures
 * (`--`, `---`, ``` `` ```, `''`, `~` as a no-break space), braces and math shifts dropped, the argument
 * of any other command kept (`\emph{x}` → x) unless it is a link target, sort key or colour
 * (data/bibtex.json). Spaces are collapsed as TeX collapses them.
 */
export class TexToText {
  private src = '';
  private pos = 0;

  constructor(private readonly table: BibtexTable) {}

  text(tex: string): string {
    if (!TEX.test(tex)) return tex.replace(ASCII_SPACE, ' ').trim();
    this.src = tex;
    this.pos = 0;
    return this.until(tex.length, false).replace(ASCII_SPACE, ' ').trim();
  }

  /** The text from `pos` to `end`; `math` inside `$…$`, where `^` and `_` print nothing. */
  private until(end: number, math: boolean): string {
    let out = '';
    const s = this.src;
    while (this.pos < end) {
      // Plain text up to the next character that means something is taken as it is.
      SPECIAL.lastIndex = this.pos;
      const next = Math.min(SPECIAL.exec(s)?.index ?? end, end);
      if (next > this.pos) {
        out += s.slice(this.pos, next);
        this.pos = next;
        continue;
      }
      const c = s[this.pos]!;
      if (c === '\\') out += this.command(end, math);
      else if (c === '{' || c === '}') this.pos++;
      else if (c === '$') {
        this.pos++;
        math = !math;
      } else if (c === '^' || c === '_') {
        this.pos++;
        if (!math) out += c;
      } else out += this.ligature(c);
    }
    return out;
  }

  /** A character or TeX's ligature starting with it (`---`, `--`, ``` `` ```, `''`, `~`). */
  private ligature(c: string): string {
    const s = this.src;
    const next = s[this.pos + 1];
    if (c === '-' && next === '-') {
      const em = s[this.pos + 2] === '-';
      this.pos += em ? 3 : 2;
      return em ? '—' : '–';
    }
    if ((c === '`' || c === "'") && next === c) {
      this.pos += 2;
      return c === '`' ? '“' : '”';
    }
    this.pos++;
    return c === '~' ? '\u00a0' : c;
  }

  /**
   * A command from its backslash: a character, or nothing; an accent with its argument, accents on an
   * accent (`\'\=o`) read in a loop, not by recursion, so that no run of them can exhaust the stack.
   */
  private command(end: number, math: boolean): string {
    const marks: string[] = [];
    let name = this.commandName();
    for (let mark = this.table.accents[name]; mark !== undefined; mark = this.table.accents[name]) {
      marks.push(mark);
      this.skipSpaces(end);
      if (this.src[this.pos] !== '\\') return this.accented(this.argument(end, math), marks);
      name = this.commandName();
    }
    const symbol = this.table.symbols[name];
    if (symbol !== undefined) return this.accented(symbol, marks);
    for (let n = this.table.dropArguments[name] ?? 0; n > 0; n--) this.skipArgument(end);
    // Any other command prints its arguments, which follow as ordinary text.
    return '';
  }

  /** The name of the command at `pos` (a backslash), `pos` moved past it and the spaces after a control word. */
  private commandName(): string {
    const s = this.src;
    let i = this.pos + 1;
    if (i >= s.length) {
      this.pos = i;
      return '';
    }
    if (!LETTER.test(s[i]!)) {
      this.pos = i + 1;
      return s[i]!;
    }
    while (i < s.length && LETTER.test(s[i]!)) i++;
    const name = s.slice(this.pos + 1, i);
    while (i < s.length && (s[i] === ' ' || s[i] === '\n' || s[i] === '\t')) i++;
    this.pos = i;
    return name;
  }

  /** The end of the group opening at `pos` (a brace): the offset of its closing brace, or `end`. */
  private groupEnd(end: number): number {
    let depth = 0;
    for (let i = this.pos; i < end; i++) {
      const c = this.src[i];
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return i;
    }
    return end;
  }

  private skipSpaces(end: number): void {
    while (this.pos < end && this.src[this.pos] === ' ') this.pos++;
  }

  /** An accent's argument as text: a group or one character. */
  private argument(end: number, math: boolean): string {
    this.skipSpaces(end);
    if (this.pos >= end) return '';
    if (this.src[this.pos] === '{') {
      const close = this.groupEnd(end);
      this.pos++;
      const inner = this.until(close, math);
      this.pos = Math.min(close + 1, end);
      return inner;
    }
    const cp = String.fromCodePoint(this.src.codePointAt(this.pos)!);
    this.pos += cp.length;
    return cp;
  }

  private skipArgument(end: number): void {
    this.skipSpaces(end);
    if (this.src[this.pos] === '{') this.pos = Math.min(this.groupEnd(end) + 1, end);
    else if (this.pos < end) this.pos++;
  }

  /**
   * The marks on the first character of `text`, the innermost (last written) first; a dotless ı or ȷ takes
   * them as i or j. Composed where Unicode has the letter.
   */
  private accented(text: string, marks: string[]): string {
    if (!text || !marks.length) return text;
    const first = String.fromCodePoint(text.codePointAt(0)!);
    return ((DOTLESS[first] ?? first) + marks.reverse().join('')).normalize('NFC') + text.slice(first.length);
  }
}
