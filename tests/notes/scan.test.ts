import { describe, expect, it } from 'vitest';
import { expandNumbers, scanManuscript } from '../../src/notes/scan.js';

const md = (text: string) => scanManuscript(text, { markdown: true });

describe('circled footnotes in page blocks', () => {
  const text = [
    '第一页正文<sup>①</sup>，又一处<sup>②</sup>。未完的句子撇',
    '',
    '① 孙伟平：《智能系统的劳动及其社会后果》，《哲学研究》2021年第8期。',
    '',
    '② 同上。',
    '',
    '开话题，第二页<sup>①</sup>。',
    '',
    '① Ibid., p. 5.',
  ].join('\n');
  const r = md(text);

  it('restarts numbering per page and links markers on their own page', () => {
    expect(r.notes.map((n) => `${n.label}@${n.page}`)).toEqual(['①@1', '②@1', '①@2']);
    expect(r.pages).toBe(2);
    expect(r.markers.map((m) => `${m.label}@${m.page}→${m.targets.join()}`)).toEqual(['①@1→n1', '②@1→n2', '①@2→n3']);
  });

  it('keeps exact ranges of note text', () => {
    for (const n of r.notes) expect(text.slice(n.range.start, n.range.end)).toBe(n.text);
  });

  it('joins the body across the block, even mid-word', () => {
    expect(r.body).toContain('未完的句子撇开话题');
  });

  it('reports a marker whose page has no such note as unlinked', () => {
    const o = md('正文<sup>③</sup>。\n\n① 注。\n');
    expect(o.markers[0]!.targets).toEqual([]);
    expect(o.notes[0]!.markerIds).toEqual([]);
  });

  it('ignores <sup> that is not a note number', () => {
    const o = md('21<sup>st</sup> century<sup>①</sup>.\n\n① L. Lohmann, “21<sup>st</sup>-Century Capitalism”, 2020.\n');
    expect(o.markers.map((m) => m.label)).toEqual(['①']);
  });

  it('takes bare circled numbers as markers in plain text', () => {
    const o = scanManuscript('劳动能力”①。还有②。\n\n①孙伟平：《书》，北京：人民出版社，2020年，第1页。\n②同上。\n', {
      markdown: false,
    });
    expect(o.notes.map((n) => n.label)).toEqual(['①', '②']);
    expect(o.markers.map((m) => m.targets.length)).toEqual([1, 1]);
  });

  it('continues a wrapped note line that has not ended', () => {
    const o = scanManuscript('正文①。\n\n①孙伟平：《智能系统的劳动及其\n社会后果》，《哲学研究》2021年第8期。\n', {
      markdown: false,
    });
    expect(o.notes[0]!.text).toBe('孙伟平：《智能系统的劳动及其社会后果》，《哲学研究》2021年第8期。');
  });
});

describe('Pandoc footnotes', () => {
  it('reads definitions with indented continuation lines', () => {
    const r = md(
      'Text.[^a] More.[^long]\n\n[^a]: Ibid.\n[^long]: George Caffentzis, *In Letters of Blood and Fire*,\n    Oakland: PM Press, 2013, p. 131.\n\nAfter.\n',
    );
    expect(r.notes.map((n) => [n.label, n.text, n.page])).toEqual([
      ['a', 'Ibid.', null],
      ['long', 'George Caffentzis, *In Letters of Blood and Fire*, Oakland: PM Press, 2013, p. 131.', null],
    ]);
    expect(r.markers.map((m) => `${m.label}→${m.targets.join()}`)).toEqual(['^a→n1', '^long→n2']);
    expect(r.pages).toBeNull();
  });

  it('ignores markers inside fenced code', () => {
    const r = md('```\nx[^a]\n```\nText.[^a]\n\n[^a]: Note.\n');
    expect(r.markers).toHaveLength(1);
  });
});

describe('numeric citations and reference lists', () => {
  const text = [
    '已有研究[1]，另见[2-3]与[1,3]；引文见[3]260。未列出的[9]。',
    '',
    '## 参考文献',
    '',
    '[1] 孙伟平. 智能系统的劳动及其社会后果[J]. 哲学研究, 2021(8): 30-40.',
    '[2] 赵汀阳. 人工智能“革命”的“近忧”和“远虑”[J]. 哲学动态, 2018(4): 5-12.',
    '3. 邓晓芒. 人工智能的本质[J]. 山东社会科学, 2022(12): 1-9.',
    '',
    '(编辑：某某)',
  ].join('\n');
  const r = md(text);

  it('reads labelled entries and stops at the first line that is not one', () => {
    expect(r.entries.map((e) => [e.label, e.number])).toEqual([
      ['[1]', 1],
      ['[2]', 2],
      ['3.', 3],
    ]);
  });

  it('expands ranges and lists, keeps the locator, and leaves unknown numbers unlinked', () => {
    expect(r.markers.map((m) => [m.label, m.numbers, m.targets, m.locator ?? null])).toEqual([
      ['[1]', [1], ['e1'], null],
      ['[2-3]', [2, 3], ['e2', 'e3'], null],
      ['[1,3]', [1, 3], ['e1', 'e3'], null],
      ['[3]', [3], ['e3'], '260'],
      ['[9]', [9], [], null],
    ]);
  });

  it('does not read bracketed numbers as markers when there is no numbered list', () => {
    expect(md('数组 a[1] 与 [2]。\n').markers).toEqual([]);
  });

  it('reads an English unlabelled bibliography', () => {
    const e = md(
      'Text.\n\n## Works Cited\n\nFuchs, C. *Digital Labor and Karl Marx*. London: Routledge, 2014.\nHarvey, D. *Marx, Capital and the Madness of Economic Reason*. London: Profile, 2017.\n',
    ).entries;
    expect(e.map((x) => x.text.slice(0, 8))).toEqual(['Fuchs, C', 'Harvey, ']);
  });

  it('caps hostile ranges', () => {
    expect(expandNumbers('1-100000')).toEqual([1, 100000]);
  });
});

describe('a numbered list whose line breaks were lost', () => {
  const text = [
    '正文引用[1]，又引用[2]，再引用[3]。',
    '',
    '## 参考文献',
    '',
    '[1] 王五. 城市的边界[M]. 北京: 人民出版社, 2010. [2] 李四. 乡村的变迁[M]. 北京: 商务印书馆, 2011. [3] SMITH J. Harbour towns[M]. Oslo: Cappelen, 1999.',
  ].join('\n');
  const r = md(text);

  it('splits it where the next numbers follow after a full stop, with exact ranges', () => {
    expect(r.entries.map((e) => e.label)).toEqual(['[1]', '[2]', '[3]']);
    for (const e of r.entries) expect(text.slice(e.range.start, e.range.end)).toBe(e.text);
    expect(r.entries[1]!.text).toBe('李四. 乡村的变迁[M]. 北京: 商务印书馆, 2011.');
    expect(r.markers.every((m) => m.targets.length > 0)).toBe(true);
  });

  it('leaves a number inside an entry alone when it does not continue the list', () => {
    const one = md(
      ['## References', '', '[1] Smith J. See also [7] in the same volume. Oslo: Cappelen, 1999.'].join('\n'),
    );
    expect(one.entries.map((e) => e.label)).toEqual(['[1]']);
  });
});
