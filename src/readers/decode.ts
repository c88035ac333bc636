import { Buffer, isUtf8 } from 'node:buffer';
import { InputError } from '../core/errors.js';

/** Largest manuscript read whole; beyond this a file is almost certainly not a manuscript. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

export interface Decoded {
  text: string;
  encoding: string;
}

/**
 * Decodes a text manuscript. UTF-8 with or without BOM and UTF-16 with BOM are read; anything else is
 * refused with a message rather than turned into mojibake (other encodings are a later issue).
 */
export function decodeText(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new InputError(file, 'file is empty');
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (looksBinary(bytes)) throw new InputError(file, 'not a text file (binary content)');
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // isUtf8 validates with SIMD; decoding after it is several times faster than a fatal TextDecoder.
  const body = bom ? bytes.subarray(3) : bytes;
  if (!isUtf8(body)) {
    const at = firstInvalidUtf8(bytes);
    throw new InputError(file, `invalid UTF-8 at byte ${at} (other encodings such as GB18030 are not supported yet)`);
  }
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  return { text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
}

function looksBinary(bytes: Uint8Array): boolean {
  // NUL bytes never occur in UTF-8 text; scanning the first 8 KB is enough to tell.
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}
