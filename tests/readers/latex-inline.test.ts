import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/engine/pipeline.js';
import type { NormId } from '../../src/model/norm.js';
import { readLatex } from '../../src/readers/latex.js';
import { stripNonProse } from '../../src/readers/latex-source.js';
import { ROOT } from '../helpers/cli.js';

const ZH = [
  '\\documentclass{ctexart}',
  '\\begin{document}',
  '活劳动是价值创造的唯一源泉\\footnote{《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第185页。}。',
  '平台劳动\\footnote{孙伟平：《智能系统的劳动及其社会后果》，《哲学研究》。}研究了平台。',
  '数字劳动\\footnote{王水兴：《人工智能的马克思劳动价值论审思》，《马克思主义研究》。}也被讨论。',
  '另一种看法\\footnote{刘海龙、连晓东：《新常人统治的来临：ChatGPT与传播研究》，《新闻记者》。}值得注意。',
  '\\end{document}',
  '',
];

const EN = [
  '\\documentclass{article}',
  '\\begin{document}',
  'Labour creates value.\\footnote{Christian Fuchs, \\emph{Digital Labor and Karl Marx} (London: Routledge, 2014), 45.}',
  // Full citations without a place (a short form at the first citation is no fault under Chicago notes).
  'Machines are objectified knowledge.\\footnote{Nick Dyer-Witheford, \\emph{Cyber-Proletariat: Global Labour in the Digital Vortex} (Pluto Press, 2012), 12.}',
  'Platforms reorganise work.\\footnote{Phil Jones, \\emph{Work Without the Worker} (Verso Books, 2022), 30.}',
  '\\end{document}',
  '',
];

/** Lines inserted before the 1-based line `at` of `lines`. */
const insert = (lines: string[], at: number, ...added: string[]) => [
  ...lines.slice(0, at - 1),
  ...added,
  ...lines.slice(at - 1),
];

async function check(
  lines: string[],
  norm: NormId,
  lang: 'zh' | 'en' = 'en',
  dir = mkdtempSync(join(tmpdir(), 'citeaudit-tex-')),
) {
  const path = join(dir, 'paper.tex');
  writeFileSync(path, lines.join('\n'));
  const doc = await readLatex(path, readFileSync(path));
  const { analysis, diagnostics } = await checkDocument(doc, { lang, norm });
  return {
    doc,
    found: diagnostics.map((d) => `${d.ruleId} ${d.noteIds.join(',')}${d.entryIds.join(',')}`),
    notices: analysis.doc.notices ?? [],
  };
}

describe('% citeaudit-… comments in LaTeX', async () => {
  const zh = await check(ZH, 'cass');
  const en = await check(EN, 'chicago-notes');

  it('the findings they are tested against', () => {
    expect(zh.found).toEqual(['missing-field n2', 'missing-field n3', 'missing-field n4']);
    expect(en.found).toEqual(['missing-field n2', 'missing-field n3']);
    // Without such comments the text is laid out as before: no tokens, no inline configuration.
    expect(zh.doc.inline).toBeUndefined();
    expect([...zh.doc.text].filter((c) => c === '\u0002' || c === '\u0003')).toEqual([]);
  });

  it('disable-next-line drops the findings of the note on the next line, Chinese and English', async () => {
    const a = await check(insert(ZH, 4, '% citeaudit-disable-next-line missing-field'), 'cass');
    expect(a.found).toEqual(['missing-field n3', 'missing-field n4']);
    const b = await check(
      insert(EN, 5, '% citeaudit-disable-next-line missing-field -- no publisher in the source'),
      'chicago-notes',
    );
    expect(b.found).toEqual(['missing-field n2']);
    // At the end of a line of text, it reaches the line after.
    const c = await check(
      ZH.map((l, k) => (k === 3 ? `${l} % citeaudit-disable-next-line` : l)),
      'cass',
    );
    expect(c.found).toEqual(['missing-field n2', 'missing-field n4']);
    expect([a, b, c].flatMap((x) => x.notices)).toEqual([]);
  });

  it('disable … enable covers the notes of the lines between; a rule not named still reports', async () => {
    const lines = insert(
      insert(ZH, 6, '% citeaudit-enable missing-field'),
      4,
      '% citeaudit-disable missing-field, author-list',
    );
    expect((await check(lines, 'cass')).found).toEqual(['missing-field n4']);
    const other = insert(insert(ZH, 6, '% citeaudit-enable'), 4, '% citeaudit-disable orphan-note');
    expect((await check(other, 'cass')).found).toEqual(zh.found);
  });

  it('a comment inside a footnote covers that note', async () => {
    const lines = EN.map((l) =>
      l.startsWith('Platforms')
        ? l.replace('\\footnote{', '\\footnote{% citeaudit-disable-next-line missing-field\n')
        : l,
    );
    expect((await check(lines, 'chicago-notes')).found).toEqual(['missing-field n2']);
  });
});

