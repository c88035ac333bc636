import type { CslItem, CslName } from '../model/csl.js';
import { anyOf } from '../util/regexp.js';
import { splitAll } from './scan.js';
import { PARSE_WORDS } from './words.js';

const NATIONALITY = /^\s*([[〔［【（(][\u3400-\u9fff]{1,2}[\]〕］】）)])\s*/u;
const ROLE_ZH = /(?:等)?\s*(?:主编|编著|编译|编选|编|著|撰|整理|校注|点校|译注|译)$/u;
const ET_AL_ZH = /\s*等$/u;
const ZH_SEPARATOR = /\s*[、，,;；]\s*|\s+(?:和|与|及)\s+/u;
const LATIN_START = /^[A-Za-z]/;
// Last characters of the role words above: only a statement ending in one of them can carry a role.
const ROLE_ENDS = '编著撰理注校译';

const SEPARATORS = '、，,;；';
const COMMA_SPLIT = /\s*,\s*/g;
const AND_SPLIT = /\s+(?:and|&)\s+/g;
const NAME_LIST_SPLIT = /\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+/g;

/** `陆晓娇、张亮` → two; `A 和 B` (with spaces) → two. A plain scan unless a conjunction is present. */
function splitZhNames(text: string): string[] {
  if (text.indexOf('和') !== -1 || text.indexOf('与') !== -1 || text.indexOf('及') !== -1)
    return text.split(ZH_SEPARATOR);
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (SEPARATORS.includes(text[i]!)) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(from === 0 ? text : text.slice(from));
  return out;
}

/** Chinese responsibility statements: `[美] 大卫·哈维`, `陆晓娇、张亮`, `张体伟、张玉青`. */
export function parseZhNames(s: string): { names: CslName[]; etAl: boolean } {
  let text = s.trim();
  if (ROLE_ENDS.includes(text[text.length - 1] ?? '')) {
    const role = ROLE_ZH.exec(text);
    if (role) text = text.slice(0, role.index) + (role[0].startsWith('等') ? '等' : '');
  }
  const etAl = text.endsWith('等');
  if (etAl) text = text.replace(ET_AL_ZH, '');
  text = text.trim();
  const names: CslName[] = [];
  // A nationality printed once before a list applies to the first person only, as printed.
  for (const part of splitZhNames(text)) {
    let p = part.trim();
    if (!p) continue;
    const nat =
      p.charCodeAt(0) < 0x3400 || p[0] === '〔' || p[0] === '［' || p[0] === '【' || p[0] === '（'
        ? NATIONALITY.exec(p)
        : null;
    if (nat) p = p.slice(nat[0].length).trim();
    if (!p) continue;
    names.push(LATIN_START.test(p) ? parseEnName(p) : nat ? { literal: p, 'x-nationality': nat[1]! } : { literal: p });
  }
  return { names, etAl };
}

const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'des',
  'del',
  'della',
  'di',
  'da',
  'du',
  'le',
  'la',
  'der',
  'den',
  'ter',
  'dos',
  'das',
  'st.',
  'bin',
  'al',
]);
// The words of the names of bodies (data/parse-words.json): a name holding one is a body's, not a person's.
const { bodyWords, bodyEndWords, corporateWords } = PARSE_WORDS;
/** A body's name begins here (`The Institute of …`). */
const BODY_HEAD = new RegExp(`^(?:The\\s+)?(?:${anyOf(bodyWords)})\\b`);
/** A body's name ends here, its abbreviation after it or not (`… Productivity Commission`, `… Organization (WHO)`). */
const BODY_TAIL = new RegExp(`\\b(?:${anyOf([...bodyWords, ...bodyEndWords])})(?:\\s*\\([A-Z]{2,8}\\))?$`);
const FINAL_INITIAL = /\b[A-Z]\.$/;
/** A closing word of a body's name whose stop is its own (`Smith & Co.`, `Google Inc.`), as an initial's is. */
const FINAL_STOP_WORD = new RegExp(`\\b(?:${anyOf(corporateWords.filter((w) => w.endsWith('.')))})$`);
const CLOSING_MARKS = /[\s,.:]+$/;

/** Whether `s` ends in a body's abbreviation whose stop is its own (`Rand McNally & Co.`, `Google Inc.`). */
export const endsInBodyAbbreviation = (s: string): boolean => FINAL_STOP_WORD.test(s);

/**
 * A list of names as a note prints it before the title, without the marks that close it (`Hughes, C.,` →
 * `Hughes, C`) but with the stop of a body's abbreviation (`Rand McNally & Co.,` → `Rand McNally & Co.`).
 */
