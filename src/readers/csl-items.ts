import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { InputError } from '../util/errors.js';
import type { CslItem } from '../model/csl.js';
import { mapNames, nationalityOutside } from '../parse/names.js';
import { decodeText } from './decode.js';

/** One record read from a file, or why it was left out. */
export type ReadItem = { item: CslItem; where: string } | { skip: string; where: string };

/** A CSL-JSON value as a record: an object with a `type`; citeaudit cannot match a record without title. */
export function checkItem(value: unknown, where: string): ReadItem {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { skip: 'not a CSL-JSON object', where };
  // Untrusted JSON: its fields are checked before the value is taken for a CSL item.
  const fields = value as { type?: unknown; title?: unknown };
  if (typeof fields.type !== 'string' || !fields.type) return { skip: 'no CSL type', where };
  if (typeof fields.title !== 'string' || !fields.title.trim()) return { skip: 'no title', where };
  return { item: fromCslJson(value as CslItem), where };
}

/**
 * A record as read from CSL-JSON, in citeaudit's form: a nationality marker leading a name becomes `x-nationality`,
 * and `x-…: value` lines of the note (see exporters/csl-json.ts) fields again.
 */
export function fromCslJson(item: CslItem): CslItem {
  const out = mapNames(item, nationalityOutside);
  // Fields citeaudit exports in `note` for want of a CSL variable (`x-era: 乾隆`) come back as fields.
  if (typeof item.note === 'string' && /^x-[a-z-]+: /m.test(item.note)) {
    const rest = item.note.split('\n').filter((line) => {
      const m = /^(x-[a-z-]+): (.*)$/.exec(line);
      if (m && m[1] !== 'x-nationality') out[m[1]!] = m[2]!;
      return !m;
    });
    if (rest.length) out.note = rest.join('\n');
    else delete out.note;
  }
  return out;
}

/** A CSL-JSON file as its values: an array of items or one item. */
export function readCslJsonValues(path: string, missing = 'file not found'): unknown[] {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new InputError(path, missing);
  }
  let data: unknown;
  try {
    data = JSON.parse(decodeText(bytes, path).text);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(path, `not valid CSL-JSON (${(err as Error).message})`);
  }
  return Array.isArray(data) ? data : [data];
}

/** A CSL-JSON file's records, each checked. */
export function readCslJson(path: string): ReadItem[] {
  return readCslJsonValues(path).map((v, i) => checkItem(v, `item ${i + 1}`));
}

/**
 * JSON lines (`.jsonl`, `.ndjson`): one CSL-JSON item a line, read as a stream in batches so that a file of
 * a million records never sits in memory whole. A line that is not JSON is skipped, not fatal.
 */
export async function* readCslJsonLines(path: string, batchSize = 5000): AsyncGenerator<ReadItem[]> {
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
  } catch {
    throw new InputError(path, 'file not found');
  }
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let batch: ReadItem[] = [];
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = (n === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      batch.push({ skip: 'not valid JSON', where: `line ${n}` });
      continue;
    }
    batch.push(checkItem(value, `line ${n}`));
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
