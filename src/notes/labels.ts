/**
 * Circled note numbers as Chinese journals print them: ①–⑳ (U+2460…), ㉑–㉟ (U+3251…), ㊱–㊿ (U+32B1…).
 */
export function circledValue(ch: string): number | null {
  const c = ch.codePointAt(0);
  if (c === undefined) return null;
  if (c >= 0x2460 && c <= 0x2473) return c - 0x2460 + 1;
  if (c >= 0x3251 && c <= 0x325f) return c - 0x3251 + 21;
  if (c >= 0x32b1 && c <= 0x32bf) return c - 0x32b1 + 36;
  return null;
}

export function circledLabel(n: number): string | null {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return null;
}

/** Character class source matching one circled number. */
export const CIRCLED_CLASS = '[\\u2460-\\u2473\\u3251-\\u325f\\u32b1-\\u32bf]';
