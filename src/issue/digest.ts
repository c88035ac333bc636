import { simplify } from '../util/normalize.js';
import { describeWork } from '../util/describe.js';
import { placeName } from '../notes/places.js';
import type { UiLang } from '../i18n/index.js';
import type { Citation } from '../model/citation.js';
import { personKey } from '../notes/works.js';
import { FIELDS, value, type Field, type Value } from '../rules/util/metadata-values.js';
import { nameForm, type NameForm } from '../rules/util/name-variants.js';
import { placeId } from '../rules/util/places.js';
import type { FileResult } from '../model/result.js';

/** One full citation of a work, as the comparison across articles sees it. */
export interface CitedAt {
  /** How the note or entry is named in the report's language: `第2页注①`, `note ① on p. 2`, `[3]`. */
  place: string;
  values: Partial<Record<Field, Value>>;
  translated: boolean;
  edition: string;
}

export interface DigestWork {
  /** The blocking key works cluster with: type, normalised title, volume, journal. */
  key: string;
  /** First author (or editor), as a name key. */
  author: string;
  /** How messages name the work. */
  name: string;
  full: CitedAt[];
}

export interface NameUse {
  form: NameForm;
  role: string;
  index: number;
  place: string;
  /** Document order of the place. */
  order: number;
  workKey: string | null;
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
  const a = r.analysis;
  const works: DigestWork[] = [];
  for (const work of a.works) {
    const full: CitedAt[] = [];
    for (const id of work.citationIds) {
      const c = a.citationById.get(id)!;
      if (c.kind === 'full' && !c.failure) full.push(citedAt(c, placeName(a, placeId(c), lang)));
    }
    if (full.length)
      works.push({
        key: work.key,
        author: personKey(work.item.author?.[0] ?? work.item.editor?.[0]),
        name: describeWork(work.item),
        full,
      });
  }
  const names: NameUse[] = [];
  for (const c of a.citations) {
    if (c.kind === 'ibid') continue;
    const id = placeId(c);
    const place = placeName(a, id, lang);
    const order = (a.noteById.get(id) ?? a.entryById.get(id))?.range.start ?? 0;
    const workKey = c.workId ? (a.workById.get(c.workId)?.key ?? null) : null;
    for (const role of ROLES) {
      (c.item[role] ?? []).forEach((n, index) => {
        const form = nameForm(n);
        if (form) names.push({ form, role, index, place, order, workKey });
      });
    }
  }
  return { works, names };
}

function citedAt(c: Citation, place: string): CitedAt {
  const values: Partial<Record<Field, Value>> = {};
  for (const f of FIELDS) {
    const v = value(c, f);
    if (v) values[f] = { ...v, key: simplify(v.key), ...(v.names ? { names: v.names.map(simplify) } : {}) };
  }
  const edition = typeof c.item.edition === 'string' ? c.item.edition : '';
  return { place, values, translated: (c.item.translator?.length ?? 0) > 0, edition };
}
