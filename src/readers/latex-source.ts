import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { decodeText } from './decode.js';
import { type FileComments, LatexComments, TOKEN_START } from './latex-inline.js';
import { markup } from './markup.js';

const MAX_DEPTH = 16;

/** Where a region that is not prose ends, scanning from `i` (just past its opening); -1 when unclosed. */
type Closer = (s: string, i: number) => number;

/** The end of `\begin{env}` … `\end{env}` (the whole `\end{env}` included), from just past the opening. */
function environmentEnd(env: string, unclosed: Unclosed): Closer {
  return (s, i) => search(s, i, `\\end{${env}}`, unclosed);
}

/** Longest inline formula read: a stray `$` is not followed through a whole chapter. */
const MAX_INLINE = 4096;

/** The end of `$…$` within its paragraph: a `$` that never closes is a literal dollar, not math. */
function inlineMathEnd(s: string, i: number): number {
  for (let k = i; k < Math.min(s.length, i + MAX_INLINE); k++) {
    const c = s[k];
    if (c === '\\') k++;
    else if (c === '$') return k + 1;
    else if (c === '\n' && /^\n[ \t]*\n/.test(s.slice(k, k + 64))) return -1;
  }
  return -1;
}

/**
 * Closers searched to the end of the text and not found: a later search from further on cannot find them
 * either, so that a file of unclosed `\(` or `\begin{verbatim}` is read in linear time.
 */
type Unclosed = Set<string>;

function search(s: string, i: number, close: string, unclosed: Unclosed): number {
  if (unclosed.has(close)) return -1;
  const end = s.indexOf(close, i);
  if (end === -1) unclosed.add(close);
  return end === -1 ? -1 : end + close.length;
}

function delimitedEnd(close: string, unclosed: Unclosed): Closer {
  return (s, i) => search(s, i, close, unclosed);
}

/** `\verb|…|`, `\verb*+…+`: the delimiter is the first character, the text ends at its next occurrence. */
function verbEnd(s: string, i: number): number {
  const d = s[i];
  if (d === undefined || /[\sa-zA-Z*]/.test(d)) return -1;
  const end = s.indexOf(d, i + 1);
  return end === -1 || s.slice(i, end).includes('\n') ? -1 : end + 1;
}

/** What opens at `i`, if a region that is not prose does: its length and where it ends. */
function opening(s: string, i: number, envs: Set<string>, unclosed: Unclosed): { length: number; end: Closer } | null {
  const c = s[i];
  if (c === '$')
    return s[i + 1] === '$' ? { length: 2, end: delimitedEnd('$$', unclosed) } : { length: 1, end: inlineMathEnd };
  if (c !== '\\') return null;
  const next = s[i + 1];
  if (next === '(') return { length: 2, end: delimitedEnd('\\)', unclosed) };
  if (next === '[') return { length: 2, end: delimitedEnd('\\]', unclosed) };
  const verb = /^\\verb\*?/.exec(s.slice(i, i + 6));
  if (verb && !/[a-zA-Z]/.test(s[i + verb[0].length] ?? '')) return { length: verb[0].length, end: verbEnd };
  const env = /^\\begin\s*\{([^}]+)\}/.exec(s.slice(i, i + 80));
  if (env && envs.has(env[1]!)) return { length: env[0].length, end: environmentEnd(env[1]!, unclosed) };
  return null;
}

/**
 * The prose of a LaTeX source: comments (an escaped `\%` stays), math (`$…$`, `$$…$$`, `\(…\)`, `\[…\]` and
 * the equation-like environments), verbatim environments (`verbatim`, `lstlisting`, `minted`…) and `\verb`
 * each replaced by one space, so that nothing inside them reads as a citation or a note. With `comments`,
 * a comment that configures citeaudit leaves its tokens in the prose.
 */
