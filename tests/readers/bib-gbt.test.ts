import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../src/model/csl.js';
import { toBibtex } from '../../src/exporters/bibtex.js';
import type { BibDialect } from '../../src/exporters/latex.js';
import { readBib } from '../../src/readers/bib.js';

// What gbt7714-bibtex-style and biblatex-gb7714-2015 read, and citeaudit's GB/T exporter writes
// (exporters/bibtex.ts): translators, editors with a role, the GB/T entry types, urldate, ISO dates, langid.
const dir = mkdtempSync(join(tmpdir(), 'citeaudit-bibgbt-'));

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/library/${name}`, import.meta.url));

async function library(name: string, text: string) {
  const p = join(dir, name);
  writeFileSync(p, text);
  return readBib(p);
}

describe('.bib entries as gbt7714-bibtex-style reads them', () => {
  it('BibTeX (gbt7714-bibtex-style): translator, @newspaper, @standard, @patent, theses, @online', async () => {
    const lib = await readBib(fixture('gbt-bibtex.bib'));
    expect(lib.get('harvey2018')).toMatchObject({
      type: 'book',
      author: [{ literal: '大卫·哈维', 'x-nationality': '[美]' }],
      translator: [{ literal: '周大昕' }],
      publisher: '中信出版社',
      'publisher-place': '北京',
      language: 'zh-CN',
    });
    expect(lib.get('ding2000')).toMatchObject({
      type: 'article-newspaper',
      'container-title': '中国青年报',
      issued: { 'date-parts': [[2000, 11, 20]] },
      issue: '15',
    });
    expect(lib.get('gb7714')).toMatchObject({ type: 'standard', number: 'GB/T 7714—2015' });
    expect(lib.get('jiang1989')).toMatchObject({
      type: 'patent',
      number: '881056073',
      issued: { 'date-parts': [[1989, 7, 26]] },
    });
    expect(lib.get('wu2003')).toMatchObject({ type: 'thesis', genre: 'phdthesis', publisher: '北京大学' });
    expect(lib.get('zheng1987')).toMatchObject({ type: 'thesis', genre: 'mathesis', publisher: '清华大学无线电系' });
    expect(lib.get('cnnic2012')).toMatchObject({
      type: 'webpage',
      author: [{ literal: '中国互联网络信息中心' }],
      URL: 'https://www.cnnic.net.cn/a?b=1%20c#sec2',
      issued: { 'date-parts': [[2012, 1, 16]] },
      accessed: { 'date-parts': [[2012, 2, 15]] },
    });
  });
});

describe('.bib entries as biblatex-gb7714-2015 reads them', () => {
  it('BibLaTeX (biblatex-gb7714-2015): @thesis with type and institution, an editor with a role, translators as `editora`, chapters', async () => {
    const lib = await readBib(fixture('gbt-biblatex.bib'));
    expect(lib.get('zheng1987')).toMatchObject({
      type: 'thesis',
      genre: 'mathesis',
      publisher: '清华大学无线电系',
      'publisher-place': '北京',
    });
    expect(lib.get('marx2004')).toMatchObject({
      author: [{ literal: '马克思', 'x-nationality': '[德]' }],
      editor: [{ literal: '中共中央马克思恩格斯列宁斯大林著作编译局' }],
      translator: [{ literal: '郭大力' }, { literal: '王亚南' }],
    });
    expect(lib.get('bai1998')).toMatchObject({
      type: 'chapter',
      author: [{ literal: '白钢' }],
      editor: [{ literal: '赵汀阳' }],
      'container-title': '中国历史大辞典',
      page: '12-30',
    });
    expect(lib.get('rosenthall1963')).toMatchObject({
      type: 'paper-conference',
      'container-title': 'Proceedings of the Fifth Canadian Mathematical Congress, University of Montreal, 1961',
      editor: [{ family: 'Ridge', given: 'Harold' }],
      language: 'en-US',
    });
    expect(lib.get('kanamori1998')).toMatchObject({
      type: 'article-journal',
      'container-title': 'Science',
      issued: { 'date-parts': [[1998, 1, 16]] },
      volume: '279',
      issue: '5359',
      DOI: '10.1126/science.279.5359.2063',
    });
  });
});

/** Works of every type the GB/T exporter maps, with only fields it writes (in citeaudit's own form). */
const WORKS: CslItem[] = [
  {
    id: 'harvey2018',
    type: 'book',
    language: 'zh-CN',
    author: [{ literal: '大卫·哈维', 'x-nationality': '[美]' }],
    translator: [{ literal: '周大昕' }],
    title: '马克思与《资本论》',
    publisher: '中信出版社',
    'publisher-place': '北京',
    issued: { 'date-parts': [[2018]] },
    ISBN: '978-7-5086-8787-6',
  },
  {
    id: 'bai1998',
    type: 'chapter',
    language: 'zh-CN',
    author: [{ literal: '白钢' }],
    editor: [{ literal: '赵汀阳' }],
    title: '中国政治制度史',
    'container-title': '中国历史大辞典',
    publisher: '上海辞书出版社',
    'publisher-place': '上海',
    issued: { 'date-parts': [[1998]] },
    page: '12-30',
  },
  {
    id: 'ding2000',
    type: 'article-newspaper',
    language: 'zh-CN',
    author: [{ literal: '丁文祥' }],
    title: '数字革命与竞争国际化',
    'container-title': '中国青年报',
    issued: { 'date-parts': [[2000, 11, 20]] },
    issue: '15',
  },
  {
    id: 'gb7714',
    type: 'standard',
    language: 'zh-CN',
    title: '信息与文献 参考文献著录规则',
    number: 'GB/T 7714—2015',
    publisher: '中国标准出版社',
    'publisher-place': '北京',
    issued: { 'date-parts': [[2015]] },
  },
  {
    id: 'jiang1989',
    type: 'patent',
    language: 'zh-CN',
    author: [{ literal: '姜锡洲' }],
    title: '一种温热外敷药制备方案',
    number: '881056073',
    issued: { 'date-parts': [[1989, 7, 26]] },
  },
  {
    id: 'wu2003',
    type: 'thesis',
    language: 'zh-CN',
    author: [{ literal: '吴云芳' }],
    title: '面向中文信息处理的现代汉语并列结构研究',
    publisher: '北京大学',
    'publisher-place': '北京',
    issued: { 'date-parts': [[2003]] },
  },
  {
    id: 'cnnic2012',
    type: 'webpage',
    language: 'zh-CN',
    author: [{ literal: '中国互联网络信息中心' }],
    title: '第29次中国互联网络发展状况统计报告',
    issued: { 'date-parts': [[2012, 1, 16]] },
    URL: 'https://www.cnnic.net.cn/a?b=1%20c#sec2',
    accessed: { 'date-parts': [[2012, 2, 15]] },
  },
  {
    id: 'rosenthall1963',
    type: 'paper-conference',
    language: 'en-US',
    author: [{ family: 'Rosenthall', given: 'E. M.' }],
    editor: [{ family: 'Ridge', given: 'Harold' }],
    title: 'Proceedings of the Fifth Canadian Mathematical Congress',
    'container-title': 'Proceedings of the Fifth Canadian Mathematical Congress, University of Montreal, 1961',
    publisher: 'University of Toronto Press',
    'publisher-place': 'Toronto',
    issued: { 'date-parts': [[1963]] },
  },
  {
    id: 'kanamori1998',
    type: 'article-journal',
    language: 'en-US',
    author: [
      { family: 'Kanamori', given: 'H.' },
      { family: 'Berg', given: 'Pieter', 'non-dropping-particle': 'van der' },
    ],
    title: 'Shaking without quaking: 100% & #1',
    'container-title': 'Science',
    issued: { 'date-parts': [[1998, 1, 16]] },
    volume: '279',
    issue: '5359',
    page: '2063-2064',
    DOI: '10.1126/science.279.5359.2063',
    ISSN: '0036-8075, 1095-9203',
  },
];

describe('reading back what the GB/T exporter writes', () => {
  it.each<BibDialect>(['bibtex', 'biblatex'])('%s: every field written comes back as it was', async (dialect) => {
    const lib = await library(`round-trip-${dialect}.bib`, toBibtex(WORKS, dialect));
    expect([...lib.keys()]).toEqual(WORKS.map((w) => w.id));
    for (const work of WORKS) expect({ key: work.id, ...lib.get(work.id) }).toMatchObject({ key: work.id, ...work });
  });
});
