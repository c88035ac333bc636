import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  candidates,
  changedLine,
  extraPlaces,
  footnoteDefinition,
  foundPlanted,
  insertCircledAfter,
  insertFootnoteAfter,
  KINDS,
  latexFootnotes,
  makeChecker,
  mapPlace,
  measureRecall,
  misspell,
  placeSignatures,
  regionOf,
  removeMarker,
  replaceIn,
  reverseRange,
  rng,
  ruleRuns,
  shuffle,
  xmlNoteAfter,
  type FileReport,
} from '../../scripts/plant-faults.mjs';

// Tiny manuscripts of our own, in English and Chinese.
const EN = `# A short essay on play

Play is older than culture.[^1] A map is not the territory.[^2] Frames tell play from fighting.[^3] Play stands apart.[^4]

[^1]: Johan Huizinga, *Homo Ludens: A Study of the Play-Element in Culture* (Boston: Beacon Press, 1955), 46–48.
[^2]: Alfred Korzybski, *Science and Sanity* (Lakeville: International Non-Aristotelian Library, 1933), 58.
[^3]: Gregory Bateson, *Steps to an Ecology of Mind* (Chicago: University of Chicago Press, 1972), 177–93.
[^4]: Johan Huizinga, *Homo Ludens: A Study of the Play-Element in Culture* (Boston: Beacon Press, 1955), 52.

## Bibliography

Bateson, Gregory. *Steps to an Ecology of Mind*. Chicago: University of Chicago Press, 1972.

Huizinga, Johan. *Homo Ludens: A Study of the Play-Element in Culture*. Boston: Beacon Press, 1955.

Korzybski, Alfred. *Science and Sanity*. Lakeville: International Non-Aristotelian Library, 1933.
`;

const ZH = `# 关于机器与劳动的短文

劳动创造价值。[^1]机器只转移价值。[^2]智能系统改变了劳动的形态。[^3]超级智能的风险需要认真对待。[^4]这一判断仍有争议。[^5]

[^1]: 王明远：《劳动与价值》，北京：虚构出版社，2004年，第443—445页。
[^2]: [美]大卫·哈维：《跟大卫·哈维读〈资本论〉》，刘英译，上海：上海译文出版社，2014年，第156页。
[^3]: 李华：《智能系统的劳动》，《哲学研究》2021年第8期。
[^4]: [英]尼克·波斯特洛姆：《超级智能：路线图、危险性与应对策略》，张体伟、张玉青译，北京：中信出版社，2015年，第202页。
[^5]: [英]尼克·波斯特洛姆：《超级智能：路线图、危险性与应对策略》，张体伟、张玉青译，北京：中信出版社，2015年，第210页。
`;

const CIRCLED = `第一段正文，引用一本书①，再引用一篇文章②。

① 王明远：《劳动与价值》，北京：虚构出版社，2004年，第12—15页。
② 李华：《智能系统的劳动》，《哲学研究》2021年第8期。

第二页的正文③。
`;

