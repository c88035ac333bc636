import { simplify } from '../util/normalize.js';
import { describeWork } from '../util/describe.js';
import { placeName } from '../notes/places.js';
import type { UiLang } from '../i18n/index.js';
import { personKey } from '../notes/works.js';
import { FIELDS, value, type Field, type Value } from '../rules/util/metadata-values.js';
import { nameForm, type NameForm } from '../rules/util/name-variants.js';
import { placeId } from '../rules/util/places.js';
import type { FileResult } from '../model/result.js';
import type { Citation } from '../model/citation.js';
import type { Analysis } from '../model/rule.js';
import { detach } from '../util/detach.js';
import { FirstSeen } from '../util/first-seen.js';

export interface DigestWork {
  /** The blocking key works cluster with: type, normalised title, volume, journal. */
  key: string;
  /** First author (or editor), as a name key. */
  author: string;
  /** How messages name the work. */
  name: string;
  /** Each compared field as the first full citation that gives it has it. */
  values: Partial<Record<Field, Value>>;
  /** A full citation names a translator. */
  translated: boolean;
  /** The first edition statement of the full citations, or ''. */
  edition: string;
  /** Where the full citations are, in document order: indexes into the article's `places`. */
  places: number[];
}

export interface NameUse {
  /** The spelling: an index into the article's `forms`. */
  form: number;
  /**
   * The place in the name list of a work: the work (an index into the article's `keys`), the role (an index
   * into `ROLES`) and the position in the list; `work` is -1 for a citation of no work.
   */
  work: number;
  role: number;
  position: number;
  /** An index into the article's `places`. */
  place: number;
  /** Document order of the place. */
  order: number;
}

/**
 * What the checks across articles need of one article, computed where the article was checked (a worker
 * thread or not), so that the main thread keeps a few kilobytes per article instead of its analysis. Each
 * string is kept once, in a table the rest refers to by index, and holds its own characters (`detach`):
 * it crosses between threads once and keeps no manuscript alive. Compared values are folded to simplified
 * characters: each article is in its own script.
 */
export interface ArticleDigest {
  works: DigestWork[];
  names: NameUse[];
  /** How the notes and entries cited are named in the report's language (`note ① on p. 2`). */
  places: string[];
  /** The blocking keys of the works whose name lists `names` refer to. */
  keys: string[];
  /** Each spelling of a name in the article. */
  forms: NameForm[];
}

export const ROLES = ['author', 'editor', 'translator'] as const;

/** The key of a place in the name lists of one work, as `NameGroups.atSlot` takes it; null for a citation of no work. */
export function slotOf(d: ArticleDigest, use: NameUse): string | null {
  return use.work < 0 ? null : `${d.keys[use.work]!}|${ROLES[use.role]!}|${use.position}`;
}

/** `lang`: the report's, in which places are named. */
export function digestArticle(r: FileResult, lang: UiLang): ArticleDigest {
  const a = r.analysis;
  const places = new FirstSeen(detach);
  // A citation's place is named once, however many works and names it gives.
  const named = new Map<string, number>();
  const placeOf = (c: Citation) => {
    const id = placeId(c);
    let k = named.get(id);
    if (k === undefined) named.set(id, (k = places.of(placeName(a, id, lang))));
    return k;
  };
  const works = digestWorks(a, placeOf);
  const { names, keys, forms } = nameUses(a, placeOf);
  return { works, names, places: places.items, keys, forms };
}

function digestWorks(a: Analysis, placeOf: (c: Citation) => number): DigestWork[] {
  const works: DigestWork[] = [];
  for (const work of a.works) {
    const full = work.citationIds.map((id) => a.citationById.get(id)!).filter((c) => c.kind === 'full' && !c.failure);
    if (!full.length) continue;
    const values: Partial<Record<Field, Value>> = {};
    for (const f of FIELDS) {
      const v = full.reduce<Value | null>((found, c) => found ?? value(c, f), null);
      if (v)
        values[f] = {
          shown: detach(v.shown),
          key: simplify(v.key),
          ...(v.names ? { names: v.names.map(simplify) } : {}),
        };
    }
    works.push({
      key: detach(work.key),
      author: personKey(work.item.author?.[0] ?? work.item.editor?.[0]),
      name: detach(describeWork(work.item)),
      values,
      translated: full.some((c) => (c.item.translator?.length ?? 0) > 0),
      edition: detach(
        full.map((c) => c.item.edition).find((e): e is string => typeof e === 'string' && e !== '') ?? '',
      ),
      places: full.map(placeOf),
    });
  }
  return works;
}

function nameUses(a: Analysis, placeOf: (c: Citation) => number): Pick<ArticleDigest, 'names' | 'keys' | 'forms'> {
  const names: NameUse[] = [];
  const keys = new FirstSeen(detach);
  const forms: NameForm[] = [];
  // Each spelling's index in `forms`, by its parts; -1 for a name that is no spelling (too short).
  const formIndex = new Map<string, number>();
  for (const c of a.citations) {
    if (c.kind === 'ibid') continue;
    const place = placeOf(c);
    const id = placeId(c);
    const order = (a.noteById.get(id) ?? a.entryById.get(id))?.range.start ?? 0;
    const workKey = c.workId ? a.workById.get(c.workId)?.key : undefined;
    const work = workKey === undefined ? -1 : keys.of(workKey);
    ROLES.forEach((role, r) => {
      (c.item[role] ?? []).forEach((n, position) => {
        const parts = JSON.stringify([n.family, n.literal, n.given, n['x-nationality']]);
        let form = formIndex.get(parts);
        if (form === undefined) {
          const f = nameForm(n);
          formIndex.set(parts, (form = f ? forms.push(detachForm(f)) - 1 : -1));
        }
        if (form >= 0) names.push({ form, work, role: r, position, place, order });
      });
    });
  }
  return { names, keys: keys.items, forms };
}

function detachForm(f: NameForm): NameForm {
  return { ...f, text: detach(f.text), key: detach(f.key), given: detach(f.given), romanKey: detach(f.romanKey) };
}
