import { describe, expect, it } from 'vitest';
import { splitNote } from '../../src/notes/split.js';

const texts = (s: string) => splitNote(s).map((x) => x.text);

describe('splitNote', () => {
  it('splits at ； and ; outside titles and quotes, dropping the closing 。', () => {
    expect(texts('孙伟平：《书》，第1页；赵汀阳：《文》，《刊》2018年第4期。')).toEqual(['孙伟平：《书》，第1页', '赵汀阳：《文》，《刊》2018年第4期']);
    expect(texts('See A. Smith, *Book*, 2001; B. Jones, “X; Y”, *J*, 2002.')).toEqual(['See A. Smith, *Book*, 2001', 'B. Jones, “X; Y”, *J*, 2002.']);
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
