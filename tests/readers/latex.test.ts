import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/engine/pipeline.js';
import { latexToText, readLatex } from '../../src/readers/latex.js';
import { cli, parseReport } from '../helpers/cli.js';

const PATH = 'fixtures/latex/paper.tex';
const bytes = readFileSync(new URL('../../fixtures/latex/paper.tex', import.meta.url));

describe('LaTeX reader', async () => {
  const doc = await readLatex(PATH, bytes);
  const { analysis, diagnostics } = await checkDocument(doc, { lang: 'en' });

  it('reads \\footnote (also from \\input files) and \\footcite, in order, ignoring comments', () => {
    expect(doc.notes.map((n) => n.text)).toEqual([
      '《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第185页。',
      '同上，第186页。',
      '[2] p. 5',
    ]);
    expect(doc.text).not.toContain('不应读入');
    expect(doc.text).toContain('对象化的知识力量');
  });

  it('numbers .bib keys in order of first citation and reads the entries as CSL items', () => {
    expect(doc.entries.map((e) => e.label)).toEqual(['sun2021', 'hughes2019', 'fuchs2014']);
    expect(doc.entries[0]!.item).toMatchObject({
      type: 'article-journal',
      language: 'zh-CN',
      author: [{ literal: '孙伟平' }],
      'container-title': '哲学研究',
    });
  });

  it('a \\footcite note cites the .bib entry with its page', () => {
    const c = analysis.citations.find((x) => x.noteId === doc.notes[2]!.id)!;
    expect(c.item.title).toBe('The World of Work and the Crisis of Capitalism');
    expect(c.locator).toBe('5');
  });

  it('a key missing from the .bib is an orphan marker; uncited .bib entries only with --bib-complete', async () => {
    expect(diagnostics.filter((d) => d.ruleId === 'orphan-marker').map((d) => d.message)).toEqual([
      '\\cite{missing2020}: missing2020 is not in the bibliography (.bib)',
    ]);
    expect(diagnostics.filter((d) => d.ruleId === 'uncited-entry')).toEqual([]);
    const full = await readLatex(PATH, bytes, undefined, { bibComplete: true });
    const r = await checkDocument(full, { lang: 'en' });
    expect(r.diagnostics.filter((d) => d.ruleId === 'uncited-entry').map((d) => d.message)).toEqual([
      'Reference-list entry never2000 is not cited in the text or the notes',
    ]);
    expect(r.diagnostics.filter((d) => d.ruleId === 'note-sequence')).toEqual([]);
  });

  it('turns common macros into text', () => {
    expect(latexToText("\\emph{甲}--乙---丙~丁 ``引''  50\\%")).toBe('甲–乙—丙 丁 “引” 50%');
  });

  it('a missing \\input is named in one line on stderr and the rest is checked', () => {
    const r = cli(['check', 'fixtures/latex/broken.tex', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([
      'citeaudit: fixtures/latex/broken.tex: \\input file nowhere not found; the rest is checked',
    ]);
    expect(parseReport(r.stdout).files[0]!.notes.map((n) => n.text)).toEqual(['A note.']);
  });
});
