import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel } from '../../../src/parse/learn/model-file.js';
import { labelTokens, sequence } from '../../../src/parse/learn/labeller.js';
import type { Label } from '../../../src/parse/learn/labels.js';
import { buildLexicons } from '../../../src/parse/learn/lexicons.js';
import { deserialize, label, serialize, train, viterbi, emptyModel } from '../../../src/parse/learn/perceptron.js';
import { tokenize } from '../../../src/parse/learn/tokenize.js';
import { table } from '../../../src/resolve/tables.js';

const lex = buildLexicons({
  publishers: table('publishers'),
  journals: table('journals'),
  'western-names': table('western-names'),
});

/** A string labelled by segments: [[label, text], …] joined as written. */
function example(parts: Array<[Label, string]>) {
  const text = parts.map(([, s]) => s).join('');
  const tokens = tokenize(text);
  let at = 0;
  const spans = parts.map(([l, s]) => {
    const span = { l, start: at, end: at + s.length };
    at += s.length;
    return span;
  });
  const labels = tokens.map((t) => spans.find((s) => t.start >= s.start && t.start < s.end)!.l);
  return { text, seq: sequence(tokens, lex, labels) };
}

// Made-up GB/T 7714 book and article entries (names, titles and years vary; the shape does not).
const NAMES = ['李晓红', '王磊', '周明远', '陈平', '张伟', '刘洋'];
const TITLES = ['城市更新与社区参与', '乡村治理研究', '数字经济导论', '社会网络分析', '法律与秩序', '资本的逻辑'];
const PLACES = ['北京', '上海', '南京', '成都'];
const PUBLISHERS = ['商务印书馆', '中华书局', '人民出版社', '中信出版社'];
const JOURNALS = ['社会学研究', '经济研究', '中国社会科学', '法学研究'];

function books(n: number) {
  return Array.from({ length: n }, (_, i) =>
    i % 2
      ? example([
          ['author', NAMES[i % 6]!],
          ['punct', '. '],
          ['title', TITLES[(i * 5) % 6]!],
          ['type', '[M]'],
          ['punct', '. '],
          ['publisher-place', PLACES[i % 4]!],
          ['punct', ': '],
          ['publisher', PUBLISHERS[(i * 3) % 4]!],
          ['punct', ', '],
          ['issued', String(1990 + (i % 30))],
          ['punct', '.'],
        ])
      : example([
          ['author', NAMES[(i * 7) % 6]!],
          ['punct', '. '],
          ['title', TITLES[i % 6]!],
          ['type', '[J]'],
          ['punct', '. '],
          ['container-title', JOURNALS[i % 4]!],
          ['punct', ', '],
          ['issued', String(1990 + (i % 30))],
          ['punct', '('],
          ['issue', String(1 + (i % 6))],
          ['punct', '): '],
          ['page', `${10 + i}-${20 + i}`],
          ['punct', '.'],
        ]),
  );
}

describe('averaged structured perceptron', () => {
  const data = books(60);
  const model = train(
    data.map((d) => d.seq),
    { epochs: 4, seed: 7 },
  );

  it('learns the fields of GB/T entries it was not trained on', () => {
    const fresh = example([
      ['author', '赵六'],
      ['punct', '. '],
      ['title', '城市社会学'],
      ['type', '[M]'],
      ['punct', '. '],
      ['publisher-place', '上海'],
      ['punct', ': '],
      ['publisher', '中华书局'],
      ['punct', ', '],
      ['issued', '2003'],
      ['punct', '.'],
    ]);
    expect(label(model, fresh.seq)).toEqual(fresh.seq.labels);
  });

  it('keeps to the hard cues: the inside of 《》 is a title or container even where the weights say otherwise', () => {
    const tokens = labelTokens('李晓红. 《北京》[M]. 北京: 中华书局, 2019.', model, lex);
    const inside = tokens.filter((t) => t.start > 4 && t.end < 10 && t.kind === 'cjk');
    expect(inside.map((t) => t.text)).toEqual(['北', '京']);
    for (const t of inside) expect(['title', 'container-title', 'collection-title']).toContain(t.label);
    expect(tokens.find((t) => t.text === '[M]')!.label).toBe('type');
  });

  it('reads back from its file to the same labels', () => {
    const again = deserialize(decodeModel(encodeModel(serialize(model, 1, 0)))).model;
    for (const d of data.slice(0, 10)) expect(label(again, d.seq)).toEqual(label(model, d.seq));
  });

  it('reads its arrays back from a file whose bytes do not start at an aligned offset', () => {
    const bytes = encodeModel(serialize(model, 1, 0));
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    const again = deserialize(decodeModel(shifted)).model;
    for (const d of data.slice(0, 5)) expect(label(again, d.seq)).toEqual(label(model, d.seq));
    expect(() => decodeModel(new Uint8Array(16))).toThrow(/not a citeaudit parser model/);
  });

  it('trains to the same model from the same seed', () => {
    const twice = train(
      data.map((d) => d.seq),
      { epochs: 4, seed: 7 },
    );
    expect(Buffer.from(encodeModel(serialize(twice, 1))).equals(Buffer.from(encodeModel(serialize(model, 1))))).toBe(
      true,
    );
  });

  it('decodes nothing for no tokens, and follows the transitions when the features are silent', () => {
    const m = emptyModel(new Map());
    expect(viterbi(m, [])).toEqual([]);
    m.transitions[3] = 1; // start → label 3
    m.transitions[(3 + 1) * m.labels.length + 4] = 1; // 3 → 4
    expect(viterbi(m, [new Float64Array(m.labels.length), new Float64Array(m.labels.length)])).toEqual([3, 4]);
  });
});
