import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { InputError } from '../util/errors.js';
import type { CslItem, CslName } from '../model/csl.js';
import { mapNames, nationalityOutside } from '../parse/names.js';
import { readBib } from '../readers/bib.js';
import { fromCslJson, readCslJsonValues } from '../readers/csl-items.js';
import { decodeText } from '../readers/decode.js';

/**
 * A user's library (`--bib`) as CSL-JSON items: BibTeX/BibLaTeX (`.bib`, read as BibTeX reads it: readers/bib.ts),
 * CSL-JSON (`.json`) or RIS (`.ris`, through citation-js). Zotero, JabRef and EndNote exports are all one of these.
 */
export async function readLibrary(path: string): Promise<CslItem[]> {
  const ext = extname(path).toLowerCase();
  if (ext === '.bib' || ext === '.bibtex') return [...(await readBib(path)).values()];
  if (ext === '.json') {
    return readCslJsonValues(path, 'library file not found')
      .filter((x): x is CslItem => !!x && typeof x === 'object' && typeof (x as CslItem).type === 'string')
      .map(fromCslJson);
  }
  let text: string;
  try {
    text = decodeText(readFileSync(path), path).text;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(path, 'library file not found');
  }
  if (ext === '.ris') {
    const [{ Cite }] = await Promise.all([import('@citation-js/core'), import('@citation-js/plugin-ris')]);
    try {
      const items = new Cite(text).data.map(({ _graph: _g, ...d }) => d as unknown as CslItem);
      return fromRis(text, items);
    } catch (err) {
      throw new InputError(path, `cannot read the RIS file (${(err as Error).message})`);
    }
  }
  throw new InputError(path, `unknown library format '${ext}' (use .bib, .json (CSL-JSON) or .ris)`);
}

/**
 * What citation-js does not read back of the RIS that citeaudit writes (exporters/ris.ts), as Zotero reads it:
 * a newspaper article's `AU` as its authors (citation-js makes them `reporter`), a `DA` fuller than the year
 * (citation-js reads only `PY` for some types), and the nationality marker inside a name.
 */
function fromRis(text: string, items: CslItem[]): CslItem[] {
  const records = text.split(/^ER {2}-.*$/m).filter((r) => /^TY {2}- /m.test(r));
  return items.map((item, k) => {
    const out = fromCslJson(mapNames(item, asWritten));
    if (out.type === 'article-newspaper' && !out.author && Array.isArray(out.reporter)) {
      // citation-js gives them as the strings of the AU lines.
      out.author = (out.reporter as unknown[]).map((n) => nationalityOutside(risName(n)));
      delete out.reporter;
    }
    const da = /^DA {2}- (\d{4})\/(\d{1,2})\/(\d{0,2})\//m.exec(records.length === items.length ? records[k]! : '');
    const year = out.issued?.['date-parts']?.[0]?.[0];
    if (da && Number(da[1]) === Number(year)) {
      const parts = [Number(da[1]), Number(da[2]), ...(da[3] ? [Number(da[3])] : [])];
      out.issued = { ...out.issued, 'date-parts': [parts] };
    }
    return out;
  });
}

/** A name of an `AU` line: `Family, Given, Suffix`, or one string (a Chinese name, a body), as citeaudit keeps it. */
function risName(n: unknown): CslName {
  if (n && typeof n === 'object') return asWritten(n);
  const [family, given, suffix] = String(n).split(/\s*,\s*/);
  if (!given) return { literal: family ?? '' };
  return { family: family!, given, ...(suffix ? { suffix } : {}) };
}

/** A name that citation-js read as a family name alone (`AU  - 孙伟平`): the name as one string, as it was written. */
function asWritten(n: CslName): CslName {
  const keys = Object.keys(n);
  return keys.length === 1 && n.family !== undefined ? { literal: n.family } : n;
}
