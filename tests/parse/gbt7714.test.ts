import { describe, expect, it } from 'vitest';
import { parseReference } from '../../src/parse/index.js';

const year = (...p: number[]) => ({ 'date-parts': [p] });

/** One or more entries per GB/T 7714-2015 type code, Chinese and English, with the CSL-JSON expected. */
/** A monograph's trailing page is the cited page: it is the locator, not the item's `page`. */
const TABLE: Array<[string, Record<string, unknown>, string?]> = [
  [
    '[1] 孙三. 专著[M]. 3版. 上海: 上海人民出版社, 2018: 20.',
    {
      type: 'book',
      author: [{ literal: '孙三' }],
      title: '专著',
      edition: '3版',
      'publisher-place': '上海',
      publisher: '上海人民出版社',
      issued: year(2018),
    },
    '20',
  ],
  [
    '[2] 哈里森, 沃尔德伦. 经济数学与金融数学[M]. 谢远涛, 译. 北京: 中国人民大学出版社, 2012: 235-236.',
    { type: 'book', author: [{ literal: '哈里森' }, { literal: '沃尔德伦' }], translator: [{ literal: '谢远涛' }] },
    '235-236',
  ],
  [
    '[3] 陈登原. 国史旧闻: 第 1 卷[M]. 北京: 中华书局, 2000: 29.',
    { type: 'book', title: '国史旧闻', volume: '1', publisher: '中华书局' },
    '29',
  ],
  [
    '[4] PEEBLES P Z, Jr. Probability, random variables, and random signal principles[M]. 4th ed. New York: McGraw-Hill, 2001.',
    {
      type: 'book',
      language: 'en-US',
      author: [{ family: 'Peebles', given: 'P Z', suffix: 'Jr' }],
      title: 'Probability, random variables, and random signal principles',
      edition: '4th ed',
      'publisher-place': 'New York',
      publisher: 'McGraw-Hill',
      issued: year(2001),
    },
  ],
  [
    '[5] 王二. 期刊文章[J]. 哲学研究, 2021, 12(8): 30-40.',
    {
      type: 'article-journal',
      'container-title': '哲学研究',
      issued: year(2021),
      volume: '12',
      issue: '8',
      page: '30-40',
    },
  ],
  [
    '[6] FUCHS C. Labour in informational capitalism[J]. The Information Society, 2010, 26(3): 179-196.',
    {
      type: 'article-journal',
      author: [{ family: 'Fuchs', given: 'C' }],
      'container-title': 'The Information Society',
      volume: '26',
      issue: '3',
      page: '179-196',
    },
  ],
  [
    '[7] 吴十. 会议论文[C]//某学会. 会议论文集. 北京: 科学出版社, 2011: 45-52.',
    {
      type: 'paper-conference',
      editor: [{ literal: '某学会' }],
      'container-title': '会议论文集',
      publisher: '科学出版社',
      page: '45-52',
    },
  ],
  [
    '[8] 中国力学学会. 第3届全国实验流体力学学术会议论文集[C]. 天津: [出版者不详], 1990.',
    { type: 'book', author: [{ literal: '中国力学学会' }], issued: year(1990) },
  ],
  [
    '[9] 郑一. 报纸文章[N]. 人民日报, 2013-01-12(2).',
    { type: 'article-newspaper', 'container-title': '人民日报', issued: year(2013, 1, 12), page: '2' },
  ],
  [
    '[10] 王五. 论文标题[D]. 北京: 北京大学, 2010.',
    { type: 'thesis', publisher: '北京大学', 'publisher-place': '北京', issued: year(2010) },
  ],
  ['[11] 赵六. 研究报告[R]. 北京: 中国社会科学院, 2015: 12.', { type: 'report', publisher: '中国社会科学院' }, '12'],
  [
    '[12] 国家标准局. 信息与文献 参考文献著录规则: GB/T 7714—2015[S]. 北京: 中国标准出版社, 2015.',
    { type: 'standard', title: '信息与文献 参考文献著录规则', number: 'GB/T 7714—2015' },
  ],
  [
    '[13] 张三. 一种装置: CN102345678A[P]. 2012-03-05.',
    { type: 'patent', title: '一种装置', number: 'CN102345678A', issued: year(2012, 3, 5) },
  ],
  [
    '[14] 李四. 网页标题[EB/OL]. (2020-01-02)[2021-03-04]. https://example.org/a.',
    { type: 'webpage', URL: 'https://example.org/a', accessed: year(2021, 3, 4), issued: year(2020, 1, 2) },
  ],
  [
    '[15] 陈七. 电子书[M/OL]. 北京: 人民出版社, 2019[2020-01-01]. https://example.org/b.',
    { type: 'book', URL: 'https://example.org/b', publisher: '人民出版社', issued: year(2019) },
  ],
  [
    '[16] 国家统计局. 数据库名[DB/OL]. [2020-05-06]. https://data.stats.gov.cn.',
    { type: 'dataset', URL: 'https://data.stats.gov.cn' },
  ],
  [
    '[17] 刘八. 数据集名称[DS/OL]. (2021-01-01)[2021-02-02]. https://doi.org/10.1234/abcd.',
    { type: 'dataset', DOI: '10.1234/abcd' },
  ],
  [
    '[18] 周九. 预印本标题[PP/OL]. (2023-01-01)[2023-02-02]. https://arxiv.org/abs/2301.00001.',
    { type: 'article', issued: year(2023, 1, 1) },
  ],
  ['[19] 中国第一历史档案馆. 档案标题[A]. 北京: 中华书局, 2001.', { type: 'manuscript', publisher: '中华书局' }],
  ['[20] 国家测绘局. 中国地图[CM]. 北京: 地图出版社, 2010.', { type: 'map', publisher: '地图出版社' }],
  ['[21] 佚名. 其他文献[Z]. 2000.', { type: 'document', title: '其他文献', issued: year(2000) }],
  [
    '[22] 马克思. 政治经济学批判[M]//马克思, 恩格斯. 马克思恩格斯全集: 第 35 卷. 北京: 人民出版社, 2013: 302.',
    {
      type: 'chapter',
      editor: [{ literal: '马克思' }, { literal: '恩格斯' }],
      'container-title': '马克思恩格斯全集',
      volume: '35',
      page: '302',
    },
  ],
  [
    '[23] BALDOCK P. Developing early childhood services: past, present and future[M/OL]. Open University Press, 2011: 105[2012-11-27]. http://lib.myilibrary.com/Open.aspx?id=312377.',
    {
      type: 'book',
      URL: 'http://lib.myilibrary.com/Open.aspx?id=312377',
      publisher: 'Open University Press',
      issued: year(2011),
    },
    '105',
  ],
  ['[24] 李时珍.', { type: 'book', author: [{ literal: '李时珍' }] }],
];

