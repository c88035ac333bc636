import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/pipeline.js';
import { prepare } from '../../src/exporters/index.js';
import { gbtFields, texUrl, toGbtBibtex } from '../../src/exporters/gbt-bibtex.js';
import { collectRecords } from '../../src/exporters/records.js';
import type { CslItem } from '../../src/model/csl.js';
import { readDocument } from '../../src/readers/index.js';

async function records(): Promise<CslItem[]> {
  const files = ['fixtures/llm-labor-value.md', 'fixtures/export/notes-mixed.md'];
  const analyses = await Promise.all(files.map(async (p) => analyze(await readDocument(p))));
  return prepare(collectRecords(analyses), false);
}

const field = (item: CslItem, dialect: 'bibtex' | 'biblatex') => Object.fromEntries(gbtFields(item, dialect));

describe('BibTeX and BibLaTeX for the GB/T 7714 styles (issue 17, part 1: the mapping)', () => {
  it('translators, nationality markers, chapters in their book with its editors, newspapers with their day', async () => {
    const items = await records();
    const harvey = items.find((it) => it.title === '马克思与〈资本论〉')!;
    expect(field(harvey, 'bibtex')).toMatchObject({
      author: '{[美]大卫·哈维}',
      translator: '{周大昕}',
      address: '北京',
      publisher: '中信出版社',
      year: '2018',
      langid: 'chinese',
    });
    const chapter = items.find((it) => it.type === 'chapter')!;
    expect(toGbtBibtex([chapter], 'bibtex')).toMatch(
      /^@incollection\{lohmann2020interpretation,\n {2}author = \{Lohmann, L\.\},\n {2}editor = \{Panitch, Leo and Albo, Greg\},\n/,
    );
    expect(field(chapter, 'bibtex')).toMatchObject({
      booktitle: 'Beyond Digital Capitalism: New Ways of Living',
      langid: 'english',
    });
    expect(field(chapter, 'biblatex')).toMatchObject({ location: 'London', date: '2020' });
    const news = items.find((it) => it.type === 'article-newspaper')!;
    expect(toGbtBibtex([news], 'bibtex')).toMatch(/^@newspaper\{/);
    expect(field(news, 'bibtex')).toMatchObject({
      author: '{刘裕国} and {杨柳} and {张洋} and {王汉超}',
      journal: '人民日报',
      year: '2013',
      date: '2013-01-12',
    });
    expect(field(news, 'biblatex')).toMatchObject({ journaltitle: '人民日报', date: '2013-01-12' });
    expect(field(news, 'biblatex')).not.toHaveProperty('year');
    // Every entry is well-formed: citation-js reads as many entries back.
    const { Cite } = await import('@citation-js/core');
    await import('@citation-js/plugin-bibtex');
    for (const dialect of ['bibtex', 'biblatex'] as const)
      expect(new Cite(toGbtBibtex(items, dialect)).data).toHaveLength(items.length);
  });

  it('GB/T types, urldate, volumes, escaped URLs and no Markdown', () => {
    const web: CslItem = {
      id: 'web',
      type: 'webpage',
      title: 'On *Pax Deum* & more',
      URL: 'https://example.org/a_b%20c#frag',
      accessed: { 'date-parts': [[2024, 3, 5]] },
      language: 'en-US',
    };
    expect(toGbtBibtex([web], 'bibtex')).toBe(
      '@online{web,\n  title = {On Pax Deum \\& more},\n  url = {https://example.org/a_b\\%20c\\#frag},\n  urldate = {2024-03-05},\n  langid = {english},\n}\n',
    );
    expect(field(web, 'biblatex').url).toBe('https://example.org/a_b%20c#frag');
    expect(texUrl('https://x.org/{a}', 'biblatex')).toBe('https://x.org/%7Ba%7D');
    const kinds: Array<[CslItem['type'], string, string]> = [
      ['standard', 'standard', 'standard'],
      ['patent', 'patent', 'patent'],
      ['thesis', 'phdthesis', 'thesis'],
      ['paper-conference', 'inproceedings', 'inproceedings'],
      ['report', 'techreport', 'report'],
    ];
    for (const [type, bibtex, biblatex] of kinds) {
      const it: CslItem = { id: 'k', type, title: 'T' };
      expect(toGbtBibtex([it], 'bibtex')).toMatch(new RegExp(`^@${bibtex}\\{k,`));
      expect(toGbtBibtex([it], 'biblatex')).toMatch(new RegExp(`^@${biblatex}\\{k,`));
    }
    const thesis: CslItem = { id: 't', type: 'thesis', title: 'T', publisher: '北京大学', genre: '硕士学位论文' };
    expect(field(thesis, 'bibtex')).toMatchObject({ school: '北京大学' });
    expect(field(thesis, 'biblatex')).toMatchObject({ institution: '北京大学', type: 'mathesis' });
    expect(field({ id: 'v', type: 'book', title: 'T', volume: '第8卷' }, 'bibtex')).toMatchObject({ volume: '8' });
    const phrase = field({ id: 'v', type: 'book', title: 'T', volume: '上册' }, 'bibtex');
    expect(phrase).toMatchObject({ note: '上册' });
    expect(phrase).not.toHaveProperty('volume');
    expect(field({ id: 'p', type: 'article-journal', title: 'T', page: '19 – 20' }, 'bibtex')).toMatchObject({
      pages: '19--20',
    });
  });
});
