import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/pipeline.js';
import { bibFields, toBibtex } from '../../src/exporters/bibtex.js';
import { prepare } from '../../src/exporters/index.js';
import { texTitle, texUrl } from '../../src/exporters/latex.js';
import { collectRecords } from '../../src/exporters/records.js';
import type { CslItem } from '../../src/model/csl.js';
import { readDocument } from '../../src/readers/index.js';
import { MAGAZINE_ARTICLE } from '../helpers/periodicals.js';

async function records(): Promise<CslItem[]> {
  const files = ['fixtures/llm-labor-value.md', 'fixtures/export/notes-mixed.md'];
  const analyses = await Promise.all(files.map(async (p) => analyze(await readDocument(p))));
  return prepare(collectRecords(analyses), false);
}

const field = (item: CslItem, dialect: 'bibtex' | 'biblatex') => Object.fromEntries(bibFields(item, dialect));
const entry = (item: CslItem, dialect: 'bibtex' | 'biblatex') => toBibtex([item], dialect);

describe('BibTeX and BibLaTeX for the GB/T 7714 styles (gbt7714-bibtex-style, biblatex-gb7714-2015)', () => {
  it('translators, nationality markers, chapters in their book with its editors, newspapers with their day', async () => {
    const items = await records();
    const harvey = items.find((it) => it.title === '马克思与〈资本论〉')!;
    expect(entry(harvey, 'bibtex')).toBe(
      '@book{hawei2018make,\n  author = {{[美]大卫·哈维}},\n  translator = {{周大昕}},\n  title = {马克思与〈资本论〉},\n' +
        '  address = {北京},\n  publisher = {中信出版社},\n  year = {2018},\n  langid = {chinese},\n}\n',
    );
    const chapter = items.find((it) => it.type === 'chapter')!;
    expect(entry(chapter, 'bibtex')).toMatch(
      /^@incollection\{lohmann2020interpretation,\n {2}author = \{Lohmann, L\.\},\n {2}editor = \{Panitch, Leo and Albo, Greg\},\n/,
    );
    expect(field(chapter, 'bibtex')).toMatchObject({
      booktitle: 'Beyond Digital Capitalism: New Ways of Living',
      langid: 'english',
    });
    // biblatex-gb7714-2015 prints @incollection as a compilation [G]; a chapter is part of a book [M].
    expect(entry(chapter, 'biblatex')).toMatch(/^@inbook\{/);
    expect(field(chapter, 'biblatex')).toMatchObject({ location: 'London', date: '2020' });
    const news = items.find((it) => it.type === 'article-newspaper')!;
    expect(entry(news, 'bibtex')).toMatch(/^@newspaper\{/);
    expect(field(news, 'bibtex')).toMatchObject({
      author: '{刘裕国} and {杨柳} and {张洋} and {王汉超}',
      journal: '人民日报',
      year: '2013',
      date: '2013-01-12',
    });
    expect(field(news, 'bibtex')).not.toHaveProperty('entrysubtype');
    // biblatex has no @newspaper: a newspaper's article is an @article with its subtype, which biblatex-gb7714-2015
    // prints [N] with the day and the generic styles print as an article.
    expect(entry(news, 'biblatex')).toMatch(
      /^@article\{liu2013wumai,\n {2}entrysubtype = \{newspaper\},\n {2}author = /,
    );
    expect(field(news, 'biblatex')).toMatchObject({ journaltitle: '人民日报', date: '2013-01-12' });
    expect(field(news, 'biblatex')).not.toHaveProperty('year');
    // A journal's article has no subtype in either dialect.
    const journal = items.find((it) => it.title === '智能系统的劳动及其社会后果')!;
    expect(entry(journal, 'biblatex')).toMatch(/^@article\{sun2021zhineng,\n {2}author = /);
    expect(field(journal, 'bibtex')).not.toHaveProperty('entrysubtype');
    // No free-text language in either dialect, for any record; every entry is well-formed: citation-js reads as many back.
    const { Cite } = await import('@citation-js/core');
    await import('@citation-js/plugin-bibtex');
    for (const dialect of ['bibtex', 'biblatex'] as const) {
      const text = toBibtex(items, dialect);
      expect(text).not.toMatch(/^\s*language = /m);
      expect(new Cite(text).data).toHaveLength(items.length);
    }
  });

  it('and others for a list cut short, name suffixes in BibTeX’s third part, braces around what BibTeX would split', () => {
    const cut: CslItem = {
      id: 'cut',
      type: 'book',
      title: '西方文明史',
      author: [{ literal: '罗杰斯' }],
      translator: [{ literal: '潘惠霞' }, { literal: '魏婧' }, { literal: '杨艳' }],
      'x-et-al': 'translator',
      editor: [
        { family: 'Peebles', given: 'Peyton Z.', suffix: 'Jr.' },
        { family: 'Veen', given: 'P. H.', 'non-dropping-particle': 'van der' },
      ],
      publisher: 'Farrar, Straus and Giroux',
    };
    expect(field(cut, 'bibtex')).toMatchObject({
      author: '{罗杰斯}',
      translator: '{潘惠霞} and {魏婧} and {杨艳} and others',
      editor: 'Peebles, Jr., Peyton Z. and van der Veen, P. H.',
      publisher: 'Farrar, Straus and Giroux',
    });
    // BibLaTeX's publisher is a list: `and` inside one publisher's name is braced.
    expect(field(cut, 'biblatex')).toMatchObject({ publisher: '{Farrar, Straus and Giroux}' });
    expect(
      field({ id: 'b', type: 'book', author: [{ family: 'Smith and Sons', given: 'A' }] }, 'bibtex'),
    ).toMatchObject({
      author: '{Smith and Sons}, A',
    });
  });
});

describe('BibTeX and BibLaTeX: an article in a magazine, told from one in a journal', () => {
  it('a magazine’s article: @article with `entrysubtype = {magazine}` in BibLaTeX, as a journal’s in BibTeX', () => {
    const weir = MAGAZINE_ARTICLE;
    expect(entry(weir, 'biblatex')).toBe(
      '@article{weir2017,\n  entrysubtype = {magazine},\n  author = {Weir, K.},\n' +
        '  title = {Forgiveness Can Improve Mental and Physical Health},\n  journaltitle = {Monitor on Psychology},\n' +
        '  volume = {48},\n  number = {1},\n  date = {2017-01},\n  pages = {30},\n  langid = {english},\n}\n',
    );
    // No BibTeX style reads a magazine's article apart from a journal's (gbt7714-bibtex-style prints both [J]).
    expect(entry(weir, 'bibtex')).toBe(
      '@article{weir2017,\n  author = {Weir, K.},\n' +
        '  title = {Forgiveness Can Improve Mental and Physical Health},\n  journal = {Monitor on Psychology},\n' +
        '  volume = {48},\n  number = {1},\n  year = {2017},\n  date = {2017-01},\n  pages = {30},\n  langid = {english},\n}\n',
    );
  });
});

describe('BibTeX and BibLaTeX: the GB/T types and the fields each style prints from', () => {
  it('GB/T types, urldate, escaped URLs, no Markdown, titles whose case a style must keep', () => {
    const web: CslItem = {
      id: 'web',
      type: 'webpage',
      title: 'On *Pax Deum* & the DNA of <i>OCLC</i>',
      URL: 'https://example.org/a_b%20c#frag',
      accessed: { 'date-parts': [[2024, 3, 5]] },
      language: 'en-US',
    };
    expect(entry(web, 'bibtex')).toBe(
      '@online{web,\n  title = {On Pax Deum \\& the {DNA} of {OCLC}},\n  url = {https://example.org/a_b%20c#frag},\n' +
        '  urldate = {2024-03-05},\n  langid = {english},\n}\n',
    );
    expect(texUrl('https://x.org/{a} b')).toBe('https://x.org/%7Ba%7D%20b');
    expect(texTitle('McGraw-Hill and COVID-19')).toBe('{McGraw}-Hill and {COVID}-19');
    const kinds: Array<[CslItem['type'], string, string]> = [
      ['standard', 'standard', 'standard'],
      ['patent', 'patent', 'patent'],
      ['thesis', 'phdthesis', 'thesis'],
      ['paper-conference', 'inproceedings', 'inproceedings'],
      ['report', 'techreport', 'report'],
      ['manuscript', 'archive', 'archive'],
      ['legislation', 'legislation', 'legislation'],
      ['personal_communication', 'misc', 'misc'],
    ];
    for (const [type, bibtex, biblatex] of kinds) {
      const it: CslItem = { id: 'k', type, title: 'T' };
      expect(entry(it, 'bibtex')).toMatch(new RegExp(`^@${bibtex}\\{k,`));
      expect(entry(it, 'biblatex')).toMatch(new RegExp(`^@${biblatex}\\{k,`));
    }
    // CSL-JSON types proceedings and serials as books; GB/T prints them [C] and [J].
    expect(entry({ id: 'p', type: 'book', title: 'Proceedings of the Third Conference' }, 'bibtex')).toMatch(
      /^@proceedings\{/,
    );
    const thesis: CslItem = { id: 't', type: 'thesis', title: 'T', publisher: '北京大学', genre: '硕士学位论文' };
    expect(entry(thesis, 'bibtex')).toMatch(/^@mastersthesis\{/);
    expect(field(thesis, 'bibtex')).toMatchObject({ school: '北京大学' });
    expect(field(thesis, 'biblatex')).toMatchObject({ institution: '北京大学', type: 'mathesis' });
    const standard: CslItem = { id: 's', type: 'standard', title: 'T', number: 'GB/T 7714—2015' };
    expect(field(standard, 'biblatex')).toMatchObject({ number: 'GB/T 7714—2015' });
    const patent: CslItem = { id: 'p', type: 'patent', title: 'T', jurisdiction: '中国', number: '01128777.2' };
    expect(field(patent, 'bibtex')).toMatchObject({ address: '中国', number: '01128777.2' });
  });

  it('volumes, editions, dates and holdings in the fields each style prints them from', () => {
    const book = (extra: Partial<CslItem>): CslItem => ({ id: 'v', type: 'book', title: '题名', ...extra });
    expect(field(book({ volume: '第8卷' }), 'bibtex')).toMatchObject({ volume: '8' });
    expect(field(book({ volume: '上册' }), 'bibtex')).toMatchObject({ volume: '上册' });
    // biblatex-gb7714-2015 prints `volume` as 第…卷: a phrase follows the title instead, a host's 册 is `number`.
    expect(field(book({ volume: '上册' }), 'biblatex')).toMatchObject({ titleaddon: '上册' });
    expect(field(book({ volume: '上册' }), 'biblatex')).not.toHaveProperty('volume');
    const chapter: CslItem = { id: 'c', type: 'chapter', title: 'T', 'container-title': '船山全书', volume: '第 1 册' };
    expect(field(chapter, 'biblatex')).toMatchObject({ booktitle: '船山全书', number: '1' });
    expect(field({ ...chapter, volume: '2011 年卷' }, 'biblatex')).toMatchObject({ booktitleaddon: '2011 年卷' });
    expect(field(book({ edition: 'Fourth' }), 'bibtex')).toMatchObject({ edition: '4' });
    expect(field(book({ edition: 'Rev. ed.' }), 'bibtex')).toMatchObject({ edition: 'Rev.' });
    expect(field(book({ edition: 'Rev. ed.' }), 'biblatex')).toMatchObject({ edition: 'Rev. ed.' });
    const qing = book({ issued: { 'date-parts': [[1865]], raw: '1865（清同治四年）' } });
    expect(field(qing, 'bibtex')).toMatchObject({ year: '1865（清同治四年）' });
    expect(field(qing, 'biblatex')).toMatchObject({ year: '1865（清同治四年）' });
    expect(field(qing, 'biblatex')).not.toHaveProperty('date');
    const serial = book({ title: '图书馆学通讯', volume: '1957(1)-1990(4)' });
    expect(entry(serial, 'bibtex')).toMatch(/^@periodical\{/);
    expect(field(serial, 'bibtex')).toMatchObject({ number: '1-4', year: '1957/1990' });
    expect(field(book({ title: '临床内科杂志', volume: '1984, 1(1)-' }), 'biblatex')).toMatchObject({
      volume: '1-',
      number: '1-',
      date: '1984/',
    });
    expect(field({ id: 'p', type: 'article-journal', title: 'T', page: '19 – 20' }, 'bibtex')).toMatchObject({
      pages: '19--20',
    });
    // A URL that only links the DOI is printed once, as the DOI.
    const doi: CslItem = { id: 'd', type: 'article-journal', title: 'T', DOI: '10.1/x', URL: 'https://doi.org/10.1/x' };
    expect(field(doi, 'biblatex')).toMatchObject({ doi: '10.1/x' });
    expect(field(doi, 'biblatex')).not.toHaveProperty('url');
  });
});