describe('% citeaudit-… comments in LaTeX projects', async () => {
  const zh = await check(ZH, 'cass');

  it('a disable at the top holds to the end, the reference list of the .bib included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'citeaudit-tex-bib-'));
    cpSync(join(ROOT, 'fixtures/latex'), dir, { recursive: true });
    const main = readFileSync(join(dir, 'paper.tex'), 'utf8').split('\n');
    const read = async (lines: string[]) => {
      writeFileSync(join(dir, 'paper.tex'), lines.join('\n'));
      const doc = await readLatex(join(dir, 'paper.tex'), readFileSync(join(dir, 'paper.tex')), undefined, {
        bibComplete: true,
      });
      return (await checkDocument(doc, { lang: 'en' })).diagnostics.map((d) => d.ruleId);
    };
    expect(await read(main)).toEqual(['orphan-marker', 'uncited-entry']);
    expect(await read(['% citeaudit-disable uncited-entry', ...main])).toEqual(['orphan-marker']);
    expect(await read(['% citeaudit-disable', ...main])).toEqual([]);
  });

  it('an \\input file has comments of its own, which end with it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'citeaudit-tex-input-'));
    cpSync(join(ROOT, 'fixtures/latex'), dir, { recursive: true });
    const second = join(dir, 'chapters/second.tex');
    const text = readFileSync(second, 'utf8');
    writeFileSync(second, `% citeaudit-disable orphan-marker\n${text}`);
    const doc = await readLatex(join(dir, 'paper.tex'), readFileSync(join(dir, 'paper.tex')));
    expect((await checkDocument(doc, { lang: 'en' })).diagnostics.map((d) => d.ruleId)).toEqual([]);
    // Its reach ends with the file: a \cite after the \input is reported again.
    const main = readFileSync(join(dir, 'paper.tex'), 'utf8').replace(
      '\\end{document}',
      '又见\\cite{missing2021}。\n\\end{document}',
    );
    writeFileSync(join(dir, 'paper.tex'), main);
    const again = await readLatex(join(dir, 'paper.tex'), readFileSync(join(dir, 'paper.tex')));
    const found = (await checkDocument(again, { lang: 'en', norm: 'cass' })).diagnostics;
    expect(found.map((d) => `${d.ruleId} ${d.markerLabels.join()}`)).toEqual(['orphan-marker \\cite{missing2021}']);
  });

  it('an unknown rule or comment is reported with its file and line, "did you mean" in both languages', async () => {
    const lines = insert(
      insert(ZH, 5, '% citeaudit-disable-nextline missing-field'),
      4,
      '% citeaudit-disable-next-line missing-fields',
    );
    const a = await check(lines, 'cass', 'en');
    expect(a.notices).toEqual([
      "line 4: citeaudit-disable-next-line: unknown rule 'missing-fields' (did you mean 'missing-field'?)",
      "line 6: unknown comment 'citeaudit-disable-nextline' (did you mean 'citeaudit-disable-next-line'?)",
    ]);
    expect(a.found).toEqual(zh.found);
    const dir = mkdtempSync(join(tmpdir(), 'citeaudit-tex-notice-'));
    cpSync(join(ROOT, 'fixtures/latex'), dir, { recursive: true });
    writeFileSync(
      join(dir, 'chapters/second.tex'),
      `\n% citeaudit-disable orphan-markers\n${readFileSync(join(dir, 'chapters/second.tex'), 'utf8')}`,
    );
    const doc = await readLatex(join(dir, 'paper.tex'), readFileSync(join(dir, 'paper.tex')));
    const { analysis } = await checkDocument(doc, { lang: 'zh' });
    expect(analysis.doc.notices).toEqual([
      `${join(dir, 'chapters/second.tex')} 第 2 行：citeaudit-disable 中的规则 'orphan-markers' 不存在（是否应为 'orphan-marker'？）`,
    ]);
  });

  it('an escaped \\% is text, not a comment; a stray control character is no token', () => {
    expect(stripNonProse('增长了50\\% citeaudit-disable\n')).toBe('增长了50\\% citeaudit-disable\n');
    const comments = { reached: () => '', comment: () => '' } as unknown as Parameters<typeof stripNonProse>[1];
    expect(stripNonProse('a\u0002+0\u0003b', comments)).toBe('a +0\u0003b');
  });
});
