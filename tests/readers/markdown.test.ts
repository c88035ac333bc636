import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { collectManuscripts } from '../../src/cli/files.js';
import { checkDocument } from '../../src/engine/pipeline.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { Document } from '../../src/model/document.js';
import { readDocument, readerFor } from '../../src/readers/index.js';
import { readMarkdown } from '../../src/readers/markdown.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/markdown/${name}`, import.meta.url));
const md = (text: string) => readMarkdown('case.md', new TextEncoder().encode(text));

async function findings(doc: Document, ...rules: string[]): Promise<Diagnostic[]> {
  const { diagnostics } = await checkDocument(doc, { lang: 'en', norm: 'auto', only: rules });
  return diagnostics;
}
const summary = (ds: Diagnostic[]) => ds.map((d) => `${d.ruleId} ${d.line}:${d.column} ${d.markerLabels.join()}`);

describe('footnote definitions as CommonMark reads them', () => {
  it('finds definitions indented by one to three spaces, with several paragraphs and a nested list', async () => {
    const doc = await readDocument(fixture('indented-notes.en.md'));
    expect(doc.notes.map((n) => [n.label, n.markerIds.length])).toEqual([
      ['play', 1],
      ['frames', 1],
      ['both', 1],
    ]);
    const frames = doc.notes[1]!.text;
    expect(frames).toMatch(/^G\. Bateson, \*Mind and Nature\* .*, 185\. Bateson returns to frames in this book\./);
    expect(frames).toContain('a nested item');
    expect(doc.notes.some((n) => n.text.includes('body text again'))).toBe(false);
    expect(await findings(doc, 'orphan-marker', 'orphan-note')).toEqual([]);
  });

  it('joins the paragraphs of a Chinese note without a space', async () => {
    const doc = await readDocument(fixture('indented-notes.zh.md'));
    expect(doc.notes.map((n) => n.label)).toEqual(['1', '2']);
    expect(doc.notes[1]!.text).toBe(
      '孙伟平：《智能系统的劳动及其社会后果》，《哲学研究》2021年第8期。这一注释的第二段是说明文字，不是引文。',
    );
    expect(await findings(doc, 'orphan-marker', 'orphan-note')).toEqual([]);
  });

  it('takes a definition indented by four spaces for code: its marker is an orphan', async () => {
    const doc = md('Claim.[^a] Other.[^b]\n\n[^a]: Note a.\n\nBody.\n\n    [^b]: Not a note: indented code.\n');
    expect(doc.notes.map((n) => n.label)).toEqual(['a']);
    expect(summary(await findings(doc, 'orphan-marker'))).toEqual(['orphan-marker 1:18 ^b']);
  });

  it('keeps positions exact: note text, marker and definition ranges index the document text', () => {
    const text = 'Intro 中文。[^x]\r\n\r\n  [^x]: 李明：《排版手册》，北京：科学出版社，2019年，第12页。\r\n';
    const doc = md(text);
    const [note] = doc.notes;
    expect(text.slice(note!.range.start, note!.range.end)).toBe(note!.text);
    expect(text.slice(note!.lineRange.start, note!.lineRange.start + 5)).toBe('[^x]:');
    expect(text.slice(doc.markers[0]!.range.start, doc.markers[0]!.range.end)).toBe('[^x]');
  });
});

describe('markers in code', () => {
  it('ignores markers in inline code and code blocks, English', async () => {
    const doc = await readDocument(fixture('code-markers.en.md'));
    expect(doc.markers.map((m) => m.label)).toEqual(['^real', '^lost']);
    expect(doc.notes.map((n) => n.label)).toEqual(['real']);
    expect(summary(await findings(doc, 'orphan-marker', 'orphan-note'))).toEqual(['orphan-marker 13:35 ^lost']);
  });

  it('ignores markers in inline code and code blocks, Chinese', async () => {
    const doc = await readDocument(fixture('code-markers.zh.md'));
    expect(summary(await findings(doc, 'orphan-marker', 'orphan-note'))).toEqual(['orphan-marker 9:10 ^缺失']);
  });

  it('counts a marker in inline code under the old reader no more', async () => {
    const doc = md('Write `x[^1]` to mark a note.\n');
    expect(doc.markers).toEqual([]);
    expect(await findings(doc, 'orphan-marker')).toEqual([]);
  });
});

