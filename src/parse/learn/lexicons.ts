import { readFileSync } from 'node:fs';
import type { JournalsTable, PublishersTable, WesternNamesTable } from '../../model/tables.js';
import { tokenize, type Token } from './tokenize.js';

/**
 * Word lists of the learned parser, matched over token sequences. Two sources: the project's tables
 * (`data/publishers.json`, `journals.json`, `western-names.json`), which the caller passes in as the
 * resolver's loader reads them (one copy of the data, one loader), and the lexicons of `data/lexicon/`.
 * A `{n}` in an entry stands for any number.
 */
export interface LexiconTables {
  publishers: PublishersTable;
  journals: JournalsTable;
  'western-names': WesternNamesTable;
}

interface LexiconFiles {
  places: { zh: string[]; western: string[] };
  roles: Record<'translator' | 'editor' | 'author' | 'commentator', string[]>;
  nationality: { brackets: string[]; countries: string[] };
  months: { months: string[]; seasons: string[] };
  pages: { words: string[]; patterns: string[] };
  legal: { words: string[]; patterns: string[] };
  'cue-words': { prefix: string[]; ibid: string[]; etal: string[] };
}

interface Node {
  next: Map<string, Node>;
  /** Lexicons with an entry that ends here. */
  ends: Set<string>;
}

export interface Lexicons {
  root: Node;
  /** Opening and closing marks of a nationality marker (`[`, `]`). */
  natBrackets: Array<[string, string]>;
}

const NUMBER = '{n}';
const DIR = new URL('../../../data/lexicon/', import.meta.url);
const FILES = ['places', 'roles', 'nationality', 'months', 'pages', 'legal', 'cue-words'] as const;

/** The lexicons of data/lexicon/, read from disk. */
export function lexiconFiles(): LexiconFiles {
  const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`${name}.json`, DIR), 'utf8'));
  return Object.fromEntries(FILES.map((f) => [f, read(f)])) as unknown as LexiconFiles;
}

/** The comparison key of a token: NFKC, lower case; any number is one key. */
export function tokenKey(t: Pick<Token, 'text' | 'kind'>): string {
  return t.kind === 'number' ? NUMBER : t.text.normalize('NFKC').toLowerCase();
}

function entryKeys(entry: string): string[] {
  // `{n}` is cut into `{`, `n`, `}` by the tokenizer: read it as the number slot first.
  return entry.split(NUMBER).flatMap((part, i) => [...(i > 0 ? [NUMBER] : []), ...tokenize(part).map(tokenKey)]);
}

function add(root: Node, entry: string, lexicon: string): void {
  let node = root;
  for (const key of entryKeys(entry)) {
    let next = node.next.get(key);
    if (!next) node.next.set(key, (next = { next: new Map(), ends: new Set() }));
    node = next;
  }
  if (node !== root) node.ends.add(lexicon);
}

/** Lexicon name → entries, from the project's tables and the lexicon files. */
export function lexiconEntries(tables: LexiconTables, files: LexiconFiles): Map<string, string[]> {
  const m = new Map<string, string[]>();
  const put = (name: string, xs: string[]) => m.set(name, [...(m.get(name) ?? []), ...xs]);
  for (const p of tables.publishers.publishers) {
    put('publisher', [p.name, ...(p.variants ?? [])]);
    put(
      'place',
      p.places.map((x) => x.place),
    );
  }
  for (const j of tables.journals.journals) {
    put('journal', [j.name, ...(j.variants ?? [])]);
    if (j.place) put('place', [j.place]);
  }
  for (const n of [...tables['western-names'].people, ...tables['western-names'].given])
    put('westname', [n.latin, ...n.zh]);
  put('place', [...files.places.zh, ...files.places.western]);
  for (const role of ['translator', 'editor', 'author', 'commentator'] as const) put(`role-${role}`, files.roles[role]);
  put('country', files.nationality.countries);
  put('month', files.months.months);
  put('season', files.months.seasons);
  put('page', [...files.pages.words, ...files.pages.patterns]);
  put('legal', [...files.legal.words, ...files.legal.patterns]);
  for (const cue of ['prefix', 'ibid', 'etal'] as const) put(cue, files['cue-words'][cue]);
  return m;
}

export function buildLexicons(tables: LexiconTables, files: LexiconFiles = lexiconFiles()): Lexicons {
  const root: Node = { next: new Map(), ends: new Set() };
  for (const [name, entries] of lexiconEntries(tables, files)) for (const e of entries) add(root, e, name);
  const natBrackets = files.nationality.brackets.map((b) => Array.from(b) as [string, string]);
  return { root, natBrackets };
}

/**
 * For each token, the lexicons whose entries cover it: `NAME:B` on the first token of the longest entry
 * of that lexicon starting there, `NAME:I` on the others.
 */
export function lexiconHits(tokens: Token[], lex: Lexicons): Array<Set<string>> {
  const hits = tokens.map(() => new Set<string>());
  const keys = tokens.map(tokenKey);
  for (let i = 0; i < tokens.length; i++) {
    const longest = new Map<string, number>();
    let node: Node | undefined = lex.root;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(keys[j]!);
      for (const name of node?.ends ?? []) longest.set(name, j);
    }
    for (const [name, end] of longest) {
      hits[i]!.add(`${name}:B`);
      for (let k = i + 1; k <= end; k++) hits[k]!.add(`${name}:I`);
    }
  }
  return hits;
}
