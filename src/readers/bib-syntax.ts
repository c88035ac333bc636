/**
 * The grammar of a .bib file as BibTeX and biber read it: entries `@type{key, field = value, …}` (or with
 * parentheses), values in braces, in quotes, bare numbers or `@string` macros joined by `#`; `@string`,
 * `@preamble` and `@comment`; anything outside an entry (and a `%` line) is a comment. Field values are
 * returned as TeX source, macros expanded; interpreting the TeX is bib-tex.ts's.
 */

/** One entry: its type and field names in lower case, each value as TeX source. */
export interface BibEntry {
  type: string;
  key: string;
  fields: Map<string, string>;
}

/** A syntax error at an offset of the text. */
export class BibSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
    this.name = 'BibSyntaxError';
  }
}

const SPACES = /\s+/y;
// An identifier: what BibTeX allows in a type, field or macro name (no space, quote, `#`, `%`, comma,
// `=`, brace or parenthesis).
const IDENTIFIER = /[^\s"#%'(),={}]+/y;

class Scanner {
  pos = 0;
  constructor(
    readonly text: string,
    readonly strings: Map<string, string>,
  ) {}

  skipSpace(): void {
    SPACES.lastIndex = this.pos;
    if (SPACES.test(this.text)) this.pos = SPACES.lastIndex;
  }

  fail(message: string, at = this.pos): never {
    throw new BibSyntaxError(at, message);
  }

  identifier(what: string): string {
    this.skipSpace();
    IDENTIFIER.lastIndex = this.pos;
    const m = IDENTIFIER.exec(this.text);
    if (!m) this.fail(`expected ${what}, found ${this.found()}`);
    this.pos += m[0].length;
    return m[0];
  }

  found(): string {
    const c = this.text[this.pos];
    return c === undefined ? 'the end of the file' : `'${c}'`;
  }

  expect(c: string): void {
    this.skipSpace();
    if (this.text[this.pos] !== c) this.fail(`expected '${c}', found ${this.found()}`);
    this.pos++;
  }

  /** From just past an opening brace to its closing brace: the text between. */
  braced(): string {
    const start = this.pos;
    let depth = 1;
    for (let i = start; i < this.text.length; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 0x7b) depth++;
      else if (c === 0x7d && --depth === 0) {
        this.pos = i + 1;
        return this.text.slice(start, i);
      }
    }
    return this.fail('this brace is never closed', start - 1);
  }

  /** From just past an opening quote to the closing one, which cannot be inside braces. */
  quoted(): string {
    const start = this.pos;
    let depth = 0;
    for (let i = start; i < this.text.length; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 0x7b) depth++;
      else if (c === 0x7d) {
        if (--depth < 0) this.fail('a closing brace inside a quoted value that opened none', i);
      } else if (c === 0x22 && depth === 0) {
        this.pos = i + 1;
        return this.text.slice(start, i);
      }
    }
    return this.fail('this quote is never closed', start - 1);
  }

  /** A value: parts in braces or quotes, numbers and macros, joined by `#`. */
  value(): string {
    let out = '';
    for (;;) {
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === '{') {
        this.pos++;
        out += this.braced();
      } else if (c === '"') {
        this.pos++;
        out += this.quoted();
      } else {
        const name = this.identifier('a value');
        // A number stands for itself; an undefined macro is empty, as in BibTeX and biber (which warn).
        out += /^\d+$/.test(name) ? name : (this.strings.get(name.toLowerCase()) ?? '');
      }
      this.skipSpace();
      if (this.text[this.pos] !== '#') return out;
      this.pos++;
    }
  }
}

/** `@type` just read: the rest of a `@comment` (a balanced body, or the rest of its line). */
function skipComment(s: Scanner): void {
  s.skipSpace();
  const open = s.text[s.pos];
  if (open === '{' || open === '(') {
    s.pos++;
    if (open === '{') s.braced();
    else {
      const close = s.text.indexOf(')', s.pos);
      s.pos = close === -1 ? s.text.length : close + 1;
    }
    return;
  }
  const eol = s.text.indexOf('\n', s.pos);
  s.pos = eol === -1 ? s.text.length : eol;
}

/** The fields of an entry, from just past its key to its closing delimiter. */
function fields(s: Scanner, key: string, close: string): Map<string, string> {
  const out = new Map<string, string>();
  for (;;) {
    s.skipSpace();
    if (s.text[s.pos] === close) {
      s.pos++;
      return out;
    }
    if (s.text[s.pos] === '@') s.fail(`entry '${key}' is not closed before the next one`);
    if (s.text[s.pos] !== ',') s.fail(`expected ',' or '${close}' after a field, found ${s.found()}`);
    s.pos++;
    s.skipSpace();
    if (s.text[s.pos] === close || s.text[s.pos] === '@') continue;
    const name = s.identifier('a field name').toLowerCase();
    s.expect('=');
    const value = s.value();
    // A field given twice: the first counts, as in BibTeX.
    if (!out.has(name)) out.set(name, value);
  }
}

/** An entry or command, its `@` and type read; undefined for a command. */
function command(s: Scanner, type: string): BibEntry | undefined {
  s.skipSpace();
  const open = s.text[s.pos];
  const close = open === '(' ? ')' : '}';
  s.pos++;
  if (type === 'string') {
    const name = s.identifier('a macro name').toLowerCase();
    s.expect('=');
    s.strings.set(name, s.value());
    s.expect(close);
    return undefined;
  }
  if (type === 'preamble') {
    s.value();
    s.expect(close);
    return undefined;
  }
  s.skipSpace();
  const keyStart = s.pos;
  while (s.pos < s.text.length && !/[\s,}]/.test(s.text[s.pos]!) && s.text[s.pos] !== close) s.pos++;
  const key = s.text.slice(keyStart, s.pos);
  return { type, key, fields: fields(s, key, close) };
}

/** Whether a `%` comes before `at` on its line, after `from`: the `@` is then in a comment. */
function commented(text: string, from: number, at: number): boolean {
  for (let i = at - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return false;
    if (c === 0x25) return true;
  }
  return false;
}

/** Where the next `@` that can start an entry is, from `from` (outside entries): not one after a `%` on its line. */
function nextAt(text: string, from: number): number {
  for (let at = text.indexOf('@', from); at !== -1; at = text.indexOf('@', at + 1)) {
    if (!commented(text, from, at)) return at;
    const eol = text.indexOf('\n', at);
    if (eol === -1) return -1;
    at = eol;
  }
  return -1;
}

/**
 * The entries of a .bib text in file order, `@string` macros (BibTeX's month macros predefined) expanded.
 * Throws BibSyntaxError at the first syntax error inside an entry.
 */
export function parseBibText(text: string, months: Record<string, string>): BibEntry[] {
  const strings = new Map(Object.entries(months));
  const s = new Scanner(text, strings);
  const entries: BibEntry[] = [];
  for (let at = nextAt(text, 0); at !== -1; at = nextAt(text, s.pos)) {
    s.pos = at + 1;
    IDENTIFIER.lastIndex = s.pos;
    const type = IDENTIFIER.exec(text)?.[0].toLowerCase();
    if (!type) continue;
    s.pos += type.length;
    if (type === 'comment') {
      skipComment(s);
      continue;
    }
    s.skipSpace();
    // An `@` not followed by a type and an opening delimiter (an address in a comment) is text, as in BibTeX.
    if (s.text[s.pos] !== '{' && s.text[s.pos] !== '(') continue;
    const entry = command(s, type);
    if (entry) entries.push(entry);
  }
  return entries;
}
