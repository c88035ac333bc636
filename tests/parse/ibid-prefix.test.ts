import { describe, expect, it } from 'vitest';
import { parseReference } from '../../src/parse/index.js';

/** Repeat markers (同上, Ibid.…) and leading signals (参见, See…): what the linking stage relies on. */

type IbidRow = [text: string, form: string, locator: string | null, locatorRaw: string | null, noteRef?: string];

const IBID: IbidRow[] = [
  ['同上。', '同上', null, null],
  ['同上', '同上', null, null],
  ['同上，第23页。', '同上', '23', '第23页'],
  ['同上，第 23 页。', '同上', '23', '第 23 页'],
  ['同上，第23-25页。', '同上', '23-25', '第23-25页'],
  ['同上书，第5页。', '同上书', '5', '第5页'],
  ['同上书，第185-186、186页。', '同上书', '185-186, 186', '第185-186、186页'],
  ['同上注。', '同上注', null, null],
  ['同上注，第7页。', '同上注', '7', '第7页'],
  ['同前注12，第5页。', '同前注12', '5', '第5页', '12'],
  ['同前注⑫，第5页。', '同前注⑫', '5', '第5页', '12'],
  ['前引注3。', '前引注3', null, null, '3'],
  ['前引书，第9页。', '前引书', '9', '第9页'],
  ['Ibid.', 'Ibid.', null, null],
  ['Ibid', 'Ibid', null, null],
  ['ibid.', 'ibid.', null, null],
  ['Ibid., p. 5.', 'Ibid.', '5', 'p. 5'],
  ['Ibid., pp. 5-7.', 'Ibid.', '5-7', 'pp. 5-7'],
  ['Ibid., 23.', 'Ibid.', '23', '23'],
  ['Id. at 7.', 'Id.', '7', 'at 7'],
];

describe('parse: 同上 / 同前注 / Ibid. / Id.', () => {
  for (const [text, form, locator, locatorRaw, noteRef] of IBID) {
    it(text, () => {
      const r = parseReference(text);
      expect(r.kind).toBe('ibid');
      expect(r.failure).toBeUndefined();
      expect(r.ibidForm).toBe(form);
      expect(r.locator).toBe(locator);
      expect(r.locatorRaw).toBe(locatorRaw);
      expect(r.ibidNoteRef).toBe(noteRef);
      expect(r.prefix).toBeNull();
      expect(r.lang).toBe(/[\u3400-\u9fff]/u.test(text) ? 'zh' : 'en');
      if (locatorRaw) expect(text.slice(r.spans.locator!.start, r.spans.locator!.end)).toBe(locatorRaw);
    });
  }

  it('keeps a prefix before a repeat marker', () => {
    const r = parseReference('参见同上书，第12页。');
    expect(r).toMatchObject({ kind: 'ibid', prefix: '参见', ibidForm: '同上书', locator: '12' });
    const e = parseReference('See ibid., p. 12.');
    expect(e).toMatchObject({ kind: 'ibid', prefix: 'See', ibidForm: 'ibid.', locator: '12' });
  });

  it('reads back-references that name the author instead of repeating the work', () => {
    expect(parseReference('前引黄再胜文，第5页。')).toMatchObject({
      kind: 'ibid',
      ibidForm: '前引',
      locator: '5',
      item: { type: 'document', author: [{ literal: '黄再胜' }] },
    });
    expect(parseReference('黄再胜：前引书，第5页。')).toMatchObject({
      kind: 'ibid',
      ibidForm: '前引书',
      locator: '5',
      item: { author: [{ literal: '黄再胜' }] },
    });
    expect(parseReference('Harvey, op. cit., p. 5.')).toMatchObject({
      kind: 'ibid',
      ibidForm: 'op. cit.',
      locator: '5',
      item: { author: [{ family: 'Harvey' }] },
    });
    expect(parseReference('supra note 3, at 12.')).toMatchObject({
      kind: 'ibid',
      ibidForm: 'supra',
      ibidNoteRef: '3',
      locator: '12',
    });
  });

  it('parses the short form after 前引 so that it can be matched by title', () => {
    const text = '前引黄再胜：《人工智能时代》，第5页。';
    const r = parseReference(text);
    expect(r).toMatchObject({
      kind: 'ibid',
      ibidForm: '前引',
      locator: '5',
      item: { type: 'book', author: [{ literal: '黄再胜' }], title: '人工智能时代' },
    });
    expect(text.slice(r.spans.title!.start, r.spans.title!.end)).toBe('人工智能时代');
    expect(text.slice(r.spans.author!.start, r.spans.author!.end)).toBe('黄再胜');
  });

  it('is not fooled by names and titles that start like a marker', () => {
    expect(parseReference('同上海的关系：《论文》，《刊》2020年第1期。').kind).toBe('full');
    expect(parseReference('张三：《论前引文的用法》，《刊》2020年第1期。').kind).toBe('full');
    expect(parseReference('Idris Smith, *A Book*, London: Verso, 2001.').kind).toBe('full');
    expect(parseReference('Ibidun Ade, *A Book*, London: Verso, 2001.').kind).toBe('full');
  });
});