describe('Pandoc inline notes and citations', () => {
  it('resolves keys through the front matter bibliography, with nocite', async () => {
    const doc = await readDocument(fixture('pandoc-citations.qmd'));
    expect(doc.entries.map((e) => e.label)).toEqual(['sun2021labour', 'marx1976capital', 'rothstein2017color']);
    expect(doc.notes.map((n) => [n.label, n.markerIds.length])).toEqual([
      ['^[1]', 1],
      ['^[2]', 1],
    ]);
    const cite = doc.markers.find((m) => m.locator === 'p. 129')!;
    expect(doc.text.slice(cite.range.start, cite.range.end)).toBe('see @marx1976capital, p. 129');
    expect(doc.markers.filter((m) => m.keys).map((m) => m.keys![0])).not.toContain('example2020');
    expect(doc.markers.filter((m) => m.keys).map((m) => m.keys![0])).not.toContain('someone');
    const ds = await findings(doc, 'orphan-marker', 'orphan-note', 'uncited-entry', 'unresolved');
    expect(summary(ds)).toEqual(['orphan-marker 12:32 @harvey2018marx']);
  });

  it('gives one notice for a document without bibliography, not one finding per citation', async () => {
    const doc = await readDocument(fixture('pandoc-no-bibliography.Rmd'));
    expect(doc.notes).toHaveLength(2);
    expect(doc.markers.filter((m) => m.keys)).toHaveLength(6);
    const ds = await findings(doc, 'orphan-marker', 'orphan-note', 'unresolved', 'missing-field', 'duplicate-citation');
    expect(ds.map((d) => `${d.ruleId}/${d.messageId}`)).toEqual(['unresolved/noBibliography']);
    expect(ds[0]!.message).toMatch(/^6 citations by key \(@jackson1985crabgrass, /);
  });

  it('a Chinese document: one notice without a library, the missing key with --bib', async () => {
    const path = fixture('pandoc-no-bibliography.zh.md');
    const bare = await findings(await readDocument(path), 'orphan-marker', 'unresolved');
    expect(bare.map((d) => d.messageId)).toEqual(['noBibliography']);
    const withBib = await readDocument(path, { bib: [fixture('refs.bib')] });
    expect(withBib.entries.map((e) => e.label)).toEqual(['sun2021labour']);
    const ds = await findings(withBib, 'orphan-marker', 'unresolved');
    expect(summary(ds)).toEqual(['orphan-marker 3:37 @huang2023value', 'orphan-marker 3:69 @huang2023value']);
  });

  it('does not parse the words around keys in a note as a reference', async () => {
    const doc = md('Text.^[The argument builds on these works, though they differ: @smith2019; @doe2020.]\n');
    const { analysis } = await checkDocument(doc, { lang: 'en', norm: 'auto' });
    expect(analysis.citations).toEqual([]);
  });

  it('silences a key inside citeaudit-disable as any other finding', async () => {
    const doc = await readDocument(fixture('pandoc-citations.qmd'));
    const text = doc.text.replace('A key absent', '<!-- citeaudit-disable orphan-marker -->A key absent');
    const again = readMarkdown(doc.path, new TextEncoder().encode(text));
    const { resolveCitationKeys } = await import('../../src/readers/citekeys.js');
    expect(await findings(await resolveCitationKeys(again), 'orphan-marker')).toEqual([]);
  });
});

describe('Quarto and R Markdown', () => {
  it('reads .qmd and .Rmd as Markdown, also when a folder is expanded', async () => {
    expect(readerFor('chapter.qmd')).not.toBeNull();
    expect(readerFor('chapter.Rmd')).not.toBeNull();
    const { files } = await collectManuscripts([fileURLToPath(new URL('../../fixtures/markdown', import.meta.url))]);
    const names = files.map((f) => f.replace(/.*\//, ''));
    expect(names).toContain('pandoc-citations.qmd');
    expect(names).toContain('pandoc-no-bibliography.Rmd');
  });
});

describe('<sup> markers', () => {
  it('links ① per page and reports a marker with no note on its page; <sup> in code is no marker', async () => {
    const doc = await readDocument(fixture('sup-markers.zh.md'));
    expect(doc.markers.map((m) => `${m.label}@${m.page}`)).toEqual(['①@1', '②@1', '①@2', '②@2']);
    expect(summary(await findings(doc, 'orphan-marker', 'orphan-note'))).toEqual(['orphan-marker 9:31 ②']);
  });

  it('reads numeric <sup>[n]</sup> markers in English, with attributes and a link, not one in inline code', async () => {
    const doc = md(
      'As shown<sup>[1]</sup>, and again<sup id="r2"><a href="#n2">[2]</a></sup>; write `<sup>[3]</sup>` for a marker.\n\n## References\n\n[1] J. Smith, *A Book* (London: Press, 2020).\n',
    );
    expect(doc.markers.map((m) => m.label)).toEqual(['[1]', '[2]']);
    expect(summary(await findings(doc, 'orphan-marker'))).toEqual(['orphan-marker 1:34 [2]']);
  });
});