export function namesBeforeTitle(s: string): string {
  const t = s.replace(CLOSING_MARKS, '');
  const stop = s.slice(t.length).startsWith('.') ? `${t}.` : '';
  return stop && FINAL_STOP_WORD.test(stop) ? stop : t;
}
/** `Teyhen DS`, `McGuire AT`, `van Vollenhoven R`: a family name, then the given names as capitals without stops. */
const VANCOUVER =
  /^(?:\p{Ll}+ )*\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*)* \p{Lu}{1,3}$/u;
/** One capitalised word (`Dietrich`): a family or a given name alone. */
const ONE_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/** A family name of one word, in capitals or not (`Sommer`, `McGuire`, `VIATTE`, `Abdel-Basset`). */
const FAMILY_WORD = /^\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?$/u;
/** Given names after an inverted family name: a word, then initials (`Roy`, `Ray S.`, `Robert J.`). */
const GIVEN_NAMES = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\.?)*$/u;
/** A given name printed as initials only: `C.`, `E.N.`, `C.-J.`, `J. A.`; the last one's stop may be lost (`J. M`). */
const INITIALS = /^\p{Lu}(?:(?:\.\s*|\s+|\.?\s*-\s*)\p{Lu})*\.?$/u;

/** Drops trailing white space and any of `chars`, without a `$`-anchored pattern that retries at every position. */
function trimEnd(s: string, chars: string): string {
  let e = s.length;
  while (e > 0 && (chars.includes(s[e - 1]!) || s.charCodeAt(e - 1) === 0x20)) e--;
  return e === s.length ? s : s.slice(0, e).trimEnd();
}

const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
/** A word in capitals of three letters or more (`BOZEC`): a family name printed the French way. */
const CAPITALS = /^\p{Lu}{3,}(?:-\p{Lu}{2,})?$/u;
/** A given name or an initial (`Stéphane`, `J.`, `M`). */
const GIVEN_WORD = /^(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}\.?)$/u;
// A lower-case first letter, without a string made for the common ASCII case.
const isLower = (code: number, ch: string) =>
  (code >= 0x61 && code <= 0x7a) || (code > 0x7f && ch !== ch.toUpperCase());
const FUNCTION_WORD = new Set(['From', 'Of', 'The', 'And', 'For', 'In', 'On', 'At', 'To', 'With', 'By', 'Is', 'Are']);
/**
 * A word of a body's name anywhere in a name (`McKinsey and Company`, `SMART-MR Study Group`, `OECD`). A word
 * ending in a stop ends there, whatever follows (`Smith & Co.`, `Co. Ltd`, `Co.Ltd`); any other needs a word boundary.
 */
const CORPORATE = new RegExp(`\\b(?:${anyOf([...bodyWords, ...bodyEndWords, ...corporateWords])})(?:(?<=\\.)|\\b)`);

/**
 * `van der Veen`, `de Beauvoir`: particles printed in lower case are CSL's non-dropping particle, kept
 * apart from the family name as citeproc and BibTeX do (`Van de Peer`, capitalised, is all family name).
 */
function splitParticle(n: CslName): CslName {
  const f = n.family;
  if (!f || !/^[a-z]/.test(f)) return n;
  const words = f.split(' ');
  let k = 0;
  while (k < words.length - 1 && PARTICLES.has(words[k]!)) k++;
  if (k === 0 || !/^\p{Lu}/u.test(words[k]!)) return n;
  const out: CslName = { family: words.slice(k).join(' ') };
  if (n.given !== undefined) out.given = n.given;
  out['non-dropping-particle'] = words.slice(0, k).join(' ');
  if (n.suffix) out.suffix = n.suffix;
  return out;
}

/** `C. Hughes`, `Atle Mikkola Kjosén`, `D. Della Ratta`, `Hughes, C.` → family/given. */
export function parseEnName(s: string): CslName {
  return splitParticle(parseEnNameWhole(s));
}

/** A person's name from its parts, with the suffix (`Jr.`) where one was printed. */
function person(family: string, given: string, suffix: string | null): CslName {
  return suffix ? { family, given, suffix } : { family, given };
}

