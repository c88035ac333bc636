import type { JsonFile, JsonReport } from '../helpers/cli.js';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/engine/pipeline.js';
import { toJsonReport } from '../../src/formatters/json.js';
import { readDocument } from '../../src/readers/index.js';

const here = (p: string) => new URL(`../../${p}`, import.meta.url).pathname;

async function report(path: string) {
  const doc = await readDocument(here(path));
  const { analysis, diagnostics } = await checkDocument(doc, { lang: 'en' });
  return { doc, analysis, diagnostics };
}

/** What must not depend on the format: rule findings that do not involve pages. */
const findings = (ds: Array<{ ruleId: string; messageId: string }>) =>
  ds
    .filter((d) => d.ruleId !== 'note-sequence')
    .map((d) => `${d.ruleId}/${d.messageId}`)
    .sort();

describe('the reference manuscript converted by pandoc', async () => {
  const md = await report('fixtures/llm-labor-value.md');
  for (const path of [
    'fixtures/docx/llm-labor-value.docx',
    'fixtures/docx/llm-labor-value-circled.docx',
    'fixtures/odt/llm-labor-value.odt',
  ]) {
    it(`${path}: same notes, citations and findings as the Markdown`, async () => {
      const r = await report(path);
      expect(r.doc.notes).toHaveLength(66);
      expect(r.doc.notes.every((n) => n.markerIds.length === 1)).toBe(true);
      // Word keeps italics as formatting, not as `*…*`: the citations are compared as text, notes then list.
      const texts = (a: typeof md.analysis) =>
        [...a.citations.filter((c) => c.noteId), ...a.citations.filter((c) => c.entryId)].map((c) =>
          c.raw.replace(/\*|<\/?sup>/g, '').replace(/<((?:https?):\/\/[^>]+)>/g, '$1'),
        );
      expect(texts(r.analysis)).toEqual(texts(md.analysis));
      expect(r.analysis.works).toHaveLength(md.analysis.works.length);
      expect(findings(r.diagnostics)).toEqual(findings(md.diagnostics));
    });
  }

  it('a DOCX set to ①-per-page numbering reports that format', async () => {
    const r = await report('fixtures/docx/llm-labor-value-circled.docx');
    expect(r.doc.numbering).toEqual({ footnotes: 'decimalEnclosedCircleChinese', restart: 'eachPage' });
    expect(r.doc.notes.slice(0, 3).map((n) => n.label)).toEqual(['①', '②', '③']);
    const json = toJsonReport([{ path: 'x.docx', analysis: r.analysis, diagnostics: r.diagnostics }]) as {
      files: Array<{ numbering: unknown; notes: Array<{ source: unknown }> }>;
    };
    expect(json.files[0]!.numbering).toEqual({ footnotes: 'decimalEnclosedCircleChinese', restart: 'eachPage' });
    expect(json.files[0]!.notes[0]!.source).toMatchObject({
      part: 'word/footnotes.xml',
      id: expect.stringMatching(/^\d+$/) as string,
    });
  });
});

describe('a manuscript saved in legacy encodings', () => {
  it('Big5 and GB18030 copies give exactly the report of the UTF-8 original', async () => {
    const strip = (j: object) => {
      const copy = JSON.parse(JSON.stringify(j)) as JsonReport;
      for (const f of copy.files as Array<Partial<JsonFile>>) {
        delete f.path;
        delete f.encoding;
      }
      return copy;
    };
    const reports = await Promise.all(
      ['traditional.md', 'traditional-copy.big5.md', 'traditional-copy.gb18030.md'].map(async (f) => {
        const r = await report(`fixtures/encodings/${f}`);
        return {
          encoding: r.doc.encoding,
          json: strip(toJsonReport([{ path: f, analysis: r.analysis, diagnostics: r.diagnostics }])),
        };
      }),
    );
    expect(reports.map((r) => r.encoding)).toEqual(['utf-8', 'big5', 'gb18030']);
    expect(reports[1]!.json).toEqual(reports[0]!.json);
    expect(reports[2]!.json).toEqual(reports[0]!.json);
    expect(reports[0]!.json.files[0]!.citations).toHaveLength(3);
  });
});