describe('transforms', () => {
  it('removes the marker at a line and column, and only it', () => {
    expect(removeMarker(EN, 3, 28)).toContain('older than culture. A map');
    expect(removeMarker(EN, 3, 28)).toContain('[^1]: Johan');
    expect(removeMarker(CIRCLED, 1, 12)).toBe(CIRCLED.replace('书①', '书'));
    expect(removeMarker('no marker here', 1, 3)).toBeNull();
  });

  it('finds a footnote definition with its continuation lines', () => {
    const text = '[^a]: first line\n    second line\n[^b]: other\n';
    const def = footnoteDefinition(text, 'a')!;
    expect(text.slice(def.bodyStart, def.end)).toBe('first line\n    second line');
    expect(footnoteDefinition(text, 'zz')).toBeNull();
  });

  it('repeats a Markdown note right after itself: marker after marker, definition after definition', () => {
    const t = insertFootnoteAfter(ZH, '2', 3, 17, 'copy', '同一条注释。')!;
    expect(t).toContain('机器只转移价值。[^2][^copy]智能');
    expect(t).toContain('2014年，第156页。\n[^copy]: 同一条注释。\n[^3]:');
  });

  it('follows the last ① note of a page with the next circled number', () => {
    const t = insertCircledAfter(CIRCLED, '②', 4, 1, 20, '李华：《智能系统的劳动》。')!;
    expect(t).toContain('文章②③。');
    expect(t).toContain('2021年第8期。\n③ 李华：《智能系统的劳动》。\n');
    expect(insertCircledAfter(CIRCLED, '5', 4, 1, 20, 'x')).toBeNull();
  });

  it('reads LaTeX footnotes with nested braces and skips commented ones', () => {
    const tex = '% \\footnote{不算}\n正文\\footnote{见 \\emph{Homo Ludens}，第46页。}，后文。';
    expect(latexFootnotes(tex).map((f) => f.content)).toEqual(['见 \\emph{Homo Ludens}，第46页。']);
  });

  it('reverses a page range, also one written short', () => {
    expect(reverseRange('pp. 46–48.', '46', '48')).toBe('pp. 48–46.');
    expect(reverseRange('1972), 177–93.', '177', '93')).toBe('1972), 193–177.');
    expect(reverseRange('第443—445页', '443', '445')).toBe('第445—443页');
    expect(reverseRange('第1443—445页', '443', '445')).toBeNull();
  });

  it('replaces a whole number or Latin word, next to Chinese too', () => {
    expect(replaceIn('2015年，第202页', '2015', '2014')).toBe('2014年，第202页');
    expect(replaceIn('20150 and 2015', '2015', '2014')).toBe('20150 and 2014');
    expect(replaceIn('Batesons Bateson', 'Bateson', 'Batesan')).toBe('Batesons Batesan');
    expect(replaceIn('abc', 'x', 'y')).toBeNull();
  });

  it('misspells a name by one letter, keeping its start', () => {
    expect(misspell('Huizinga')).toBe('Huizenga');
    expect(misspell('Bateson')).toBe('Batesan');
    expect(misspell('Kjosén')).toHaveLength(7);
    expect(misspell('尼克·波斯特洛姆')).toBe('尼克·波斯忒洛姆');
    expect(misspell('王明远华')).not.toBe('王明远华');
  });

  it('draws the same order from the same seed', () => {
    expect(shuffle(rng(7), [1, 2, 3, 4, 5, 6])).toEqual(shuffle(rng(7), [1, 2, 3, 4, 5, 6]));
    expect(shuffle(rng(7), [1, 2, 3, 4, 5, 6]).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('notes in XML: DOCX, ODT and JATS', () => {
  it('repeats a DOCX footnote with a new id, and the run of its reference', () => {
    const sources = {
      main: 'a.docx',
      files: {
        'word/footnotes.xml':
          '<w:footnotes><w:footnote w:id="0"/><w:footnote w:id="2"><w:p><w:r><w:t>王明远：《劳动与价值》，2004年。</w:t></w:r></w:p></w:footnote></w:footnotes>',
        'word/document.xml':
          '<w:body><w:p><w:r><w:t>正文</w:t></w:r><w:r><w:rPr/><w:footnoteReference w:id="2" /></w:r><w:r><w:t>。</w:t></w:r></w:p></w:body>',
      },
    };
    const edited = xmlNoteAfter(sources, { part: 'word/footnotes.xml', id: '2' }, null)!;
    expect(edited['word/footnotes.xml']).toContain('2004年。</w:t></w:r></w:p></w:footnote><w:footnote w:id="3"><w:p>');
    expect(edited['word/document.xml']).toContain(
      '<w:r><w:rPr/><w:footnoteReference w:id="2" /></w:r><w:r><w:rPr/><w:footnoteReference w:id="3" /></w:r>',
    );
    const added = xmlNoteAfter(sources, { part: 'word/footnotes.xml', id: '2' }, 'A & B, 1999.')!;
    expect(added['word/footnotes.xml']).toContain('<w:t xml:space="preserve">A &amp; B, 1999.</w:t>');
    expect(changedLine(sources, added)).toMatchObject({ file: 'word/footnotes.xml', line: 1 });
  });

  it('repeats an ODT note in place, and a JATS fn with its xref in the body only', () => {
    const odt = {
      main: 'a.odt',
      files: {
        'content.xml':
          '<text:p>正文<text:note text:id="ftn0"><text:note-body>注。</text:note-body></text:note>。</text:p>',
      },
    };
    expect(xmlNoteAfter(odt, { part: 'content.xml', id: 'ftn0' }, null)!['content.xml']).toContain(
      '</text:note><text:note text:id="ftn0p"><text:note-body>注。</text:note-body></text:note>。',
    );
    const jats = (front: string) => ({
      main: 'a.xml',
      files: {
        'a.xml': `<article><front>${front}</front><body><p>Text<xref ref-type="fn" rid="fn1">1</xref>.</p></body><back><fn-group><fn id="fn1"><p>Note.</p></fn></fn-group></back></article>`,
      },
    });
    const t = xmlNoteAfter(jats(''), { part: 'fn', id: 'fn1' }, null)!['a.xml'];
    expect(t).toContain('<xref ref-type="fn" rid="fn1">1</xref><xref ref-type="fn" rid="fn1p">1</xref>');
    expect(t).toContain('</fn><fn id="fn1p"><p>Note.</p></fn>');
    const fromFront = jats('<contrib><xref ref-type="fn" rid="fn1"/></contrib>');
    fromFront.files['a.xml'] = fromFront.files['a.xml'].replace('<xref ref-type="fn" rid="fn1">1</xref>', '');
    expect(xmlNoteAfter(fromFront, { part: 'fn', id: 'fn1' }, 'x')).toBeNull();
  });
});

describe('telling planted places and new findings apart', () => {
  const report = (texts: string[], diagnostics: FileReport['diagnostics'] = []): FileReport => ({
    format: 'markdown',
    norm: 'chicago-notes',
    notes: texts.map((text, k) => ({
      id: `n${k + 1}`,
      label: String(k + 1),
      page: null,
      line: k + 1,
      text,
      markers: [],
    })),
    entries: [],
    citations: [],
    diagnostics,
  });

  it('finds a repeated note as the later copy, and a note again after ids moved', () => {
    const before = placeSignatures(report(['A.', 'B.', 'C.']));
    const after = placeSignatures(report(['A.', 'B.', 'B.', 'C.']));
    expect(extraPlaces(before, after)).toEqual(['n3']);
    expect(mapPlace(before, after, 'n3')).toBe('n4');
  });

  it('counts a finding only when the unplanted run lacks it, and only naming the planted place', () => {
    const orphan = (id: string) => ({ ruleId: 'orphan-note', noteIds: [id], entryIds: [] });
    const before = report(['A.', 'B.', 'B.'], [orphan('n3')]);
    // The planted run: the marker of n2 removed; n3 was an orphan already.
    expect(foundPlanted(before, report(['A.', 'B.', 'B.'], [orphan('n2'), orphan('n3')]), 'orphan-note', ['n2'])).toBe(
      true,
    );
    expect(foundPlanted(before, report(['A.', 'B.', 'B.'], [orphan('n3')]), 'orphan-note', ['n3'])).toBe(false);
    expect(foundPlanted(before, report(['A.', 'B.', 'B.'], [orphan('n2')]), 'missing-entry', ['n2'])).toBe(false);
  });

  it('locates a note in the sources by its text, nearest to its line', () => {
    const sources = { main: 'a.md', files: { 'a.md': 'x\n[^1]: Same text here.\n[^2]: Same text here.\n' } };
    const r = regionOf(sources, { text: 'Same text here.', line: 3 })!;
    expect(sources.files['a.md'].slice(0, r.start).split('\n')).toHaveLength(3);
  });
});

describe('planting in manuscripts of our own', () => {
  const dir = mkdtempSync(join(tmpdir(), 'citeaudit-plant-test-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('plants every kind where the format and norm allow it and finds each (English and Chinese)', async () => {
    writeFileSync(join(dir, 'en.md'), EN);
    writeFileSync(join(dir, 'zh.md'), ZH);
    mkdirSync(join(dir, 'gbt'));
    writeFileSync(
      join(dir, 'gbt', 'gbt.md'),
      '# 述评\n\n平台劳动的研究日益增多[^1]，数字劳动的讨论也在深入[^2]。\n\n' +
        '[^1]: 李华. 智能系统的劳动[J]. 哲学研究, 2021(8): 30-40.\n[^2]: 王明远. 数字劳动论[J]. 马克思主义研究, 2022(3): 10-20.\n\n' +
        '## 参考文献\n\n[1] 李华. 智能系统的劳动[J]. 哲学研究, 2021(8): 30-40.\n\n[2] 王明远. 数字劳动论[J]. 马克思主义研究, 2022(3): 10-20.\n',
    );
    writeFileSync(join(dir, 'gbt', 'citeaudit.config.json'), '{ "norm": "gbt7714-2015" }\n');
    const check = await makeChecker();
    const docs = [
      { id: 'en', path: join(dir, 'en.md'), project: false },
      { id: 'zh', path: join(dir, 'zh.md'), project: false },
      { id: 'gbt', path: join(dir, 'gbt', 'gbt.md'), project: true },
    ];
    const { tally, plantings } = await measureRecall(docs, { check, perKind: 2 });
    for (const kind of KINDS) {
      expect(tally[kind].planted, kind).toBeGreaterThan(0);
      expect(tally[kind].found, kind).toBe(tally[kind].planted);
    }
    expect(new Set(plantings.filter((p) => p.doc === 'zh').map((p) => p.kind))).toEqual(
      new Set([
        'orphan-note',
        'consecutive-duplicate',
        'invalid-locator',
        'inconsistent-name',
        'inconsistent-metadata',
      ]),
    );
    // Under 《中国社会科学》 notes a list after the notes is further reading: no missing-entry planted there.
    expect(ruleRuns(check.severities, 'missing-entry', 'cass')).toBe(false);
    expect(ruleRuns(check.severities, 'missing-entry', 'chicago-notes')).toBe(true);
    expect(ruleRuns(check.severities, 'missing-entry', null)).toBe(false);
    expect(ruleRuns(check.severities, 'orphan-note', null)).toBe(true);
    const zh = (await check(join(dir, 'zh.md'))).file!;
    expect(candidates('missing-entry', zh)).toEqual([]);
  });

  it('finds nothing when the rules that should catch the faults are off', async () => {
    writeFileSync(join(dir, 'en-off.md'), EN);
    const check = await makeChecker({ rule: Object.fromEntries(KINDS.map((k) => [k, 'off'])) });
    const { tally } = await measureRecall([{ id: 'en', path: join(dir, 'en-off.md'), project: false }], {
      check,
      perKind: 1,
    });
    expect(KINDS.map((k) => tally[k].planted)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(KINDS.map((k) => tally[k].found)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
