import { UsageError } from '../util/errors.js';
import type { CslItem } from '../model/csl.js';
import { ascii, disambiguate, personWord, romaniser, titleWords, type Romanise } from './keys.js';

/**
 * `--keys PATTERN`: citation keys from a small pattern language (documented in README):
 * `[field]` or `[field:modifier…]` with fields auth, authors (up to three), year, title (first
 * significant word, two Chinese characters), shorttitle (three words, four Chinese characters), volume, and
 * modifiers pinyin (romanise Han text: the default), han (keep Chinese characters), lower (default),
 * upper, capitalize; text between fields is copied (letters, digits, `_ - : .`). Collisions get a, b, ….
 */
const FIELDS = ['auth', 'authors', 'year', 'title', 'shorttitle', 'volume'] as const;
const MODIFIERS = ['pinyin', 'han', 'lower', 'upper', 'capitalize'] as const;
type Field = (typeof FIELDS)[number];
type Modifier = (typeof MODIFIERS)[number];

export type KeyPart = { literal: string } | { field: Field; modifiers: Modifier[] };

type Pinyin = (text: string, options: Record<string, unknown>) => string[];

/** Reads a pattern; an unknown field or modifier, or a character a key cannot hold, is a usage error. */
export function parseKeyPattern(pattern: string): KeyPart[] {
  const parts: KeyPart[] = [];
  const re = /\[([^\]]*)\]|([^[\]]+)/gy;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(pattern))) {
    end = re.lastIndex;
    if (m[2] !== undefined) {
      if (!/^[A-Za-z0-9_.:-]+$/.test(m[2]))
        throw new UsageError(`--keys: '${m[2]}' cannot be part of a citation key (letters, digits, _ - : . only)`);
      parts.push({ literal: m[2] });
      continue;
    }
    const [name, ...mods] = m[1]!.split(':').map((s) => s.trim());
    if (!(FIELDS as readonly string[]).includes(name!))
      throw new UsageError(`--keys: unknown field '[${m[1]}]' (fields: ${FIELDS.join(', ')})`);
    for (const mod of mods)
      if (!(MODIFIERS as readonly string[]).includes(mod))
        throw new UsageError(`--keys: unknown modifier ':${mod}' in '[${m[1]}]' (modifiers: ${MODIFIERS.join(', ')})`);
    parts.push({ field: name as Field, modifiers: mods as Modifier[] });
  }
  if (end !== pattern.length || !parts.some((p) => 'field' in p))
    throw new UsageError(`--keys: '${pattern}' is not a key pattern (e.g. [auth][year][title])`);
  return parts;
}

function fieldValue(it: CslItem, field: Field, roman: Romanise | null): string {
  const people = it.author?.length ? it.author : (it.editor ?? []);
  const title = it.title ?? it['container-title'] ?? '';
  switch (field) {
    // A work with no author or editor (《马克思恩格斯文集》) is named by its title, as the default keys do.
    case 'auth':
      return personWord(people[0], roman) || (titleWords(title, roman, 2)[0] ?? '');
    case 'authors':
      return (
        people
          .slice(0, 3)
          .map((p) => personWord(p, roman))
          .join('') ||
        (titleWords(title, roman, 2)[0] ?? '')
      );
    case 'year':
      return String(it.issued?.['date-parts']?.[0]?.[0] ?? '');
    case 'title':
      return titleWords(title, roman, 2)[0] ?? '';
    case 'shorttitle':
      return titleWords(title, roman, 4).slice(0, 3).join('');
    case 'volume':
      return it.volume ? ascii(String(it.volume)) : '';
  }
}

function applyCase(s: string, mods: Modifier[]): string {
  if (mods.includes('upper')) return s.toUpperCase();
  if (mods.includes('capitalize')) return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
  return s.toLowerCase();
}

/** Keys for the items from the pattern, unique in the order given. */
export function patternKeys(items: CslItem[], pattern: KeyPart[], pinyin: Pinyin): string[] {
  const roman = romaniser(pinyin);
  const base = items.map((it) => {
    const key = pattern
      .map((p) =>
        'literal' in p
          ? p.literal
          : applyCase(fieldValue(it, p.field, p.modifiers.includes('han') ? null : roman), p.modifiers),
      )
      .join('');
    return key || 'anon';
  });
  return disambiguate(base);
}
