import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ignore from 'ignore';
import type { SeveritySetting } from '../model/diagnostic.js';
import type { NormId } from '../model/norm.js';
import { InputError } from '../util/errors.js';
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

/** JSON with line and block comments, as `citeaudit init` writes it. */
export function stripJsonComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
    } else out += c;
  }
  return out;
}

/** Reads and validates a configuration file; every problem names the file and the setting. */
export function loadConfig(path: string, isRuleId: (id: string) => boolean): Config {
  let raw: unknown;
  try {
    raw = JSON.parse(stripJsonComments(readFileSync(path, 'utf8')));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      path,
      code === 'ENOENT' ? 'configuration file not found' : `not valid JSON (${(err as Error).message})`,
    );
  }
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
