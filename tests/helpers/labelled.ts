import type { Label, LabelledToken } from '../../src/parse/learn/labels.js';
import { tokenize } from '../../src/parse/learn/tokenize.js';

/** Tokens of the joined parts, each labelled by its part (made-up strings in the shapes of real ones). */
export function labelled(parts: Array<[Label, string]>): { text: string; tokens: LabelledToken[] } {
  const text = parts.map(([, s]) => s).join('');
  const ends: Array<[Label, number]> = [];
  let at = 0;
  for (const [l, s] of parts) ends.push([l, (at += s.length)]);
  const tokens = tokenize(text).map((t) => ({ ...t, label: ends.find(([, e]) => t.start < e)![0] }));
  return { text, tokens };
}