function parseEnNameWhole(s: string): CslName {
  const t = s.trim().replace(/\s+/g, ' ');
  if (t.includes(',')) {
    const [family, given] = splitAll(t, COMMA_SPLIT, 2);
    return { family: family!, given: given! };
  }
  const tokens = t.split(' ');
  const suffix = tokens.length > 2 && SUFFIX.test(tokens[tokens.length - 1]!) ? tokens.pop()! : null;
  if (tokens.length === 1) return { literal: t };
  // `KS in NJ`, `bell hooks`: a lower-case word that is no particle makes no given-and-family name.
  if (tokens.some((w) => isLower(w.charCodeAt(0), w[0]!) && !PARTICLES.has(w))) return { literal: t };
  // `News From Science`: a function word inside makes it a name of something, not of a person.
  if (tokens.length > 2 && tokens.slice(1, -1).some((w) => FUNCTION_WORD.has(w))) return { literal: t };
  // `BOZEC Yves`, `DEL PINO M`: a family name in capitals first, the given names or initials after it.
  let caps = 0;
  while (caps < tokens.length - 1 && CAPITALS.test(tokens[caps]!)) caps++;
  if (caps > 0 && tokens.slice(caps).every((w) => GIVEN_WORD.test(w))) {
    return person(tokens.slice(0, caps).join(' '), tokens.slice(caps).join(' '), suffix);
  }
  // The family name is the last word with the particles before it (`D. Della Ratta`, `David J. Des Marais`);
  // everything in front, initials or not, is the given name (`J. Alan Roberson`).
  // `Swingland Ian R.`: printed family-first, as GB/T lists and Chinese notes write Western names.
  if (tokens.length >= 2 && /^[A-Z]\.?$/.test(tokens[tokens.length - 1]!) && !/^[A-Z]\.?$/.test(tokens[0]!)) {
    return person(tokens[0]!, tokens.slice(1).join(' '), suffix);
  }
  // After initials every word is the family name (`J. Hacker Hughes`, `N. Carcavilla González`).
  let k = 0;
  while (k < tokens.length - 1 && /^(?:[A-Z]\.)+(?:-[A-Z]\.)?$/.test(tokens[k]!)) k++;
  if (k > 0) {
    return person(tokens.slice(k).join(' '), tokens.slice(0, k).join(' '), suffix);
  }
  let f = tokens.length - 1;
  while (f > 1 && PARTICLES.has(tokens[f - 1]!.toLowerCase())) f--;
  return person(tokens.slice(f).join(' '), tokens.slice(0, f).join(' '), suffix);
}

/**
 * `Sommer, Roy`, `Anderson, Ray S.`, `Wettschereck, Dietrich, and Thomas G. Dietterich`: the first author
 * inverted — a family name, then given names — and the others, if any, in reading order. Not when `and`
 * parts the first two (`Hendrickson, and Bruce` are two people).
 */
function invertedFirst(t: string, parts: string[]): boolean {
  if (parts.length < 2 || !FAMILY_WORD.test(parts[0]!) || !GIVEN_NAMES.test(parts[1]!)) return false;
  // A name in capitals alone before one given name may be a body's (`IBM, Microsoft`); in a list it is a family's.
  if (parts.length === 2 && !/\p{Ll}/u.test(parts[0]!)) return false;
  if (/^[^,]+,\s*(?:and|&)\s/u.test(t)) return false;
  return parts.slice(2).every((p) => p.includes(' '));
}

/**
 * Inverted names (`Hughes, C., and A. Southern`): a bare initial part belongs to the one before. In such a
 * list a given name may be spelled out (`Hu, Haiyun, Yoon, S. Y., and Lin, Z.`): a single word after a single
 * word is its given name when the next part is no initial.
 */
function mergeGivenNames(parts: string[]): string[] {
  const inverted = parts.some((p) => INITIALS.test(p));
  const merged: string[] = [];
  parts.forEach((p, k) => {
    const last = merged[merged.length - 1];
    const given =
      INITIALS.test(p) ||
      (inverted && ONE_WORD.test(p) && ONE_WORD.test(last ?? '') && !INITIALS.test(parts[k + 1] ?? ''));
    if (given && last !== undefined && !last.includes(',')) merged[merged.length - 1] = `${last}, ${p}`;
    else merged.push(p);
  });
  return merged;
}

/**
 * A list of names without commas that holds a word of a body's name, read as bodies: one (`McKinsey and Company`,
 * `Rand McNally & Co.`), or two joined by `and` or `&` where a body's word meets the conjunction: the name before
 * ends in one or the name after starts with one (`Australian Government Productivity Commission and New Zealand
 * Productivity Commission`, `Institute For Art And Architecture and Academy Of Fine Arts Vienna`). `Research Group
 * of Shanghai Food and Drug Administration` is one. Null when no word of a body's is in it.
 */
export function bodyNames(t: string): CslName[] | null {
  if (!CORPORATE.test(t)) return null;
  const bodies = splitAll(t, AND_SPLIT);
  const apart = (k: number) => BODY_TAIL.test(bodies[k - 1]!) || BODY_HEAD.test(bodies[k]!);
  if (bodies.length > 1 && bodies.every((b) => CORPORATE.test(b)) && bodies.every((_, k) => k === 0 || apart(k)))
    return bodies.map((b) => ({ literal: b }));
  return [{ literal: t }];
}

