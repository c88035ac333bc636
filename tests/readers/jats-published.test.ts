import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/engine/pipeline.js';
import { readJats } from '../../src/readers/jats.js';
import { decodeReferences } from '../../src/readers/xml.js';
import { LineIndex } from '../../src/util/locate.js';

// An article as journals publish it: a DOCTYPE naming the JATS DTD, character references, element and
// mixed citations, citations in the abstract, a caption, a table, a box and an appendix, author notes and
// contribution statements, and a `[7]` inside math that cites nothing.
const PATH = 'fixtures/jats/published.xml';
const bytes = readFileSync(new URL('../../fixtures/jats/published.xml', import.meta.url));
const encode = (s: string) => new TextEncoder().encode(s);

describe('JATS as journals publish it', async () => {
  const doc = await readJats(PATH, bytes);
  const { analysis, diagnostics } = await checkDocument(doc, { lang: 'en' });
  const itemOf = (label: string) =>
    analysis.citations.find((c) => c.entryId && analysis.entryById.get(c.entryId)!.label === label)!.item;

  it('accepts the DOCTYPE line and decodes character references', () => {
    expect(itemOf('[1]').author).toEqual([
      { family: 'Cudré-Mauroux', given: 'P' },
      { family: 'Aberer', given: 'K' },
    ]);
    expect(itemOf('[1]')['container-title']).toBe('Data & Knowledge Engineering');
    expect(doc.text).not.toMatch(/&#|&amp;/);
  });

  it('reads element-citation as data: roles, pages, identifiers, links, institution as publisher', () => {
    expect(itemOf('[1]')).toMatchObject({ volume: '68', issue: '7', page: '600-612', PMID: '19283746' });
    expect(itemOf('[1]').DOI).toBe('10.1016/j.datak.2009.02.001');
    expect(itemOf('[3]')).toMatchObject({
      type: 'report',
      author: [{ literal: 'OECD' }],
      publisher: 'OECD Publishing',
      'publisher-place': 'Paris',
      URL: 'https://www.oecd.org/platform-workers',
    });
    expect(itemOf('[4]')).toMatchObject({
      title: 'Counting hours on the platform',
      'container-title': 'Handbook of Digital Labour',
      editor: [{ family: 'Smith', given: 'J' }],
      page: '45-67',
    });
    expect(itemOf('[7]')).toMatchObject({
      title: '资本论',
      language: 'zh-CN',
      translator: [{ literal: '郭大力' }, { literal: '王亚南' }],
    });
    expect(itemOf('[8]')).toMatchObject({ type: 'thesis', publisher: '北京大学', 'publisher-place': '北京' });
  });

  it('a mixed-citation that marks its parts is data; a bare one is parsed as text', () => {
    expect(itemOf('[2]')).toMatchObject({
      type: 'article-journal',
      author: [{ family: 'Terranova', given: 'T' }],
      title: 'Free labor: producing culture for the digital economy',
      'container-title': 'Social Text',
      volume: '18',
      issue: '2',
      page: '33-58',
      issued: { 'date-parts': [[2000]] },
    });
    // The entry shows the citation as printed, and its item is still the marked-up data.
    expect(doc.entries[1]!.text).toMatch(/^Terranova T\. 2000\. Free labor/);
    expect(doc.entries[5]!.item).toBeUndefined();
    expect(doc.entries[5]!.text).toMatch(/^Hughes C, Southern A\./);
  });

  it('an xref in the abstract, a caption, a table, a box or an appendix cites; a [7] in math does not', () => {
    const uncited = diagnostics.filter((d) => d.ruleId === 'uncited-entry');
    expect(uncited.map((d) => d.entryIds)).toEqual([['e7']]);
    const at = new LineIndex(doc.text).position(doc.entries[6]!.range.start);
    expect([uncited[0]!.line, uncited[0]!.column]).toEqual([at.line, at.column]);
    expect(doc.text.slice(uncited[0]!.range.start).startsWith('马克思')).toBe(true);
  });

  it('author notes, contribution and conflict statements and table footnotes are not notes', () => {
    expect(doc.notes.map((n) => n.source?.id)).toEqual(['fn1', 'fn2']);
    expect(doc.text).not.toMatch(/Conception and design|competing interests|Fribourg, Switzerland|Hours per week/);
    expect(doc.markers.filter((m) => !m.numbers).map((m) => m.label)).toEqual(['1']);
    const named = new Set(diagnostics.flatMap((d) => d.noteIds));
    expect([...named].every((id) => ['n1', 'n2'].includes(id))).toBe(true);
  });

  it('a note of two paragraphs reads as two sentences; an xref in it cites the entry', () => {
    expect(doc.notes[1]!.text).toBe(
      'Nick Dyer-Witheford, Cyber-Proletariat (London: Pluto Press, 2015), 12. On the couriers see [8].',
    );
    // The note cites its own book first: the entry number at its end does not replace that citation.
    const c = analysis.citations.find((x) => x.noteId === doc.notes[1]!.id)!;
    expect(c.item.author).toEqual([{ family: 'Dyer-Witheford', given: 'Nick' }]);
  });

  it('the footnote that cites is checked as a citation', () => {
    const c = analysis.citations.find((x) => x.noteId === doc.notes[0]!.id)!;
    expect(c.item).toMatchObject({ title: 'Free Labor', 'container-title': 'Social Text', volume: '18' });
  });
});

describe('JATS DOCTYPE and entities', () => {
  const article = '<article><body><p>Text</p></body></article>';

  it('a DOCTYPE with a public or system identifier is read, the DTD never fetched', async () => {
    for (const doctype of [
      '<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.3 20210610//EN" "https://jats.nlm.nih.gov/publishing/1.3/JATS-journalpublishing1-3.dtd">',
      "<!DOCTYPE article SYSTEM 'http://example.invalid/JATS-archivearticle1.dtd'>",
      '<!DOCTYPE article>',
    ]) {
      const doc = await readJats('a.xml', encode(`<?xml version="1.0"?>\n${doctype}\n${article}`));
      expect(doc.text.trim()).toBe('Text');
    }
  });

  it('a DOCTYPE that declares entities or has an internal subset is refused with the reason', async () => {
    await expect(
      readJats('e.xml', encode(`<!DOCTYPE article SYSTEM "x.dtd" [<!ENTITY t "Text">]>${article}`)),
    ).rejects.toThrow(/XML: XML with a DOCTYPE or entity declarations is refused \(it declares its own entities/);
    await expect(readJats('s.xml', encode(`<!DOCTYPE article [<!ELEMENT article ANY>]>${article}`))).rejects.toThrow(
      /refused \(its DOCTYPE has an internal subset\)/,
    );
  });

  it('the malformed-XML message counts lines of the file as written', async () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE article PUBLIC "-//NLM//DTD JATS//EN"\n  "JATS.dtd">\n<article>\n<body><p>x</body></article>`;
    await expect(readJats('m.xml', encode(xml))).rejects.toThrow(/malformed XML \(.*line 5\)/);
  });

  it('predefined and numeric references are decoded once; other entities are left as written', () => {
    expect(decodeReferences('Cudr&#233;-Mauroux &#x4E2D;&#25991; &lt;i&gt; &amp;lt; &quot;&apos; &nbsp; &#0;')).toBe(
      'Cudré-Mauroux 中文 <i> &lt; "\' &nbsp; &#0;',
    );
  });
});
