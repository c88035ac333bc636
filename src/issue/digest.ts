import { simplify } from '../util/normalize.js';
import { describeWork } from '../util/describe.js';
import { placeName } from '../notes/places.js';
import type { UiLang } from '../i18n/index.js';
import { personKey } from '../notes/works.js';
import { FIELDS, value, type Field, type Value } from '../rules/util/metadata-values.js';
import { nameForm, type NameForm } from '../rules/util/name-variants.js';
import { placeId } from '../rules/util/places.js';
import type { FileResult } from '../model/result.js';

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
  /** How the notes or entries of the full citations are named (`①@p2`, `[3]`), in document order. */
  places: string[];
}

export interface NameUse {
  /** One object for every use of one name in the article, so that it crosses between threads once. */
  form: NameForm;
  /** The place in the name list of a work (`work key|author|0`), or null for a citation of no work. */
  slot: string | null;
  place: string;
  /** Document order of the place. */
  order: number;
}

/**
 * What the checks across articles need of one article, computed where the article was checked (a worker
 * thread or not), so that the main thread keeps a few kilobytes per article instead of its analysis.
 * Compared values are folded to simplified characters: each article is in its own script.
 */
export interface ArticleDigest {
  works: DigestWork[];
  names: NameUse[];
}

const ROLES = ['author', 'editor', 'translator'] as const;

/** `lang`: the report's, in which places are named. */
export function digestArticle(r: FileResult, lang: UiLang): ArticleDigest {
  return { works: digestWorks(r.analysis, lang), names: nameUses(r.analysis, lang) };
}

function digestWorks(a: FileResult['analysis'], lang: UiLang): DigestWork[] {
  const works: DigestWork[] = [];
  for (const work of a.works) {
    const full = work.citationIds.map((id) => a.citationById.get(id)!).filter((c) => c.kind === 'full' && !c.failure);
    if (!full.length) continue;
    const values: Partial<Record<Field, Value>> = {};
    for (const f of FIELDS) {
      const v = full.reduce<Value | null>((found, c) => found ?? value(c, f), null);
      if (v) values[f] = { ...v, key: simplify(v.key), ...(v.names ? { names: v.names.map(simplify) } : {}) };
    }
    works.push({
      key: work.key,
      author: personKey(work.item.author?.[0] ?? work.item.editor?.[0]),
      name: describeWork(work.item),
      values,
      translated: full.some((c) => (c.item.translator?.length ?? 0) > 0),
      edition: full.map((c) => c.item.edition).find((e): e is string => typeof e === 'string' && e !== '') ?? '',
      places: full.map((c) => placeName(a, placeId(c), lang)),
    });
  }
  return works;
}

function nameUses(a: FileResult['analysis'], lang: UiLang): NameUse[] {
  const names: NameUse[] = [];
  const forms = new Map<string, NameForm | null>();
  for (const c of a.citations) {
    if (c.kind === 'ibid') continue;
    const id = placeId(c);
    const place = placeName(a, id, lang);
    const order = (a.noteById.get(id) ?? a.entryById.get(id))?.range.start ?? 0;
    const workKey = c.workId ? (a.workById.get(c.workId)?.key ?? null) : null;
    for (const role of ROLES) {
      (c.item[role] ?? []).forEach((n, index) => {
        const name = JSON.stringify([n.family, n.literal, n.given, n['x-nationality']]);
        let form = forms.get(name);
        if (form === undefined) forms.set(name, (form = nameForm(n)));
        if (form) names.push({ form, slot: workKey === null ? null : `${workKey}|${role}|${index}`, place, order });
      });
    }
  }
  return names;
}
