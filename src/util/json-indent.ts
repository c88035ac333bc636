// The bytes of JSON's structural characters, of a string's quotes and escapes, and of the whitespace added.
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const NEWLINE = 0x0a;
const SPACE = 0x20;

/** A line break and the indentation of `level`, written at `at`; returns the position after them. */
function newline(out: Uint8Array, at: number, level: number): number {
  let o = at;
  out[o++] = NEWLINE;
  for (let k = 2 * level; k > 0; k--) out[o++] = SPACE;
  return o;
}

// Reused between calls: a file's report is encoded and indented here, and only the result is copied out.
let encoded = new Uint8Array(1 << 20);
let scratch = new Uint8Array(1 << 20);
const encoder = new TextEncoder();

/**
 * Compact JSON (the text `JSON.stringify(value)` gives) as UTF-8, indented as `JSON.stringify(value, null,
 * 2)` would print it, for a value standing `depth` levels deep in an indented document, with the
 * indentation of its first line. V8 writes compact JSON on a fast path and indented JSON several times
 * slower; adding the whitespace afterwards, outside strings (no byte of a multi-byte UTF-8 character is
 * ASCII), costs less. The result has its own buffer, so that it can be transferred to another thread.
 */
export function indentJson(json: string, depth = 0): Uint8Array {
  // A UTF-16 code unit takes at most 3 bytes of UTF-8.
  if (encoded.length < json.length * 3) encoded = new Uint8Array(json.length * 3);
  const compact = encoded.subarray(0, encoder.encodeInto(json, encoded).written);
  let out = scratch;
  let o = 0;
  let level = depth;
  for (let k = 2 * depth; k > 0; k--) out[o++] = SPACE;
  const n = compact.length;
  for (let i = 0; i < n; i++) {
    // A string adds no more than the rest of the input; anything else a newline, the indentation of its
    // level and a bracket.
    if (o + n - i + 2 * level + 4 > out.length) {
      const grown = new Uint8Array(Math.max(out.length * 2, o + n - i + 2 * level + 4));
      grown.set(out.subarray(0, o));
      out = scratch = grown;
    }
    const c = compact[i]!;
    out[o++] = c;
    if (c === QUOTE) {
      // Copied as it is, escapes included, to its closing quote (or the end of a truncated input).
      for (let d = compact[++i]; d !== QUOTE && d !== undefined; d = compact[++i]) {
        out[o++] = d;
        if (d === BACKSLASH && i + 1 < n) out[o++] = compact[++i]!;
      }
      if (i < n) out[o++] = QUOTE;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      const next = compact[i + 1];
      // An empty object or array stays on its line: `{}`, `[]` (each closing byte is its opening one + 2).
      if (next === c + 2) {
        out[o++] = next;
        i++;
      } else {
        level++;
        o = newline(out, o, level);
      }
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      // The closing bracket goes on a line of its own.
      level--;
      o = newline(out, o - 1, level);
      out[o++] = c;
    } else if (c === COMMA) o = newline(out, o, level);
    else if (c === COLON) out[o++] = SPACE;
  }
  return out.slice(0, o);
}