type PrefixRow = [text: string, prefix: string, expected: Record<string, unknown>, locator?: string];

const PREFIXED: PrefixRow[] = [
  [
    '参见《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第88页。',
    '参见',
    { type: 'book', title: '马克思恩格斯文集', volume: '8' },
    '88',
  ],
  [
    '参见徐璐：《“无人化”生产的马克思劳动价值论审思》，《当代经济研究》2023年第11期。',
    '参见',
    { type: 'article-journal', author: [{ literal: '徐璐' }] },
  ],
  [
    '参看孙伟平：《智能系统的劳动及其社会后果》，《哲学研究》2021年第8期。',
    '参看',
    { type: 'article-journal', 'container-title': '哲学研究' },
  ],
  [
    '详见张三：《书》，北京：中华书局，2000年，第3页。',
    '详见',
    { type: 'book', title: '书', publisher: '中华书局' },
    '3',
  ],
  [
    '转引自张三：《书》，北京：中华书局，2000年，第3页。',
    '转引自',
    { type: 'book', author: [{ literal: '张三' }], publisher: '中华书局' },
    '3',
  ],
  [
    '见《马克思恩格斯文集》第1卷，北京：人民出版社，2009年，第5页。',
    '见',
    { title: '马克思恩格斯文集', volume: '1' },
    '5',
  ],
  [
    '见王五主编：《法学文集》，北京：法律出版社，2001年，第30页。',
    '见',
    { editor: [{ literal: '王五' }], title: '法学文集' },
    '30',
  ],
  [
    'See George Caffentzis, *In Letters of Blood and Fire*, Oakland: PM Press, 2013, p. 131.',
    'See',
    { type: 'book', author: [{ family: 'Caffentzis', given: 'George' }], title: 'In Letters of Blood and Fire' },
    '131',
  ],
  [
    'See also C. Fuchs, *Digital Labor and Karl Marx*, London: Routledge, 2014, p. 5.',
    'See also',
    { type: 'book', author: [{ family: 'Fuchs', given: 'C.' }] },
    '5',
  ],
  [
    'Cf. P. Cockshott and K. Renaud, “Humans, Robots and Values”, *Technology in Society*, Vol. 45, 2016.',
    'Cf.',
    { type: 'article-journal', 'container-title': 'Technology in Society', volume: '45' },
  ],
  [
    'see C. Fuchs, *Digital Labor and Karl Marx*, London: Routledge, 2014.',
    'see',
    { type: 'book', title: 'Digital Labor and Karl Marx' },
  ],
];

describe('parse: leading signals are kept apart as printed', () => {
  for (const [text, prefix, expected, locator] of PREFIXED) {
    it(text.slice(0, 40), () => {
      const r = parseReference(text);
      expect(r.failure).toBeUndefined();
      expect(r.kind).toBe('full');
      expect(r.prefix).toBe(prefix);
      expect(r.item).toMatchObject(expected);
      expect(r.locator).toBe(locator ?? null);
      // The signal is not part of any field, and spans still point at the fields.
      const title = r.item.title!;
      expect(text.slice(r.spans.title!.start, r.spans.title!.end).replace(/\*/g, '')).toBe(title);
      for (const v of Object.values(r.item)) if (typeof v === 'string') expect(v.startsWith(prefix)).toBe(false);
    });
  }

  it('does not take 见 inside a word for a signal', () => {
    const r = parseReference('见解与方法：《论文》，《刊》2020年第1期。');
    expect(r.prefix).toBeNull();
  });

  it('has no prefix when none is printed', () => {
    expect(parseReference('孙伟平：《智能系统的劳动及其社会后果》，《哲学研究》2021年第8期。').prefix).toBeNull();
    expect(parseReference('Seeing Like a State Author, *Title*, London: Verso, 2001.').prefix).toBeNull();
  });
});
