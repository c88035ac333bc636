import type { FieldConfidence } from '../model/citation.js';
import type { CslItem } from '../model/csl.js';

/**
 * Completes the confidence record: every field of the item says how it was recognised. Form parsers
 * mark what they read from a cue; for the rest, the cue is looked for here (`译` for a translator,
 * `第8卷` / `Vol.` for a volume, `出版社` / `Press` in a publisher's name, title marks around a title),
 * and a field with no cue is `guessed`: it was placed by position alone. The type is `guessed` only where the
 * parser says it guessed it (a default, or a choice on weak evidence); otherwise it has no entry.
 */
const CUES: Record<string, RegExp> = {
  translator: /译|\btrans\.|\btranslated\b|\btr\.|Übers/i,
  editor: /编|\beds?\.|\bedited\b|\bHrsg\./i,
  volume: /卷|册|辑|\bvols?\.|\bvolume\b|\bBd\./i,
  issue: /期|\bno\.|\bissue\b|\bNr\.|\d\s*\(\s*[\dA-Za-z\u3400-\u9fff]/i,
  page: /页|\bpp?\.|:\s*[\dA-Za-z]/,
  issued: /\d{4}/,
  URL: /:\/\//,
  DOI: /\b10\.\d{4,9}\//,
  accessed: /\d/,
};
export const PUBLISHER_NAME =
  /出版|书局|书店|印书馆|书社|Press|Publish|Verlag|Books|Éditions|Editions|University|Routledge|Springer|Wiley|Elsevier|Sage|Penguin|Macmillan|Blackwell|Verso|Norton|McGraw|Harvard|Basic/i;

export function settleConfidence(
  item: CslItem,
  given: Record<string, FieldConfidence>,
  clean: string,
): Record<string, FieldConfidence> {
  const out: Record<string, FieldConfidence> = {};
  for (const field of Object.keys(item)) {
    if (field === 'id' || field === 'language' || field === 'note') continue;
    const g = given[field];
    if (g) {
      out[field] = g;
      continue;
    }
    // The type is the form's: a parser that had to guess it says so.
    if (field === 'type') continue;
    out[field] = cued(field, item, clean) ? 'parsed' : 'guessed';
  }
  return out;
}

function cued(field: string, item: CslItem, clean: string): boolean {
  const v = item[field];
  switch (field) {
    case 'title':
    case 'container-title':
    case 'collection-title':
      return typeof v === 'string' && marked(clean, v);
    case 'publisher':
      return typeof v === 'string' && PUBLISHER_NAME.test(v);
    case 'publisher-place':
      return typeof v === 'string' && (clean.includes(`${v}：`) || clean.includes(`${v}:`) || clean.includes(`${v} :`));
    default: {
      const cue = CUES[field];
      return cue ? cue.test(clean) : false;
    }
  }
}

const OPENERS = /[《〈“"‘'*_「『]/u;
// GB/T: `题名[M]`.
const TYPE_CODE_NEXT = /^\s?\[/;

/** True when the value stands between title marks, quotes or emphasis as printed. */
function marked(clean: string, v: string): boolean {
  const k = clean.indexOf(v);
  if (k === -1) return false;
  return OPENERS.test(clean[k - 1] ?? '') || TYPE_CODE_NEXT.test(clean.slice(k + v.length, k + v.length + 2));
}
