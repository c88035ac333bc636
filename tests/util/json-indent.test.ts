import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/readers/index.js';
import { checkDocument } from '../../src/engine/pipeline.js';
import { fileReport } from '../../src/formatters/json.js';
import { indentJson } from '../../src/util/json-indent.js';
import { ROOT } from '../helpers/cli.js';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
/** What `JSON.stringify(value, null, 2)` prints for the value `depth` levels deep, its first line indented. */
const expected = (value: unknown, depth: number) => {
  let wrapped = value;
  for (let k = 0; k < depth; k++) wrapped = [wrapped];
  const whole = JSON.stringify(wrapped, null, 2);
  return depth === 0 ? whole : whole.slice(depth * (depth + 1), -depth * (depth + 1));
};
const indented = (value: unknown, depth = 0) => text(indentJson(JSON.stringify(value), depth));

describe('indentJson', () => {
  it('indents the reference manuscript’s report as JSON.stringify with two spaces does, at any depth', async () => {
    const path = join(ROOT, 'fixtures/llm-labor-value.md');
    const report = fileReport({ path, ...(await checkDocument(await readDocument(path), { lang: 'en' })) });
    for (const depth of [0, 1, 2, 5]) expect(indented(report, depth)).toBe(expected(report, depth));
    expect(indented(report, 2).startsWith('    {\n      "path": ')).toBe(true);
  });

  it('leaves strings alone: brackets, commas, colons, quotes and backslashes inside them, CJK text', () => {
    const value = {
      raw: '《资本论》第1卷，北京：人民出版社，2004年，第5页。',
      tricky: ['{"a": [1, 2]}', 'a\\', '\\"', 'tab\tand\nline', '\u0000\u2028', ':,[]{}'],
      empty: { object: {}, array: [], nested: [[], {}, [{}]], string: '' },
      numbers: [0, -1.5, 1e21, null, true, false],
      'key with "quotes" and : colon': 'value',
    };
    expect(indented(value)).toBe(JSON.stringify(value, null, 2));
    expect(indented(value, 3)).toBe(expected(value, 3));
    expect(indented([])).toBe('[]');
    expect(indented('x')).toBe('"x"');
  });

  it('grows past its first buffer, and each result owns its bytes', () => {
    const big = Array.from({ length: 40000 }, (_, k) => ({ id: `n${k}`, text: '马克思'.repeat(k % 7), list: [k] }));
    const first = indentJson(JSON.stringify(big), 1);
    expect(first.byteLength).toBeGreaterThan(1 << 21);
    expect(text(first)).toBe(expected(big, 1));
    const second = indentJson(JSON.stringify({ a: 1 }));
    expect(text(second)).toBe('{\n  "a": 1\n}');
    expect(first.buffer).not.toBe(second.buffer);
    expect(first.byteLength).toBe(first.buffer.byteLength);
    expect(text(first)).toBe(expected(big, 1));
  });
});