export function stripNonProse(s: string, comments?: FileComments): string {
  const m = markup().latex;
  const envs = new Set([...m.mathEnvironments, ...m.verbatimEnvironments]);
  const unclosed: Unclosed = new Set();
  let out = '';
  let i = 0;
  while (i < s.length) {
    if (comments) out += comments.reached(i);
    const c = s[i]!;
    if (c === '%') {
      const nl = s.indexOf('\n', i);
      if (comments) out += comments.comment(s.slice(i + 1, nl === -1 ? s.length : nl), i);
      i = nl === -1 ? s.length : nl + 1;
      continue;
    }
    if (c === TOKEN_START && comments) {
      out += ' ';
      i++;
      continue;
    }
    const open = opening(s, i, envs, unclosed);
    const end = open ? open.end(s, i + open.length) : -1;
    if (open && end !== -1) {
      out += ' ';
      i = end;
    } else if (c === '\\') {
      // A control symbol (`\\`, `\%`, `\$`) is copied whole, so that its second character opens nothing.
      out += s.slice(i, i + 2);
      i += 2;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** A project read from its main file: the text with every included file in place, the files not found. */
export interface Project {
  text: string;
  missing: string[];
}

/** The body of a file that is a document of its own (`\subfile`, `\documentclass[main]{subfiles}`). */
function documentBody(text: string): string {
  const start = text.indexOf('\\begin{document}');
  if (start === -1) return text;
  const end = text.indexOf('\\end{document}', start);
  return text.slice(start + '\\begin{document}'.length, end === -1 ? undefined : end);
}

/**
 * The file an `\input`, `\include` or `\subfile` names, found as TeX finds it: relative to the main file's
 * folder (where TeX runs) first, then to the including file's; `.tex` added when the name has none.
 */
function locate(name: string, mainDir: string, dir: string): string | null {
  const names = name.endsWith('.tex') ? [name] : [`${name}.tex`, name];
  for (const base of mainDir === dir ? [mainDir] : [mainDir, dir]) {
    for (const n of names) {
      const file = resolve(base, n);
      if (isFile(file)) return file;
    }
  }
  return null;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

interface Expansion {
  /** The main file as the user named it, and its folder. */
  path: string;
  mainDir: string;
  comments: LatexComments;
  seen: Set<string>;
  missing: string[];
}

/** `\input{x}`, `\input x`, `\include{x}`, `\subfile{x}` replaced by the prose of the file; cycles are cut. */
function expand(text: string, dir: string, depth: number, ctx: Expansion): string {
  const commands = markup().latex.inputCommands.join('|');
  const pattern = new RegExp(`\\\\(${commands})(?:\\s*\\{([^}]+)\\}|\\s+([^\\s{}\\\\]+))`, 'g');
  return text.replace(pattern, (_, command: string, braced?: string, bare?: string) => {
    const name = (braced ?? bare ?? '').trim();
    const file = locate(name, ctx.mainDir, dir);
    if (!file) {
      if (!ctx.missing.includes(name)) ctx.missing.push(name);
      return ' ';
    }
    if (ctx.seen.has(file) || depth > MAX_DEPTH) return ' ';
    ctx.seen.add(file);
    const source = decodeText(readFileSync(file), file).text;
    const comments = ctx.comments.file(join(dirname(ctx.path), relative(ctx.mainDir, file)), source);
    const prose = stripNonProse(source, comments) + comments.end();
    return expand(command === 'subfile' ? documentBody(prose) : prose, dirname(file), depth + 1, ctx);
  });
}

/**
 * The main file's text with every included file in its place, and the names of the files not found; the
 * configuration comments of every file go to `comments`.
 */
export function loadProject(path: string, text: string, comments = new LatexComments()): Project {
  const ctx: Expansion = {
    path,
    mainDir: dirname(resolve(path)),
    comments,
    seen: new Set([resolve(path)]),
    missing: [],
  };
  return { text: expand(stripNonProse(text, comments.file(path, text)), ctx.mainDir, 0, ctx), missing: ctx.missing };
}
