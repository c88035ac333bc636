import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/engine/pipeline.js';
import { compareRecheck } from '../../src/engine/recheck.js';
import { readMarkdown } from '../../src/readers/markdown.js';
import { circled, ZH_BOOK } from '../helpers/manuscripts.js';

async function check(text: string) {
  const doc = readMarkdown('t.md', new TextEncoder().encode(text));
  return (await checkDocument(doc, { lang: 'en', norm: 'cass' })).diagnostics;
}

const BEFORE = circled([
  [
    '孙伟平：《智能系统的劳动》,北京：人民出版社，2021年，第5页。',
    '赵汀阳：《天下的当代性》，北京：中信出版社，2016年，第12页。',
    '许纪霖：《家国天下》，上海：上海人民出版社，2017年，第3页。',
  ],
]);

describe('compareRecheck on real findings', () => {
  it('agrees when the fixed finding is gone and nothing else changed', async () => {
    const before = await check(BEFORE);
    const fixed = new Set(before.filter((d) => d.fix));
    expect([...fixed].map((d) => d.ruleId)).toEqual(['punctuation-width']);
    const after = await check(BEFORE.replace('劳动》,北京', '劳动》，北京'));
    expect(compareRecheck(before, fixed, after)).toEqual({ remaining: [], appeared: [] });
  });

  it('names a fixed finding still reported and a finding that was not there before', async () => {
    const before = await check(BEFORE);
    const fixed = new Set(before.filter((d) => d.fix));
    // As if the write had gone wrong: the comma is still there, and another note got one.
    const after = await check(BEFORE.replace('当代性》，北京', '当代性》,北京'));
    const v = compareRecheck(before, fixed, after);
    expect(v.remaining.map((d) => [d.ruleId, d.noteIds])).toEqual([['punctuation-width', ['n1']]]);
    expect(v.appeared.map((d) => [d.ruleId, d.noteIds])).toEqual([['punctuation-width', ['n2']]]);
  });

  it('does not count a group that lost a member as new', async () => {
    const three = circled([
      [
        ZH_BOOK,
        '赵汀阳：《天下的当代性》，北京：中信出版社，2016年，第12页。',
        ZH_BOOK,
        ZH_BOOK.replace('第5页', '第9页'),
      ],
    ]);
    const before = await check(three);
    const dup = before.find((d) => d.ruleId === 'duplicate-citation');
    expect(dup?.noteIds).toEqual(['n1', 'n3', 'n4']);
    const after = await check(
      three.replace(`③ ${ZH_BOOK}`, '③ 许纪霖：《家国天下》，上海：上海人民出版社，2017年，第3页。'),
    );
    expect(after.find((d) => d.ruleId === 'duplicate-citation')?.noteIds).toEqual(['n1', 'n4']);
    expect(compareRecheck(before, new Set(), after).appeared.filter((d) => d.ruleId === 'duplicate-citation')).toEqual(
      [],
    );
  });
});
