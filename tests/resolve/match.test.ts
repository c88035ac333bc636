import { beforeAll, describe, expect, it } from 'vitest';
import type { CslItem } from '../../src/model/csl.js';
import { familyKeys } from '../../src/resolve/identity.js';
import { Matcher, osa, titleAgreement } from '../../src/resolve/match.js';
import { looksWadeGiles, wadeGilesToPinyin } from '../../src/resolve/wade-giles.js';

const book = (id: string, title: string, author: CslItem['author'], y?: number): CslItem => ({
  id,
  type: 'book',
  title,
  author,
  ...(y ? { issued: { 'date-parts': [[y]] } } : {}),
});
let matcher: Matcher;

beforeAll(async () => {
  matcher = await Matcher.create([
    book('habermas', '交往行为理论', [{ family: 'Habermas', given: 'Jürgen' }], 2004),
    book('wang', '中国近代思想史论', [{ family: 'Wang', given: 'Ming' }], 2010),
    book('mao', '毛泽东选集', [{ family: 'Mao', given: 'Tse-tung' }], 1991),
    book('benanav', 'Automation and the Future of Work', [{ family: 'Benanav', given: 'Aaron' }], 2020),
    book('dup1', 'Digital Labor and Karl Marx', [{ family: 'Fuchs', given: 'Christian' }], 2014),
    book('dup2', 'Digital labour and Karl Marx', [{ family: 'Fuchs', given: 'Christian' }], 2014),
  ]);
});

describe('title agreement', () => {
  it('a slip, a swap and a dropped subtitle agree; another word does not', () => {
    expect(osa('abcd', 'abdc')).toBe(1);
    expect(titleAgreement('Automation and the Future of Work', 'Automation and the Futrue of Work')).toBe(0.95);
    expect(titleAgreement('Automation and the Future of Work', 'Automation and the Future of Leisure')).toBe(0);
    expect(titleAgreement('今日简史：人类命运大议题', '今日简史')).toBe(0.9);
    expect(titleAgreement('智能系统的劳动及其社会后果', '智能系统的劳动及其社会结果')).toBe(0.95);
    expect(titleAgreement('智能系统的劳动及其社会后果', '智能系统的劳动及其政治后果')).toBe(0);
    expect(titleAgreement('Capital: Volume One', 'Capital: Volume Two')).toBe(0);
  });
});

