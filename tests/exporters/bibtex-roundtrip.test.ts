import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/pipeline.js';
import { bibFields, entryType } from '../../src/exporters/bibtex.js';
import { prepare, serialise } from '../../src/exporters/index.js';
import { collectRecords } from '../../src/exporters/records.js';
import type { BibDialect } from '../../src/exporters/latex.js';
import type { CslItem } from '../../src/model/csl.js';
import { readDocument } from '../../src/readers/index.js';
import { readLibrary } from '../../src/resolve/library.js';
import { MAGAZINE_ARTICLE } from '../helpers/periodicals.js';

const dir = mkdtempSync(join(tmpdir(), 'citeaudit-bib-roundtrip-'));

/**
 * Exports the items, reads the file back as a library (`--bib`), and lists every field the exporter wrote that
 * does not come back: the CSL type, the entry type and each field, compared as the exporter writes it (the record read back
 * is exported again, field by field).
 */
async function lost(items: CslItem[], dialect: BibDialect): Promise<string[]> {
  const file = join(dir, `${dialect}-${items[0]?.id ?? 'none'}.bib`);
  writeFileSync(file, await serialise(items, dialect));
  const back = new Map((await readLibrary(file)).map((b) => [b.id, b]));
  const out: string[] = [];
  for (const it of items) {
    const b = back.get(it.id);
    if (!b) {
      out.push(`${it.id}: not read back`);
      continue;
    }
    // A book written as a serial (`@periodical`, from its holdings) is read back as CSL's `periodical`.
    if (b.type !== it.type && entryType(it, dialect) !== 'periodical')
      out.push(`${it.id} type: ${it.type} → ${b.type}`);
    if (entryType(b, dialect) !== entryType(it, dialect))
      out.push(`${it.id} @type: ${entryType(it, dialect)} → ${entryType(b, dialect)}`);
    const again = Object.fromEntries(bibFields(b, dialect));
    for (const [field, value] of bibFields(it, dialect))
      if (again[field] !== value) out.push(`${it.id} ${field}: ${value} → ${again[field] ?? '(none)'}`);
  }
  return out;
}

describe('BibTeX and BibLaTeX export → read back as a library: every field the exporter wrote', () => {
  it('the reference manuscript’s works come back whole, in both dialects', async () => {
    const analysis = await analyze(await readDocument('fixtures/llm-labor-value.md'));
    const items = await prepare(collectRecords([analysis]), false);
    expect(items).toHaveLength(39);
    // The fields this covers (a work's cited pages are no field of it: they stay out of the export).
    const written = new Set(items.flatMap((it) => bibFields(it, 'bibtex').map(([f]) => f)));
    expect([...written].sort()).toEqual(
      ['address', 'author', 'booktitle', 'doi', 'editor', 'journal', 'langid', 'number', 'publisher']
        .concat(['title', 'translator', 'url', 'volume', 'year'])
        .sort(),
    );
    expect(await lost(items, 'bibtex')).toEqual([]);
    expect(await lost(items, 'biblatex')).toEqual([]);
  }, 30000);
});

