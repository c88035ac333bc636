import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/engine/pipeline.js';
import { findCites } from '../../src/readers/latex-cites.js';
import { stripNonProse } from '../../src/readers/latex-source.js';
import { readLatex } from '../../src/readers/latex.js';
import { LineIndex } from '../../src/util/locate.js';
import { cli } from '../helpers/cli.js';

// A thesis folder as theses are written: main.tex with chapters/, an \input nested two folders down and
// written relative to the main folder, an \input of a file that is not there, \nocite, math and code that
// hold \cite-like strings, and the biblatex cite commands in the text and in footnotes.
const MAIN = 'fixtures/latex/thesis/main.tex';
const read = (path: string, bibComplete = false) =>
  readLatex(path, readFileSync(new URL(`../../${path}`, import.meta.url)), undefined, { bibComplete });

describe('LaTeX as theses are written', async () => {
  const doc = await read(MAIN, true);
  const { analysis, diagnostics } = await checkDocument(doc, { lang: 'en' });
  const keysCited = doc.markers.flatMap((m) => m.keys ?? []);

  it('follows \\input and \\include from the main folder, nested; a missing file is a notice, not a refusal', () => {
    expect(doc.text).toContain('研究背景');
    expect(doc.text).toContain('The crisis of work');
    expect(doc.notices).toEqual(['\\input file chapters/missing-chapter not found; the rest is checked']);
  });

  it('reads biblatex cite commands, plural forms with pre- and postnotes, and \\cite*', () => {
    expect(keysCited).toEqual(expect.arrayContaining(['sun2021', 'terranova2000', 'wang2020', 'hughes2019']));
    expect(doc.notes.map((n) => n.text)).toEqual([
      'see [5] 12',
      'see [6] 3; [7] 7',
      'On this see [9], who argues it at length.',
    ]);
  });

  it('\\nocite and a \\cite inside a \\footnote count as citing', () => {
    expect(keysCited).toContain('marx1938');
    const inNote = analysis.citations.find((c) => c.noteId === doc.notes[2]!.id)!;
    expect(inNote.item.title).toBe('Digital Labor and Karl Marx');
    const uncited = diagnostics.filter((d) => d.ruleId === 'uncited-entry');
    expect(uncited.map((d) => doc.entries.find((e) => e.id === d.entryIds[0])!.label)).toEqual(['mathkey', 'verbkey']);
  });

  it('math, \\verb, listings and comments cite nothing and hold no notes', () => {
    for (const k of ['mathkey', 'mathkey2', 'verbkey', 'listingkey', 'commented2020'])
      expect(keysCited).not.toContain(k);
    expect(doc.text).not.toMatch(/not a note|I_A|\\in/);
    // `[0, 1]` in math and a literal [3] in the text are not numeric citations.
    expect(doc.markers.every((m) => m.label.startsWith('\\cite') || m.label.startsWith('^'))).toBe(true);
  });

  it('an unknown key fires orphan-marker at its place; nothing else is orphaned', () => {
    const orphans = diagnostics.filter((d) => d.ruleId === 'orphan-marker');
    expect(orphans.map((d) => d.message)).toEqual(['\\cite{absent2021}: absent2021 is not in the bibliography (.bib)']);
    const marker = doc.markers.find((m) => m.keys?.includes('absent2021'))!;
    const at = new LineIndex(doc.text).position(marker.range.start);
    expect([orphans[0]!.line, orphans[0]!.column]).toEqual([at.line, at.column]);
    expect(doc.text.slice(marker.range.start - 'unknown key '.length, marker.range.end)).toBe('unknown key [8]');
  });

  it('\\nocite{*} lists every .bib entry as cited', async () => {
    const all = await read('fixtures/latex/thesis/nocite-all.tex');
    const r = await checkDocument(all, { lang: 'en' });
    expect(all.entries).toHaveLength(10);
    expect(r.diagnostics.filter((d) => d.ruleId === 'uncited-entry')).toEqual([]);
  });

  it('from the command line: the notice on stderr, the report on stdout, exit by the findings', () => {
    const r = cli(['check', MAIN, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'citeaudit: fixtures/latex/thesis/main.tex: \\input file chapters/missing-chapter not found; the rest is checked\n',
    );
  });
});

describe('LaTeX prose and cite commands', () => {
  it('leaves out math, verbatim and comments but keeps escaped characters and line breaks', () => {
    expect(stripNonProse('a $x$ b \\$5 c\\\\[2pt] d \\(y\\) e % \\cite{k}\nf')).toBe('a   b \\$5 c\\\\[2pt] d   e f');
    expect(stripNonProse('价格为 $5，没有闭合。\n\n下一段 $x$')).toBe('价格为 $5，没有闭合。\n\n下一段  ');
    expect(stripNonProse('\\begin{align*} \\cite{a} \\end{align*}after')).toBe(' after');
    expect(stripNonProse('\\verb!\\cite{a}! and \\verbatiminput')).toBe('  and \\verbatiminput');
  });

  it('reads the groups of singular and plural commands', () => {
    const calls = findCites('\\textcites(all)(x)[see][5]{a,b}[9]{c} \\footcite[p.~3]{d} \\citeauthor{e} \\citation{f}');
    expect(calls.map((c) => [c.kind, c.groups])).toEqual([
      [
        'cite',
        [
          { keys: ['a', 'b'], pre: 'see', post: '5' },
          { keys: ['c'], post: '9' },
        ],
      ],
      ['foot', [{ keys: ['d'], post: 'p.~3' }]],
      ['cite', [{ keys: ['e'] }]],
    ]);
  });

  it('unclosed math, environments and arguments are read in linear time', () => {
    const hostile = '\\( \\begin{verbatim} $$ \\cite{a '.repeat(20000);
    const t0 = performance.now();
    stripNonProse(hostile);
    findCites(hostile);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