describe('parse: GB/T 7714 entries of every type code', () => {
  for (const [text, expected, locator] of TABLE) {
    it(text.slice(0, 48), () => {
      const r = parseReference(text);
      expect(r.failure).toBeUndefined();
      expect(r.item).toMatchObject(expected);
      expect(r.locator).toBe(locator ?? null);
      if (locator) expect(r.item.page).toBeUndefined();
    });
  }
});

describe('parse: GB/T 7714 name lists cut short and name suffixes', () => {
  it('records which lists 等 or et al. cut short (x-et-al), for the authors, translators and a host’s editors', () => {
    const news = parseReference('[5] 刘裕国, 杨柳, 张洋, 等. 雾霾来袭, 如何突围?[N]. 人民日报, 2013-01-12(4).').item;
    expect(news.author).toEqual([{ literal: '刘裕国' }, { literal: '杨柳' }, { literal: '张洋' }]);
    expect(news['x-et-al']).toBe('author');
    const translated = parseReference(
      '[6] 罗杰斯. 西方文明史: 问题与源头[M]. 潘惠霞, 魏婧, 杨艳, 等, 译. 大连: 东北财经大学出版社, 2011: 15-16.',
    ).item;
    expect(translated.translator).toEqual([{ literal: '潘惠霞' }, { literal: '魏婧' }, { literal: '杨艳' }]);
    expect(translated['x-et-al']).toBe('translator');
    const both = parseReference(
      '[7] MYBURG A A, GRATTAPAGLIA D, TUSKAN G A, et al. The genome of Eucalyptus grandis[J]. Nature, 2014, 510: 356-362.',
    ).item;
    expect(both.author).toHaveLength(3);
    expect(both['x-et-al']).toBe('author');
    // A list printed whole records nothing.
    expect(parseReference('[8] 徐光宪, 王祥云. 物质结构[M]. 北京: 科学出版社, 2010.').item).not.toHaveProperty(
      'x-et-al',
    );
  });

  it('keeps a personal suffix (Jr) with its name, in the authors and in a host’s editors', () => {
    const chapter = parseReference(
      '[9] WEINSTEIN L, SWARTZ M N. Pathogenic properties of invading microorganisms[M]//SODEMAN W A, Jr, SODEMAN W A. Pathologic physiology: mechanisms of disease. Philadelphia: Saunders, 1974: 457-472.',
    ).item;
    expect(chapter.editor).toEqual([
      { family: 'Sodeman', given: 'W A', suffix: 'Jr' },
      { family: 'Sodeman', given: 'W A' },
    ]);
    const body = parseReference(
      '[10] Online Computer Library Center, Inc. History of OCLC[EB/OL]. [2000-01-08]. http://www.oclc.org/about/history/default.htm.',
    ).item;
    // A body's suffix (Inc) stays in its name; the stop after it ends the names.
    expect(body.author).toEqual([{ literal: 'Online Computer Library Center, Inc' }]);
  });
});