// GB/T 7714-2015's own examples (§4, §8, appendix A), as CSL items: one for each type and field the mapping writes.
const KINDS: Record<string, CslItem> = {
  thesis: {
    id: 'liu2000',
    type: 'thesis',
    author: [{ literal: '刘乃安' }],
    title: '生物质材料热解失重动力学及其分析方法研究',
    genre: '博士学位论文',
    'publisher-place': '合肥',
    publisher: '中国科学技术大学',
    issued: { 'date-parts': [[2000]] },
    page: '17-18',
    language: 'zh-CN',
  },
  // A master's thesis, as thuthesis's example refs.bib gives it (`@mastersthesis`): read back, its genre is
  // the reader's `mathesis`, which must be written `@mastersthesis` again, not `@phdthesis`.
  mastersThesis: {
    id: 'zheng1987',
    type: 'thesis',
    author: [{ literal: '郑开青' }],
    title: '通讯系统模拟及软件',
    genre: '硕士学位论文',
    'publisher-place': '北京',
    publisher: '清华大学无线电系',
    issued: { 'date-parts': [[1987]] },
    language: 'zh-CN',
  },
  online: {
    id: 'bawden2008',
    type: 'webpage',
    author: [{ family: 'Bawden', given: 'David' }],
    title: 'Origins and Concepts of Digital Literacy',
    issued: { 'date-parts': [[2008, 5, 4]] },
    accessed: { 'date-parts': [[2013, 3, 8]] },
    URL: 'http://www.soi.city.ac.uk/~dbawden/digital%20literacy%20chapter.pdf',
    language: 'en-US',
  },
  chapter: {
    id: 'weinstein1974',
    type: 'chapter',
    author: [
      { family: 'Weinstein', given: 'L.' },
      { family: 'Swartz', given: 'M. N.' },
    ],
    editor: [
      { family: 'Sodeman', given: 'William A.', suffix: 'Jr.' },
      { family: 'Sodeman', given: 'William A.' },
    ],
    title: 'Pathogenic Properties of Invading Microorganisms',
    'container-title': 'Pathologic Physiology: Mechanisms of Disease',
    'publisher-place': 'Philadelphia',
    publisher: 'Saunders',
    issued: { 'date-parts': [[1974]] },
    page: '457-472',
    language: 'en-US',
  },
  translated: {
    id: 'harrison2012',
    type: 'book',
    author: [{ literal: '哈里森' }, { literal: '沃尔德伦' }],
    translator: [{ literal: '谢远涛' }],
    title: '经济数学与金融数学',
    'publisher-place': '北京',
    publisher: '中国人民大学出版社',
    issued: { 'date-parts': [[2012]] },
    edition: '2',
    language: 'zh-CN',
  },
  newspaper: {
    id: 'liu2013',
    type: 'article-newspaper',
    author: [{ literal: '刘裕国' }, { literal: '杨柳' }, { literal: '张洋' }, { literal: '王汉超' }],
    title: '雾霾来袭，如何突围？',
    'container-title': '人民日报',
    issued: { 'date-parts': [[2013, 1, 12]] },
    page: '4',
    language: 'zh-CN',
  },
  magazine: MAGAZINE_ARTICLE,
  etAl: {
    id: 'rogers2011',
    type: 'book',
    author: [{ literal: '罗杰斯' }],
    translator: [{ literal: '潘惠霞' }, { literal: '魏婧' }, { literal: '杨艳' }],
    'x-et-al': 'translator',
    title: '西方文明史: 问题与源头',
    'publisher-place': '大连',
    publisher: '东北财经大学出版社',
    issued: { 'date-parts': [[2011]] },
    language: 'zh-CN',
  },
  standard: {
    id: 'gbt25100',
    type: 'standard',
    author: [{ literal: '全国信息与文献标准化技术委员会' }],
    title: '信息与文献 都柏林核心元数据元素集',
    number: 'GB/T 25100—2010',
    'publisher-place': '北京',
    publisher: '中国标准出版社',
    issued: { 'date-parts': [[2010]] },
    language: 'zh-CN',
  },
  patent: {
    id: 'deng2006',
    type: 'patent',
    author: [{ literal: '邓一刚' }],
    title: '全智能节电器',
    jurisdiction: '中国',
    number: '200610171314.3',
    issued: { 'date-parts': [[2006, 12, 13]] },
    language: 'zh-CN',
  },
  archive: {
    id: 'ming2001',
    type: 'manuscript',
    author: [{ literal: '中国第一历史档案馆' }, { literal: '辽宁省档案馆' }],
    title: '中国明朝档案总汇',
    'publisher-place': '桂林',
    publisher: '广西师范大学出版社',
    issued: { 'date-parts': [[2001]] },
    language: 'zh-CN',
  },
  korean: {
    id: 'lee2005',
    type: 'book',
    author: [{ literal: '이병목' }],
    title: '도서관법규총람',
    volume: '1',
    'publisher-place': '서울',
    publisher: '구미무역 출판부',
    issued: { 'date-parts': [[2005]] },
    language: 'ko-KR',
  },
  publisherWithAnd: {
    id: 'morris2010',
    type: 'book',
    author: [{ family: 'Morris', given: 'Ian' }],
    title: 'Why the West Rules—for Now',
    'publisher-place': 'New York',
    publisher: 'Farrar, Straus and Giroux',
    issued: { 'date-parts': [[2010]] },
    language: 'en-US',
  },
  volumePhrase: {
    id: 'su1988',
    type: 'chapter',
    title: '卷 39 乞致仕第一',
    'container-title': '苏魏公文集',
    volume: '下册',
    'publisher-place': '北京',
    publisher: '中华书局',
    issued: { 'date-parts': [[1988]] },
    page: '590',
    language: 'zh-CN',
  },
  bookVolumePhrase: {
    id: 'pi2009',
    type: 'book',
    author: [{ literal: '皮锡瑞' }],
    title: '师伏堂日记',
    volume: '第 4 册',
    'publisher-place': '北京',
    publisher: '北京图书馆出版社',
    issued: { 'date-parts': [[2009]] },
    language: 'zh-CN',
  },
  holdings: {
    id: 'tushuguan1957',
    type: 'book',
    author: [{ literal: '中国图书馆学会' }],
    title: '图书馆学通讯',
    volume: '1957(1)-1990(4)',
    'publisher-place': '北京',
    publisher: '北京图书馆',
    issued: { 'date-parts': [[1957]] },
    language: 'zh-CN',
  },
  printedDate: {
    id: 'wang1865',
    type: 'book',
    author: [{ literal: '王夫之' }],
    title: '宋论',
    edition: '刻本',
    'publisher-place': '金陵',
    publisher: '湘乡曾国荃',
    issued: { 'date-parts': [[1865]], raw: '1865（清同治四年）' },
    language: 'zh-CN',
  },
};

