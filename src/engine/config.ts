import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ignore from 'ignore';
import type { SeveritySetting } from '../model/diagnostic.js';
import type { NormId } from '../model/norm.js';
import { createScanner, parse, ParseErrorCode, printParseErrorCode, SyntaxKind, type ParseError } from 'jsonc-parser';
import { InputError } from '../util/errors.js';
import { LineIndex } from '../util/locate.js';
import { isNormId } from './norms.js';

export const CONFIG_NAMES = ['citeaudit.config.json', '.citeauditrc.json'];
const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);

export interface Config {
  /** The file it came from, for messages. */
  path: string;
  norm?: NormId | 'auto';
  rules: Record<string, SeveritySetting>;
  ignore: string[];
  /** The catalog for `check --catalog` and `citeaudit catalog`, resolved against the configuration's folder. */
  catalog?: string;
}

const SYNTAX: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.InvalidSymbol]: 'unexpected character',
  [ParseErrorCode.InvalidNumberFormat]: 'invalid number',
  [ParseErrorCode.PropertyNameExpected]: 'a property name in double quotes expected',
  [ParseErrorCode.ValueExpected]: 'a value expected',
  [ParseErrorCode.ColonExpected]: "':' expected",
  [ParseErrorCode.CommaExpected]: "',' expected",
  [ParseErrorCode.CloseBraceExpected]: "'}' expected",
  [ParseErrorCode.CloseBracketExpected]: "']' expected",
  [ParseErrorCode.EndOfFileExpected]: 'nothing expected after the end of the object',
  [ParseErrorCode.UnexpectedEndOfComment]: 'unclosed comment',
  [ParseErrorCode.UnexpectedEndOfString]: 'unclosed string',
  [ParseErrorCode.InvalidUnicode]: 'invalid \\u escape',
  [ParseErrorCode.InvalidEscapeCharacter]: 'invalid escape',
  [ParseErrorCode.InvalidCharacter]: 'invalid character in a string',
};

/** The offset of a comma followed by `}` or `]` (comments and spaces between), or -1. */
function trailingComma(text: string): number {
  const scanner = createScanner(text, true);
  let comma = -1;
  for (let k = scanner.scan(); k !== SyntaxKind.EOF; k = scanner.scan()) {
    if ((k === SyntaxKind.CloseBraceToken || k === SyntaxKind.CloseBracketToken) && comma !== -1) return comma;
    comma = k === SyntaxKind.CommaToken ? scanner.getTokenOffset() : -1;
  }
  return -1;
}

/**
 * JSON with line and block comments, as `citeaudit init` writes it, read with jsonc-parser. A syntax
 * error, a trailing comma included (JSON has none, and other tools reading the file may refuse it), is
 * one message with its line and column.
 */
export function parseConfigText(text: string): { value: unknown } | { error: string } {
  const errors: ParseError[] = [];
  const json = text.replace(/^\uFEFF/, '');
  const value: unknown = parse(json, errors, { allowTrailingComma: true });
  const at = (offset: number, what: string) => {
    const { line, column } = new LineIndex(json).position(offset);
    return { error: `not valid JSON at line ${line}, column ${column}: ${what}` };
  };
  const first = errors[0];
  if (first) return at(first.offset, SYNTAX[first.error] ?? printParseErrorCode(first.error));
  const comma = trailingComma(json);
  if (comma !== -1) return at(comma, 'trailing comma (remove it: JSON allows none after the last item)');
  return { value };
}

/** Reads and validates a configuration file; every problem names the file and the setting. */
export function loadConfig(path: string, isRuleId: (id: string) => boolean): Config {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      path,
      code === 'ENOENT' ? 'configuration file not found' : `cannot read it (${(err as Error).message})`,
    );
  }
  const parsed = parseConfigText(text);
  if ('error' in parsed) throw new InputError(path, parsed.error);
  const raw = parsed.value;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new InputError(path, 'a configuration is a JSON object');
  const o = raw as Record<string, unknown>;
  const known = new Set(['norm', 'rules', 'ignore', 'catalog', '$schema']);
  for (const k of Object.keys(o))
    if (!known.has(k)) throw new InputError(path, `unknown setting '${k}' (known: norm, rules, ignore, catalog)`);
  const config: Config = { path, rules: {}, ignore: [] };
  if (o.norm !== undefined) {
    if (typeof o.norm !== 'string' || (o.norm !== 'auto' && !isNormId(o.norm)))
      throw new InputError(
        path,
        `norm: '${typeof o.norm === 'string' ? o.norm : JSON.stringify(o.norm)}' is not a norm`,
      );
    config.norm = o.norm;
  }
  if (o.rules !== undefined) {
    if (!o.rules || typeof o.rules !== 'object' || Array.isArray(o.rules))
      throw new InputError(path, 'rules: expected an object of rule ids');
    for (const [id, v] of Object.entries(o.rules as Record<string, unknown>)) {
      if (!isRuleId(id)) throw new InputError(path, `rules: unknown rule '${id}' (see 'citeaudit rules')`);
      if (typeof v !== 'string' || !SEVERITIES.has(v))
        throw new InputError(path, `rules.${id}: expected "off", "info", "warning" or "error"`);
      config.rules[id] = v as SeveritySetting;
    }
  }
  if (o.ignore !== undefined) {
    if (!Array.isArray(o.ignore) || o.ignore.some((p) => typeof p !== 'string'))
      throw new InputError(path, 'ignore: expected a list of patterns');
    config.ignore = o.ignore as string[];
  }
  if (o.catalog !== undefined) {
    if (typeof o.catalog !== 'string' || !o.catalog.trim())
      throw new InputError(path, 'catalog: expected the path of a catalog file');
    config.catalog = resolve(dirname(path), o.catalog);
  }
  return config;
}

/** The configuration that applies to a directory: the nearest one found walking upward. */
export function findConfig(start: string): string | null {
  let dir = resolve(start);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const p = join(dir, name);
      if (existsSync(p)) return p;
    }
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/**
 * `.gitignore` patterns (the `ignore` package implements the whole syntax: `*`, `**`, `?`, `[…]`, a
 * leading `/` to anchor, a trailing `/` for folders, `!` to re-include). Paths are relative, with `/`
 * after a folder's name.
 */
export function ignoreMatcher(patterns: string[]): (relPath: string) => boolean {
  const ig = ignore({ allowRelativePaths: true }).add(patterns);
  return (rel) => {
    const p = rel.replace(/\\/g, '/').replace(/^\.\//, '');
    return p !== '' && p !== './' && ig.ignores(p);
  };
}

/** The starter configuration `citeaudit init` writes. */
export const STARTER = `// citeaudit configuration — found by citeaudit in this folder or any folder above the manuscripts.
{
  // The citation norm: "auto" (detect), "cass", "people", "law", "gbt7714-2015", "gbt7714-2025", "chicago-notes",
  // "author-date" (APA, Harvard, Chicago author-date) or "numeric" (Vancouver, IEEE, JATS journals).
  "norm": "auto",
  // Rule severities: "off", "info", "warning" or "error" (see \`citeaudit rules\`).
  "rules": {
    // "duplicate-citation": "off"
  },
  // Files and folders to skip when a folder is checked (.gitignore-style patterns).
  "ignore": ["drafts/", "*.bak.md"]
}
`;
