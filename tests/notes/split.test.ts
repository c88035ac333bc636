import { describe, expect, it } from 'vitest';
import { splitNote } from '../../src/notes/split.js';

const texts = (s: string) => splitNote(s).map((x) => x.text);

describe('splitNote', () => {
  it('splits at ； and ; outside titles and quotes, dropping the closing 。', () => {
    expect(texts('孙伟平：《书》，第1页；赵汀阳：《文》，《刊》2018年第4期。')).toEqual([
      '孙伟平：《书》，第1页',
      '赵汀阳：《文》，《刊》2018年第4期',
    ]);
    expect(texts('See A. Smith, *Book*, 2001; B. Jones, “X; Y”, *J*, 2002.')).toEqual([
      'See A. Smith, *Book*, 2001',
      'B. Jones, “X; Y”, *J*, 2002.',
    ]);
  });

  it('does not split inside 《》, “”, （） or italics', () => {
    expect(texts('甲：《论甲；论乙》，北京：出版社，2000年。')).toHaveLength(1);
    expect(texts('甲：“言；语”，《刊》2000年第1期。')).toHaveLength(1);
    expect(texts('A. B, *Title; Subtitle*, 2000.')).toHaveLength(1);
  });

  it('keeps offsets exact', () => {
    const s = '  参见甲：《书》；  同上。';
    for (const seg of splitNote(s)) expect(s.slice(seg.range.start, seg.range.end)).toBe(seg.text);
  });
});

describe('splitNote: chains', () => {
  it('splits before 转引自 and quoted in, the source keeping its signal', () => {
    expect(
      texts('马克思：《资本论》第1卷，第100页，转引自王五：《劳动价值论新探》，北京：经济科学出版社，2010年，第88页。'),
    ).toEqual([
      '马克思：《资本论》第1卷，第100页',
      '转引自王五：《劳动价值论新探》，北京：经济科学出版社，2010年，第88页',
    ]);
    expect(
      texts(
        'Karl Marx, *Grundrisse*, London: Penguin, 1973, p. 706, quoted in David Harvey, *The Limits to Capital*, London: Verso, 2006, p. 120.',
      ),
    ).toEqual([
      'Karl Marx, *Grundrisse*, London: Penguin, 1973, p. 706',
      'quoted in David Harvey, *The Limits to Capital*, London: Verso, 2006, p. 120.',
    ]);
  });

  it('leaves a note that starts with 转引自, or names it inside a title, whole', () => {
    expect(texts('转引自张三：《书》，北京：中华书局，2000年，第3页。')).toHaveLength(1);
    expect(texts('李四：《论“转引自”的用法》，《刊》2000年第1期。')).toHaveLength(1);
  });
});
