import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { InputError } from '../util/errors.js';
import type { CslItem } from '../model/csl.js';
import { readBib } from '../readers/bib.js';
import { fromCslJson, readCslJsonValues } from '../readers/csl-items.js';
import { decodeText } from '../readers/decode.js';

/**
 * A user's library (`--bib`): BibTeX/BibLaTeX (`.bib`), CSL-JSON (`.json`) or RIS (`.ris`), read with
 * citation-js into CSL-JSON. Zotero, JabRef and EndNote exports are all one of these.
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
      return (new Cite(text).data as Array<Record<string, unknown>>).map(
        ({ _graph: _g, ...d }) => d as unknown as CslItem,
      );
    } catch (err) {
      throw new InputError(path, `cannot read the RIS file (${(err as Error).message})`);
    }
  }
  throw new InputError(path, `unknown library format '${ext}' (use .bib, .json (CSL-JSON) or .ris)`);
}