/** `C. Hughes and A. Southern`, `N. Dyer-Witheford, Atle Mikkola Kjosén and James Steinhoff`, `McKinsey and Company`. */
export function parseEnNames(s: string): { names: CslName[]; etAl: boolean } {
  // A closing stop goes, unless it closes an initial (`… and A. Southern`, `Hughes, C.`) or an abbreviation of a
  // body's name (`Smith & Co.`).
  let t = s.trim();
  if (!FINAL_INITIAL.test(t) && !FINAL_STOP_WORD.test(t)) t = trimEnd(t, ',.');
  t = trimEnd(t, ',');
  const etAl = /\bet al\.?$|\bet\s+al\.?,?$/.test(t);
  t = t.replace(/,?\s*(?:et al\.?|等)$/, '').trim();
  // Without commas a corporate word makes the whole a body (`McKinsey and Company`); in a list each
  // member is judged alone (`…, Mirjam I. Geerlings, and SMART-MR Study Group`).
  const bodies = t.includes(',') ? null : bodyNames(t);
  if (bodies) return { names: bodies, etAl };
  // `Smith, J. A.; Doe, B.`: semicolons part the people, and commas are inside the names.
  if (/[;；]/u.test(t)) {
    const names = t.split(/\s*[;；]\s*(?:and\s+|&\s*)?/u).flatMap((p) => (p ? parseEnNames(p).names : []));
    return { names, etAl };
  }
  const parts = splitAll(t, NAME_LIST_SPLIT).filter(Boolean);
  // `Teyhen DS, McGuire AT, Stokes MJ`: a list whose every member is a family name and capital initials.
  if (parts.length > 1 && parts.every((p) => VANCOUVER.test(p))) {
    return {
      names: parts.map((p) => ({ family: p.slice(0, p.lastIndexOf(' ')), given: p.slice(p.lastIndexOf(' ') + 1) })),
      etAl,
    };
  }
  if (invertedFirst(t, parts)) parts.splice(0, 2, `${parts[0]!}, ${parts[1]!}`);
  // `Peyton Z. Peebles, Jr.`: a suffix after a comma belongs to the name before it.
  for (let k = parts.length - 1; k > 0; k--)
    if (SUFFIX.test(parts[k]!)) parts.splice(k - 1, 2, `${parts[k - 1]} ${parts[k]}`);
  const merged = mergeGivenNames(parts);
  const names = merged.map((p) => (CORPORATE.test(p) ? { literal: p } : parseEnName(p)));
  // A list of single words (`McKinsey and Company`) is a corporate name, not several people.
  // Chinese or Japanese names listed the English way are people, each written whole.
  if (names.length > 1 && names.every((n) => n.literal) && !merged.every((p) => /^[\u3400-\u9fff]{2,4}$/u.test(p)))
    return { names: [{ literal: t }], etAl };
  return { names, etAl };
}

/** Records that an item's `role` list was cut short with 等 or et al. (`x-et-al`, written as BibTeX's `and others`). */
export function markEtAl(item: CslItem, role: string): void {
  const roles = new Set((item['x-et-al'] ?? '').split(' ').filter(Boolean));
  roles.add(role);
  item['x-et-al'] = [...roles].join(' ');
}

/** Every name list of an item (author, editor, translator, container-author, …) mapped by `f`. */
export function mapNames(item: CslItem, f: (n: CslName) => CslName): CslItem {
  const out: CslItem = { ...item };
  for (const [k, v] of Object.entries(item))
    if (Array.isArray(v) && v.length && v.every((n) => n && typeof n === 'object' && !Array.isArray(n)))
      out[k] = (v as CslName[]).map(f);
  return out;
}

/**
 * The nationality marker moved inside the name, where CSL-JSON carries it (`x-nationality` is no CSL name
 * property) and where the zotero-chinese styles and every CSL processor print it: `[美]大卫·哈维`.
 */
export function nationalityInside(n: CslName): CslName {
  const { 'x-nationality': nationality, ...name } = n;
  if (!nationality) return name;
  if (name.literal !== undefined || name.family === undefined)
    return { ...name, literal: nationality + (name.literal ?? '') };
  return { ...name, family: nationality + name.family };
}

/** The inverse, for names read from CSL-JSON: a marker leading the literal or family name becomes `x-nationality`. */
export function nationalityOutside(n: CslName): CslName {
  if (n['x-nationality']) return n;
  const field = n.literal !== undefined ? 'literal' : 'family';
  const value = n[field];
  const m = value === undefined ? null : NATIONALITY.exec(value);
  if (!m || m[0].length === value!.length) return n;
  return { ...n, [field]: value!.slice(m[0].length), 'x-nationality': m[1]! };
}
