import type { ModelFile } from './perceptron.js';

/**
 * The learned parser's model on disk (data/parser-model.bin): the magic `CAPM`, the length of a UTF-8 JSON
 * header, the header, then the integer arrays it names, each at an offset that is a multiple of 4 and in
 * little-endian order. Loading reads the arrays as views of the file's bytes: nothing is parsed or decoded but
 * the header, so a fresh process has the model in a few milliseconds.
 */
const MAGIC = 'CAPM';
type ArrayKind = 'i32' | 'u8';
interface Section {
  path: string;
  kind: ArrayKind;
  offset: number;
  length: number;
}

/** Where the arrays of a model file sit in it: [path in the file object, kind]. */
const ARRAYS: Array<[string, ArrayKind]> = [
  ['buckets', 'i32'],
  ['counts', 'u8'],
  ['entries', 'i32'],
  ['itemTypes.weights', 'i32'],
];

function getPath(o: object, path: string): unknown {
  return path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown> | undefined)?.[k], o);
}

function setPath(o: Record<string, unknown>, path: string, v: unknown): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce<Record<string, unknown> | undefined>((x, k) => x?.[k] as Record<string, unknown>, o);
  if (parent) parent[last] = v;
}

const pad4 = (n: number) => (n + 3) & ~3;

export function encodeModel(file: ModelFile): Uint8Array {
  const header = JSON.parse(JSON.stringify(file, (k, v: unknown) => (ArrayBuffer.isView(v) ? undefined : v))) as Record<
    string,
    unknown
  >;
  const parts: Array<Int32Array | Uint8Array> = [];
  const sections: Section[] = [];
  let at = 0;
  for (const [path, kind] of ARRAYS) {
    const a = getPath(file, path) as Int32Array | Uint8Array | undefined;
    if (!a) continue;
    sections.push({ path, kind, offset: at, length: a.length });
    parts.push(a);
    at = pad4(at + a.byteLength);
  }
  const head = Buffer.from(JSON.stringify({ ...header, sections }), 'utf8');
  const start = pad4(8 + head.length);
  const out = new Uint8Array(start + at);
  out.set(Buffer.from(MAGIC, 'latin1'), 0);
  new DataView(out.buffer).setUint32(4, head.length, true);
  out.set(head, 8);
  sections.forEach((s, i) => {
    const a = parts[i]!;
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), start + s.offset);
  });
  return out;
}

export function decodeModel(bytes: Uint8Array): ModelFile {
  if (Buffer.from(bytes.buffer, bytes.byteOffset, 4).toString('latin1') !== MAGIC)
    throw new Error('not a citeaudit parser model (no CAPM header)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = view.getUint32(4, true);
  const header = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + 8, n).toString('utf8')) as Record<
    string,
    unknown
  > & { sections: Section[] };
  const start = pad4(8 + n);
  // Views need their offset aligned to their element size: copy the bytes once if the buffer is not.
  const base = (bytes.byteOffset + start) % 4 === 0 ? bytes : bytes.slice();
  for (const s of header.sections) {
    const at = base.byteOffset + start + s.offset;
    setPath(
      header,
      s.path,
      s.kind === 'i32' ? new Int32Array(base.buffer, at, s.length) : new Uint8Array(base.buffer, at, s.length),
    );
  }
  const { sections: _sections, ...file } = header;
  return file as unknown as ModelFile;
}
