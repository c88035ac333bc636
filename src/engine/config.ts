import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ignore from 'ignore';
import { isSeveritySetting, SEVERITY_SETTINGS, type SeveritySetting } from '../model/diagnostic.js';
import type { NormId } from '../model/norm.js';
import { createScanner, parse, ParseErrorCode, printParseErrorCode, SyntaxKind, type ParseError } from 'jsonc-parser';
import { InputError } from '../util/errors.js';
import { LineIndex } from '../util/locate.js';
import { didYouMean } from '../util/suggest.js';
import type { Message } from '../model/rule.js';
import { isNormId, NORM_IDS, notANorm } from './norms.js';

export const CONFIG_NAMES = ['citeaudit.config.json', '.citeauditrc.json'];

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

/** The settings a configuration file may hold, with what each does (the JSON Schema is made from these). */
export const SETTINGS = {
  $schema: {
    en: 'The JSON Schema of this file, for editors to complete and check it; citeaudit ignores it.',
    zh: '本文件的 JSON Schema，供编辑器补全与校验；citeaudit 不读取此项。',
  },
  norm: {
    en: 'The citation norm, or "auto" to recognise it from each document; --norm wins over it.',
    zh: '引注规范，"auto" 为根据每篇文稿自动识别；命令行 --norm 优先。',
  },
  rules: {
    en: 'Rule severities by rule id ("off", "info", "warning", "error"); --rule wins over them. A rule named here runs under any norm.',
    zh: '按规则 id 设定级别（"off"、"info"、"warning"、"error"）；命令行 --rule 优先。此处列出的规则在任何规范下都运行。',
  },
  ignore: {
    en: 'Files and folders to skip when a folder or glob is checked (.gitignore patterns), with those of --ignore.',
    zh: '检查目录或通配符时跳过的文件与目录（.gitignore 模式），与 --ignore 合并。',
  },
  catalog: {
    en: 'The catalog of `check --catalog` and `citeaudit catalog`, relative to this file.',
    zh: '`check --catalog` 与 `citeaudit catalog` 使用的文献库文件，相对于本文件。',
  },
} satisfies Record<string, Message>;

export type Setting = keyof typeof SETTINGS;
const SETTING_NAMES = Object.keys(SETTINGS) as Setting[];

function isSetting(k: string): k is Setting {
  return Object.hasOwn(SETTINGS, k);
}

/** The value of `norm`, checked. */
function readNorm(path: string, v: unknown): NormId | 'auto' {
  if (typeof v === 'string' && (v === 'auto' || isNormId(v))) return v;
  throw new InputError(path, `norm: ${notANorm(typeof v === 'string' ? v : JSON.stringify(v))}`);
}

/** The value of `rules`, checked: known ids, each with a severity. */
function readRules(path: string, v: unknown, ruleIds: readonly string[]): Record<string, SeveritySetting> {
  if (!v || typeof v !== 'object' || Array.isArray(v))
    throw new InputError(path, 'rules: expected an object of rule ids');
  const rules: Record<string, SeveritySetting> = {};
  for (const [id, s] of Object.entries(v as Record<string, unknown>)) {
    if (!ruleIds.includes(id))
      throw new InputError(path, `rules: unknown rule '${id}'${didYouMean(id, ruleIds) || " (see 'citeaudit rules')"}`);
    if (!isSeveritySetting(s)) {
      const hint = typeof s === 'string' ? `, not "${s}"${didYouMean(s, SEVERITY_SETTINGS)}` : '';
      throw new InputError(path, `rules.${id}: expected "off", "info", "warning" or "error"${hint}`);
    }
    rules[id] = s;
  }
  return rules;
}

/** Reads and validates a configuration file; every problem names the file and the setting. */
export function loadConfig(path: string, ruleIds: readonly string[]): Config {
  const o = readObject(path);
  for (const k of Object.keys(o))
    if (!isSetting(k))
      throw new InputError(
        path,
        `unknown setting '${k}'${didYouMean(k, SETTING_NAMES) || ` (known: ${SETTING_NAMES.filter((n) => n !== '$schema').join(', ')})`}`,
      );
  const config: Config = { path, rules: {}, ignore: [] };
  if (o.norm !== undefined) config.norm = readNorm(path, o.norm);
  if (o.rules !== undefined) config.rules = readRules(path, o.rules, ruleIds);
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

/** The file's JSON object (a `$schema` in it is for editors and left alone). */
function readObject(path: string): Record<string, unknown> {
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
  return raw as Record<string, unknown>;
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

/** The starter configuration `citeaudit init` writes, `$schema` naming the schema for editors. */
export function starter(schema: string): string {
  return `// citeaudit configuration — found by citeaudit in this folder or any folder above the manuscripts.
{
  // The schema lets an editor complete and check the settings, rule ids and norms below.
  "$schema": ${JSON.stringify(schema)},
  // The citation norm: "auto" (recognised from each document) or one of
  // ${NORM_IDS.map((n) => JSON.stringify(n)).join(', ')}.
  "norm": "auto",
  // Rule severities: "off", "info", "warning" or "error" (see \`citeaudit rules\`).
  "rules": {
    // "duplicate-citation": "off"
  },
  // Files and folders to skip when a folder is checked (.gitignore-style patterns).
  "ignore": ["drafts/", "*.bak.md"]
}
`;
}