/**
 * What the reader (src/readers/bib*.ts) does not give back yet, kind by kind; each is a test expected to fail
 * until the reader reads it (vitest then reports it, and it becomes an ordinary test):
 * - volumePhrase, bookVolumePhrase (BibLaTeX): `booktitleaddon`, `titleaddon` (a volume written as a phrase) are lost;
 * - holdings (BibLaTeX): a range of years (`date = {1957/1990}`) comes back as its first year;
 * - magazine (BibTeX): no BibTeX style reads a magazine's article apart from a journal's, so none is written
 *   (data/README.md) and it comes back as `article-journal`.
 * (`@newspaper`, `and others`, a standard's number, `langid = {korean}` and a publisher with `and` came back once
 * the reader was rewritten without citation-js; `@archive` once the reader knew it, and a master's thesis as
 * `@mastersthesis` once the exporter knew the genre the reader gives it.)
 */
const NOT_READ_BACK: Record<string, BibDialect[]> = {
  volumePhrase: ['biblatex'],
  bookVolumePhrase: ['biblatex'],
  holdings: ['biblatex'],
  magazine: ['bibtex'],
};

describe('BibTeX and BibLaTeX export → read back as a library: each GB/T type and field', () => {
  for (const [kind, item] of Object.entries(KINDS))
    for (const dialect of ['bibtex', 'biblatex'] as const) {
      // CITEAUDIT_ROUNDTRIP_ALL=1 runs every kind as an ordinary test: what the reader loses, listed.
      const expectedToFail = !process.env.CITEAUDIT_ROUNDTRIP_ALL && NOT_READ_BACK[kind]?.includes(dialect);
      const test = expectedToFail ? it.fails : it;
      test(`${kind} (${dialect})`, async () => {
        expect(await lost([item], dialect)).toEqual([]);
      });
    }
});