describe('authors across scripts', () => {
  it('reads Wade–Giles names as pinyin', () => {
    expect(
      ['Mao Tse-tung', "Teng Hsiao-p'ing", 'Chiang', "Ch'en Tu-hsiu", 'Hsü', 'Yen Fu'].map(wadeGilesToPinyin),
    ).toEqual(['maozedong', 'dengxiaoping', 'jiang', 'chenduxiu', 'xu', 'yanfu']);
  });

  it('tells names that can only be Wade–Giles from ones that may be pinyin', () => {
    expect(['Tse-tung', "Hsiao-t'ung", 'Hsü', 'Chih', "T'ang"].map(looksWadeGiles)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['Zedong', 'Chen', 'Li', 'Xiaotong', "O'Brien", 'Dyer-Witheford'].map(looksWadeGiles)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('gives a transliteration the key of its Western name', () => {
    expect(familyKeys({ literal: '哈伯马斯' })).toContain('habermas');
    expect(familyKeys({ literal: '马克斯·韋伯' })).toContain('weber');
    expect(familyKeys({ family: 'Žižek' })).toEqual(['zizek']);
  });

  it('matches a citation to a record whose author is in another script', () => {
    expect(matcher.match(book('', '交往行为理论', [{ literal: '哈贝马斯' }], 2004))?.record.id).toBe('habermas');
    expect(matcher.match(book('', '中国近代思想史论', [{ literal: '王明' }], 2010))?.record.id).toBe('wang');
    expect(matcher.match(book('', '毛泽东选集', [{ literal: '毛泽东' }], 1991))?.record.id).toBe('mao');
  });

  it('another author with the same title and a distant year is another work', () => {
    expect(matcher.match(book('', '交往行为理论', [{ literal: '张三' }], 2020))).toBeNull();
    expect(matcher.match(book('', 'Automation and the Future of Leisure', [{ family: 'Benanav' }], 2020))).toBeNull();
  });

  it('a library holding one work twice is not a tie', () => {
    expect(matcher.match(book('', 'Digital Labor and Karl Marx', [{ family: 'Fuchs' }], 2014))?.record.id).toBe('dup1');
  });
});

describe('Chinese authors', () => {
  const zh = (id: string, name: string, year: number): CslItem => ({
    id,
    type: 'book',
    language: 'zh-CN',
    title: '数字劳动',
    author: [{ literal: name }],
    issued: { 'date-parts': [[year]] },
  });

  it('another person of the same surname is not the author, however close the title; the same name in pinyin is', async () => {
    const m = await Matcher.create([zh('liang', '梁磊兵', 1990), zh('he', '贺英艳', 2001)]);
    expect(m.match(zh('', '梁远磊', 2020))).toBeNull();
    expect(m.match(zh('', '何宇', 2008))).toBeNull();
    expect(m.match(zh('', '梁磊兵', 1990))?.record.id).toBe('liang');
    expect(m.match({ ...zh('', '', 1990), author: [{ family: 'Liang', given: 'Leibing' }] })?.record.id).toBe('liang');
  });
});

describe('identifiers', () => {
  const article = (id: string, title: string, extra: Partial<CslItem>): CslItem => ({
    id,
    type: 'article-journal',
    title,
    author: [{ family: 'Hughes' }],
    issued: { 'date-parts': [[2019]] },
    ...extra,
  });

  it('a DOI or ISBN finds its record in any printed form', async () => {
    const m = await Matcher.create([
      article('hughes', 'The World of Work and the Crisis of Capitalism', { DOI: '10.1177/1468795X18810577' }),
      { id: 'book', type: 'book', title: 'A Book Found by Its Number', ISBN: '978-1-78125-953-5' },
    ]);
    expect(
      m.match(article('', 'Another Title Entirely', { DOI: 'https://doi.org/10.1177/1468795x18810577' })),
    ).toMatchObject({ via: 'DOI', record: { id: 'hughes' } });
    expect(m.match({ id: '', type: 'book', title: 'Whatever', ISBN: '9781781259535' })).toMatchObject({
      via: 'ISBN',
      record: { id: 'book' },
    });
    // The same number in its ten-digit form.
    expect(m.match({ id: '', type: 'book', title: 'Whatever', ISBN: '1-78125-953-4' })?.record.id).toBe('book');
    expect(m.match(article('', 'Another Title Entirely', { DOI: '10.1000/other' }))).toBeNull();
  });
});

describe('metadata-mismatch with a library', () => {
  it('names the DOI when it belongs to another work, and reports a slip in a title found by DOI as a title', async () => {
    const { checkDocument } = await import('../../src/engine/pipeline.js');
    const { readMarkdown } = await import('../../src/readers/markdown.js');
    const m = await Matcher.create([
      {
        id: 'hughes',
        type: 'article-journal',
        title: 'The World of Work and the Crisis of Capitalism',
        DOI: '10.1177/1468795X18810577',
        issued: { 'date-parts': [[2019]] },
      },
    ]);
    const md =
      'Text.[^1] Text.[^2]\n\n[^1]: C. Hughes, “Digital Labour Revisited”, *Journal of Classical Sociology*, 2019, https://doi.org/10.1177/1468795X18810577.\n[^2]: C. Hughes, “The World of Work and the Crisis of Capitalsm”, *Journal of Classical Sociology*, 2019, doi:10.1177/1468795X18810577.\n';
    const { diagnostics } = await checkDocument(readMarkdown('case.md', new TextEncoder().encode(md)), {
      lang: 'en',
      matcher: m,
      only: ['metadata-mismatch'],
    });
    expect(diagnostics.map((d) => d.messageId)).toEqual(['identifierTitle', 'differs']);
    expect(diagnostics[0]!.message).toContain(
      'the DOI 10.1177/1468795X18810577 belongs to “The World of Work and the Crisis of Capitalism” in the library',
    );
  });
});

describe('metadata-mismatch: variants against a library record', () => {
  it('a publisher variant and a journal city are not mismatches; another publisher is', async () => {
    const { checkDocument } = await import('../../src/engine/pipeline.js');
    const { readMarkdown } = await import('../../src/readers/markdown.js');
    const { circled } = await import('../helpers/manuscripts.js');
    const m = await Matcher.create([
      {
        id: 'harari',
        type: 'book',
        language: 'zh-CN',
        title: '今日简史：人类命运大议题',
        author: [{ literal: '尤瓦尔·赫拉利' }],
        publisher: '中信出版社',
        'publisher-place': '北京',
        issued: { 'date-parts': [[2018]] },
      },
      {
        id: 'art',
        type: 'article-journal',
        language: 'zh-CN',
        title: '数字劳动的政治经济学分析',
        author: [{ literal: '李明' }],
        'container-title': '社会科学（上海）',
        issued: { 'date-parts': [[2020]] },
      },
      {
        id: 'harvey',
        type: 'book',
        language: 'zh-CN',
        title: '马克思与〈资本论〉',
        author: [{ literal: '大卫·哈维' }],
        publisher: '中信出版社',
        issued: { 'date-parts': [[2018]] },
      },
    ]);
    const md = circled([
      [
        '[以]尤瓦尔·赫拉利：《今日简史：人类命运大议题》，林俊宏译，北京：中信出版集团，2018年，第27页。',
        '李明：《数字劳动的政治经济学分析》，《社会科学》（上海）2020年第3期。',
        '[美]大卫·哈维：《马克思与〈资本论〉》，周大昕译，北京：商务印书馆，2018年，第5页。',
      ],
    ]);
    const { analysis, diagnostics } = await checkDocument(readMarkdown('case.md', new TextEncoder().encode(md)), {
      lang: 'en',
      matcher: m,
      only: ['metadata-mismatch'],
    });
    // All three are found, so the silence on the first two is a judgement, not a miss.
    expect(analysis.works.map((w) => analysis.resolution?.get(w.id)?.record.id)).toEqual(['harari', 'art', 'harvey']);
    // The parser drops the city from the citation; the record keeps it.
    expect(analysis.works[1]!.item['container-title']).toBe('社会科学');
    expect(diagnostics.map((d) => [d.data.field, d.data.cited, d.data.record])).toEqual([
      ['publisher', '商务印书馆', '中信出版社'],
    ]);
  });
});
