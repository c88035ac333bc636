import { describe, expect, it } from 'vitest';
import type { CslItem, CslName } from '../../src/model/csl.js';
import { parseReference } from '../../src/parse/index.js';

/**
 * Every footnote of the reference manuscript (llm-labor-value.md: 66 notes ①…, restarting per page)
 * and its 4 reference-list items (label `[n] ` removed), in document order, with the whole CSL item
 * expected: a stray field fails as surely as a missing one. None of these notes holds two citations.
 */

type Fields = Omit<CslItem, 'id' | 'language'>;
interface Row {
  text: string;
  item: Fields;
  locator?: string;
  locatorRaw?: string;
  prefix?: string;
  /** Fields that must be marked `parsed` (recognised from an explicit cue). */
  parsed?: string[];
}

const y = (n: number) => ({ 'date-parts': [[n]] });
const lit = (...names: string[]): CslName[] => names.map((literal) => ({ literal }));
const foreign = (nationality: string, literal: string): CslName[] => [{ literal, 'x-nationality': nationality }];

const mecw = (volume: string): Fields => ({
  type: 'book',
  title: '马克思恩格斯文集',
  volume,
  'publisher-place': '北京',
  publisher: '人民出版社',
  issued: y(2009),
});
const article = (author: CslName[], title: string, journal: string, year: number, issue: string): Fields => ({
  type: 'article-journal',
  author,
  title,
  'container-title': journal,
  issued: y(year),
  issue,
});
const translated = (
  author: CslName[],
  title: string,
  translator: CslName[],
  place: string,
  publisher: string,
  year: number,
): Fields => ({
  type: 'book',
  author,
  title,
  translator,
  'publisher-place': place,
  publisher,
  issued: y(year),
});

const MECW_PARSED = ['title', 'volume', 'publisher-place', 'publisher', 'issued'];
const ARTICLE_PARSED = ['title', 'container-title', 'issued', 'issue'];
const BOOK_PARSED = ['title', 'translator', 'publisher-place', 'publisher', 'issued'];

const m = (text: string, volume: string, locator: string, locatorRaw?: string): Row => ({
  text,
  item: mecw(volume),
  locator,
  parsed: MECW_PARSED,
  ...(locatorRaw ? { locatorRaw } : {}),
});

const SUN_2023 = article(
  lit('孙伟平'),
  '人机之间的工作竞争：挑战与出路——从风靡全球的ChatGPT谈起',
  '思想理论教育',
  2023,
  '3',
);
const WANG_2021 = article(lit('王水兴'), '人工智能的马克思劳动价值论审思', '马克思主义研究', 2021, '5');
const ZHAO_2018 = article(
  lit('赵汀阳'),
  '人工智能“革命”的“近忧”和“远虑”——一种伦理学和存在论的分析',
  '哲学动态',
  2018,
  '4',
);
const CAFFENTZIS: Fields = {
  type: 'book',
  author: [{ family: 'Caffentzis', given: 'George' }],
  title: 'In Letters of Blood and Fire: Work, Machines, and the Crisis of Capitalism',
  'publisher-place': 'Oakland',
  publisher: 'PM Press',
  issued: y(2013),
};
const BOSTROM = (locator: string, nationality: string): Row => ({
  text: `${nationality}尼克·波斯特洛姆：《超级智能：路线图、危险性与应对策略》，张体伟、张玉青译，北京：中信出版社，2015年，第${locator}页。`,
  item: translated(
    foreign(nationality.trim(), '尼克·波斯特洛姆'),
    '超级智能：路线图、危险性与应对策略',
    lit('张体伟', '张玉青'),
    '北京',
    '中信出版社',
    2015,
  ),
  locator,
  parsed: BOOK_PARSED,
});
const JONES = (locator: string, nationality: string): Row => ({
  text: `${nationality}菲尔·琼斯：《后工作时代：平台资本主义时代的劳动力》，陈广兴译，上海：上海译文出版社，2023年，第${locator}页。`,
  item: translated(
    foreign(nationality.trim(), '菲尔·琼斯'),
    '后工作时代：平台资本主义时代的劳动力',
    lit('陈广兴'),
    '上海',
    '上海译文出版社',
    2023,
  ),
  locator,
  parsed: BOOK_PARSED,
});
const PRECHT = (locator: string, nationality: string): Row => ({
  text: `${nationality}理查德·大卫·普雷希特：《我们的未来：数字社会乌托邦》，张冬译，北京：商务印书馆，2022年，第${locator}页。`,
  item: translated(
    foreign(nationality.trim(), '理查德·大卫·普雷希特'),
    '我们的未来：数字社会乌托邦',
    lit('张冬'),
    '北京',
    '商务印书馆',
    2022,
  ),
  locator,
  parsed: BOOK_PARSED,
});
const INHUMAN = (family: string, locator: string): Row => ({
  text: `N. ${family}, Atle Mikkola Kjosén and James Steinhoff, *Inhuman Power: Artificial Intelligence and the Future of Capitalism*, London: Pluto Press, 2019, p. ${locator}.`,
  item: {
    type: 'book',
    author: [
      { family, given: 'N.' },
      { family: 'Kjosén', given: 'Atle Mikkola' },
      { family: 'Steinhoff', given: 'James' },
    ],
    title: 'Inhuman Power: Artificial Intelligence and the Future of Capitalism',
    'publisher-place': 'London',
    publisher: 'Pluto Press',
    issued: y(2019),
  },
  locator,
  locatorRaw: `p. ${locator}`,
  parsed: ['title', 'publisher'],
});

const NOTES: Row[] = [
  // page 1
  {
    text: '孙伟平：《智能系统的劳动及其社会后果》，《哲学研究》2021年第8期。',
    item: article(lit('孙伟平'), '智能系统的劳动及其社会后果', '哲学研究', 2021, '8'),
    parsed: ARTICLE_PARSED,
  },
  {
    text: '参见徐璐：《“无人化”生产的马克思劳动价值论审思》，《当代经济研究》2023年第11期。',
    item: article(lit('徐璐'), '“无人化”生产的马克思劳动价值论审思', '当代经济研究', 2023, '11'),
    prefix: '参见',
    parsed: ARTICLE_PARSED,
  },
  // page 2
  m('《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第185-186、186页。', '8', '185-186, 186', '第185-186、186页'),
  {
    text: '黄再胜：《人工智能时代的价值危机、资本应对与数字劳动反抗》，《探索与争鸣》2020年第5期。',
    item: article(lit('黄再胜'), '人工智能时代的价值危机、资本应对与数字劳动反抗', '探索与争鸣', 2020, '5'),
    parsed: ARTICLE_PARSED,
  },
  {
    text: 'George Caffentzis, *In Letters of Blood and Fire: Work, Machines, and the Crisis of Capitalism*, Oakland: PM Press, 2013, p. 131.',
    item: CAFFENTZIS,
    locator: '131',
    locatorRaw: 'p. 131',
    parsed: ['title', 'publisher'],
  },
  {
    text: '[美] 大卫·哈维：《马克思与〈资本论〉》，周大昕译，北京：中信出版社，2018年，第188页。',
    item: translated(foreign('[美]', '大卫·哈维'), '马克思与〈资本论〉', lit('周大昕'), '北京', '中信出版社', 2018),
    locator: '188',
    locatorRaw: '第188页',
    parsed: BOOK_PARSED,
  },
  m('《马克思恩格斯文集》第5卷，北京：人民出版社，2009年，第486页。', '5', '486'),
  m('《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第185页。', '8', '185'),
  m('《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第185页。', '8', '185'),
  m('《马克思恩格斯文集》第7卷，北京：人民出版社，2009年，第219页。', '7', '219'),
  PRECHT('10', '[德] '),
  // page 3
  {
    text: '孙伟平：《人机之间的工作竞争：挑战与出路——从风靡全球的ChatGPT谈起》，《思想理论教育》2023年第3期。',
    item: SUN_2023,
    parsed: ARTICLE_PARSED,
  },
  m('《马克思恩格斯文集》第1卷，北京：人民出版社，2009年，第740页。', '1', '740'),
  {
    text: '陆晓娇、张亮：《人工智能价值论问题的解构与重构》，《当代经济研究》2023年第7期。',
    item: article(lit('陆晓娇', '张亮'), '人工智能价值论问题的解构与重构', '当代经济研究', 2023, '7'),
    parsed: ARTICLE_PARSED,
  },
  m('《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第196页。', '8', '196'),
  {
    text: '[以]尤瓦尔·赫拉利：《今日简史：人类命运大议题》，林俊宏译，北京：中信出版社，2018年，第27-28页。',
    item: translated(
      foreign('[以]', '尤瓦尔·赫拉利'),
      '今日简史：人类命运大议题',
      lit('林俊宏'),
      '北京',
      '中信出版社',
      2018,
    ),
    locator: '27-28',
    parsed: BOOK_PARSED,
  },
  m('《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第197页。', '8', '197'),
  m('《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第201页。', '8', '201'),
  {
    text: 'C. Hughes and A. Southern, “The World of Work and the Crisis of Capitalism: Marx and the Fourth Industrial Revolution”, *Journal of Classical Sociology*, Vol. 19, No. 1, 2019.',
    item: {
      type: 'article-journal',
      author: [
        { family: 'Hughes', given: 'C.' },
        { family: 'Southern', given: 'A.' },
      ],
      title: 'The World of Work and the Crisis of Capitalism: Marx and the Fourth Industrial Revolution',
      'container-title': 'Journal of Classical Sociology',
      volume: '19',
      issue: '1',
      issued: y(2019),
    },
    parsed: ['title', 'container-title', 'volume', 'issue'],
  },
  m('《马克思恩格斯文集》第2卷，北京：人民出版社，2009年，第38页。', '2', '38'),
  m('《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第195页。', '8', '195'),
  // page 4
  {
    text: 'McKinsey and Company, “The Economic Potential of Generative AI: The Next Productivity Frontier”, <https://www.mckinsey.com/capabilities/mckinsey-digital/our-insights/the-economic-potential-of-generative-ai-the-next-productivity-frontier>.',
    item: {
      type: 'webpage',
      author: lit('McKinsey and Company'),
      title: 'The Economic Potential of Generative AI: The Next Productivity Frontier',
      URL: 'https://www.mckinsey.com/capabilities/mckinsey-digital/our-insights/the-economic-potential-of-generative-ai-the-next-productivity-frontier',
    },
    parsed: ['title', 'URL'],
  },
  { ...m('参见《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第88页。', '8', '88'), prefix: '参见' },
  m('《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第187页。', '8', '187'),
  // page 5
  {
    text: 'D. Della Ratta, “Digital Socialism beyond the Digital Social: Confronting Communicative Capitalism with Ethics of Care?”, *tripleC*, Vol. 18, No. 1, 2020.',
    item: {
      type: 'article-journal',
      author: [{ family: 'Della Ratta', given: 'D.' }],
      title: 'Digital Socialism beyond the Digital Social: Confronting Communicative Capitalism with Ethics of Care?',
      'container-title': 'tripleC',
      volume: '18',
      issue: '1',
      issued: y(2020),
    },
    parsed: ['title', 'container-title', 'volume', 'issue'],
  },
  m('《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第198、97页。', '8', '198, 97', '第198、97页'),
  JONES('120', '[英]'),
  m('《马克思恩格斯文集》第2卷，北京：人民出版社，2009年，第580页。', '2', '580'),
  m('《马克思恩格斯文集》第5卷，北京：人民出版社，2009年，第438页。', '5', '438'),
  // page 6
  m('《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第186页。', '8', '186'),
  {
    text: 'P. Cockshott and K. Renaud, “Humans, Robots and Values”, *Technology in Society*, Vol. 45, 2016.',
    item: {
      type: 'article-journal',
      author: [
        { family: 'Cockshott', given: 'P.' },
        { family: 'Renaud', given: 'K.' },
      ],
      title: 'Humans, Robots and Values',
      'container-title': 'Technology in Society',
      volume: '45',
      issued: y(2016),
    },
    parsed: ['title', 'container-title', 'volume'],
  },
  {
    text: '王水兴：《人工智能的马克思劳动价值论审思》，《马克思主义研究》2021年第5期。',
    item: WANG_2021,
    parsed: ARTICLE_PARSED,
  },
  {
    text: 'L. Lohmann, “Interpretation Machines: Contradictions of ‘Artificial Intelligence’ in 21<sup>st</sup>-Century Capitalism”, in Leo Panitch and Greg Albo (eds.), *Beyond Digital Capitalism: New Ways of Living*, London: The Merlin Press, 2020, p. 54.',
    item: {
      type: 'chapter',
      author: [{ family: 'Lohmann', given: 'L.' }],
      title: 'Interpretation Machines: Contradictions of ‘Artificial Intelligence’ in 21st-Century Capitalism',
      editor: [
        { family: 'Panitch', given: 'Leo' },
        { family: 'Albo', given: 'Greg' },
      ],
      'container-title': 'Beyond Digital Capitalism: New Ways of Living',
      'publisher-place': 'London',
      publisher: 'The Merlin Press',
      issued: y(2020),
    },
    locator: '54',
    locatorRaw: 'p. 54',
    parsed: ['title', 'editor', 'container-title', 'publisher'],
  },
  // page 7
  m('《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第185页。', '8', '185'),
  {
    text: '参见胡斌、何云峰：《弱人工智能时代的劳动价值论与劳动制度》，《浙江工商大学学报》2019年第4期。',
    item: article(lit('胡斌', '何云峰'), '弱人工智能时代的劳动价值论与劳动制度', '浙江工商大学学报', 2019, '4'),
    prefix: '参见',
    parsed: ARTICLE_PARSED,
  },
  {
    text: '刘海龙、连晓东：《新常人统治的来临：ChatGPT与传播研究》，《新闻记者》2023年第6期。',
    item: article(lit('刘海龙', '连晓东'), '新常人统治的来临：ChatGPT与传播研究', '新闻记者', 2023, '6'),
    parsed: ARTICLE_PARSED,
  },
  {
    text: '孙伟平：《人机之间的工作竞争：挑战与出路——从风靡全球的ChatGPT谈起》，《思想理论教育》2023年第3期。',
    item: SUN_2023,
    parsed: ARTICLE_PARSED,
  },
  BOSTROM('210', '[英]'),
  INHUMAN('Dyer-Witheyford', '110'),
  {
    text: '刘儒、李超阳：《人工智能时代价值和剩余价值源泉再认识》，《马克思主义理论学科研究》2022年第1期。',
    item: article(lit('刘儒', '李超阳'), '人工智能时代价值和剩余价值源泉再认识', '马克思主义理论学科研究', 2022, '1'),
    parsed: ARTICLE_PARSED,
  },
  m('《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第69页。', '8', '69'),
  m('《马克思恩格斯文集》第9卷，北京：人民出版社，2009年，第550页。', '9', '550'),
  // page 8
  {
    text: 'George Caffentzis, *In Letters of Blood and Fire: Work, Machines, and the Crisis of Capitalism*, Oakland: PM Press, 2013, pp. 161-175.',
    item: CAFFENTZIS,
    locator: '161-175',
    locatorRaw: 'pp. 161-175',
  },
  {
    text: '赵汀阳：《人工智能“革命”的“近忧”和“远虑”——一种伦理学和存在论的分析》，《哲学动态》2018年第4期。',
    item: ZHAO_2018,
    parsed: ARTICLE_PARSED,
  },
  {
    text: '邓晓芒：《人工智能的本质》，《山东社会科学》2022年第12期。',
    item: article(lit('邓晓芒'), '人工智能的本质', '山东社会科学', 2022, '12'),
    parsed: ARTICLE_PARSED,
  },
  {
    text: '王水兴：《人工智能的马克思劳动价值论审思》，《马克思主义研究》2021年第5期。',
    item: WANG_2021,
    parsed: ARTICLE_PARSED,
  },
  // page 9: spaces between Chinese and digits
  {
    text: '陶锋：《代理、模拟与技艺：人工智能艺术生产的哲学阐释》，《哲学研究》2023 年第 3 期。',
    item: article(lit('陶锋'), '代理、模拟与技艺：人工智能艺术生产的哲学阐释', '哲学研究', 2023, '3'),
    parsed: ARTICLE_PARSED,
  },
  {
    text: '〔德〕莫里茨·奥滕立德：《数字工厂》，黄瑶译，北京：中国科学技术出版社，2023 年，第 8 页。',
    item: translated(foreign('〔德〕', '莫里茨·奥滕立德'), '数字工厂', lit('黄瑶'), '北京', '中国科学技术出版社', 2023),
    locator: '8',
    locatorRaw: '第 8 页',
    parsed: BOOK_PARSED,
  },
  {
    text: '参见黄再胜：《数字剩余价值的生产、实现与分配》，《马克思主义研究》2022 年第 3 期。',
    item: article(lit('黄再胜'), '数字剩余价值的生产、实现与分配', '马克思主义研究', 2022, '3'),
    prefix: '参见',
    parsed: ARTICLE_PARSED,
  },
  // page 10
  PRECHT('12', '[德]'),
  // page 11
  {
    text: '参见黄再胜、宋艳丽：《平台体制、劳动能动与数字资本主义的生产政治》，《马克思主义理论学科研究》2023年第1期。',
    item: article(
      lit('黄再胜', '宋艳丽'),
      '平台体制、劳动能动与数字资本主义的生产政治',
      '马克思主义理论学科研究',
      2023,
      '1',
    ),
    prefix: '参见',
    parsed: ARTICLE_PARSED,
  },
  m('《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第66页。', '8', '66'),
  BOSTROM('202', '[英]'),
  // page 12
  m('《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第198页。', '8', '198'),
  {
    text: '[以] 尤瓦尔·赫拉利：《未来简史：从智人到神人》，林俊宏译，北京：中信出版社，2017年，第288-289页。',
    item: translated(
      foreign('[以]', '尤瓦尔·赫拉利'),
      '未来简史：从智人到神人',
      lit('林俊宏'),
      '北京',
      '中信出版社',
      2017,
    ),
    locator: '288-289',
    parsed: BOOK_PARSED,
  },
  BOSTROM('205', '[英] '),
  JONES('21', '[英] '),
  {
    text: '赵汀阳：《人工智能“革命”的“近忧”和“远虑”——一种伦理学和存在论的分析》，《哲学动态》2018年第4期。',
    item: ZHAO_2018,
    parsed: ARTICLE_PARSED,
  },
  INHUMAN('Dyer-Witheford', '156'),
  JONES('91', '[英] '),
  m('《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第97页。', '8', '97'),
  {
    text: 'Zachary Biondi, “The Specter of Automation”, <https://doi.org/10.1007/s11406-022-00604-x>.',
    item: {
      type: 'article-journal',
      author: [{ family: 'Biondi', given: 'Zachary' }],
      title: 'The Specter of Automation',
      DOI: '10.1007/s11406-022-00604-x',
      URL: 'https://doi.org/10.1007/s11406-022-00604-x',
    },
    parsed: ['title', 'DOI', 'URL'],
  },
  // page 13
  m('《马克思恩格斯文集》第5卷，北京：人民出版社，2009年，第508页。', '5', '508'),
  m('《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第66页。', '8', '66'),
  m('《马克思恩格斯文集》第5卷，北京：人民出版社，2009年，第451页注释。', '5', '451', '第451页注释'),
  m('《马克思恩格斯文集》第5卷，北京：人民出版社，2009年，第874页。', '5', '874'),
];

const ENTRIES: Row[] = [
  {
    text: '[美] 杰里米·里夫金：《韧性时代：重新思考人类的发展和进化》，郑挺颖、阮南捷译，北京：中信出版社，2022年。',
    item: translated(
      foreign('[美]', '杰里米·里夫金'),
      '韧性时代：重新思考人类的发展和进化',
      lit('郑挺颖', '阮南捷'),
      '北京',
      '中信出版社',
      2022,
    ),
    parsed: BOOK_PARSED,
  },
  {
    text: '[美] 凯文·凯利：《5000天后的世界》，潘小多译，北京：中信出版社，2023年。',
    item: translated(foreign('[美]', '凯文·凯利'), '5000天后的世界', lit('潘小多'), '北京', '中信出版社', 2023),
    parsed: BOOK_PARSED,
  },
  {
    text: '[法] 约瑟夫·希发基思：《理解和改变世界》，唐杰、阮南捷译，北京：中信出版社，2023年。',
    item: translated(
      foreign('[法]', '约瑟夫·希发基思'),
      '理解和改变世界',
      lit('唐杰', '阮南捷'),
      '北京',
      '中信出版社',
      2023,
    ),
    parsed: BOOK_PARSED,
  },
  {
    text: 'C. Fuchs, *Digital Labor and Karl Marx*, London: Routledge, 2014.',
    item: {
      type: 'book',
      author: [{ family: 'Fuchs', given: 'C.' }],
      title: 'Digital Labor and Karl Marx',
      'publisher-place': 'London',
      publisher: 'Routledge',
      issued: y(2014),
    },
    parsed: ['title'],
  },
];

const CJK = /[\u3400-\u9fff]/u;
const visible = (s: string) => s.replace(/<\/?sup>/g, '').replace(/[*_]/g, '');

function check(row: Row) {
  const r = parseReference(row.text);
  const lang = CJK.test(row.text) ? 'zh' : 'en';
  expect(r.failure).toBeUndefined();
  expect(r.kind).toBe('full');
  expect(r.lang).toBe(lang);
  expect(r.item).toEqual({ id: '', language: lang === 'zh' ? 'zh-CN' : 'en-US', ...row.item });
  expect(r.prefix).toBe(row.prefix ?? null);
  expect(r.locator).toBe(row.locator ?? null);
  if (row.locatorRaw) expect(r.locatorRaw).toBe(row.locatorRaw);
  if (!row.locator) expect(r.locatorRaw).toBeNull();

  // Spans point into the string as given, markup included.
  const at = (f: string) => {
    const s = r.spans[f];
    expect(s, `span of ${f}`).toBeDefined();
    return row.text.slice(s!.start, s!.end);
  };
  if (row.item.title) expect(visible(at('title'))).toBe(row.item.title);
  if (row.item['container-title']) expect(visible(at('container-title'))).toBe(row.item['container-title']);
  if (r.locatorRaw) expect(at('locator')).toBe(r.locatorRaw);
  for (const role of ['author', 'editor', 'translator'] as const) {
    const names = row.item[role] as CslName[] | undefined;
    if (!names) continue;
    const span = at(role);
    const first = names[0]!;
    const last = names[names.length - 1]!;
    expect(span).toContain(first.literal ?? first.given!);
    expect(span).toContain(last.literal ?? last.family!);
  }

  // Every field found says how; explicit cues say `parsed`.
  for (const f of Object.keys(row.item)) if (f !== 'type') expect(r.confidence[f], `confidence of ${f}`).toBeDefined();
  for (const f of row.parsed ?? []) expect(r.confidence[f], `confidence of ${f}`).toBe('parsed');
}

describe('parse: every footnote of the reference manuscript', () => {
  it('has all 66 notes', () => {
    expect(NOTES).toHaveLength(66);
  });
  NOTES.forEach((row, k) => {
    it(`note ${k + 1}: ${row.text.slice(0, 36)}`, () => {
      check(row);
    });
  });
});

describe('parse: the reference manuscript’s reference list', () => {
  ENTRIES.forEach((row, k) => {
    it(`[${k + 1}] ${row.text.slice(0, 36)}`, () => {
      check(row);
    });
  });
});

describe('parse: reference-manuscript notes with what surrounds them in a note', () => {
  it('ignores the closing full stop and surrounding white space', () => {
    const a = parseReference('  《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第185页  ');
    const b = parseReference('《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第185页。');
    expect(a.item).toEqual(b.item);
    expect(a.locator).toBe('185');
    expect(a.spans.title).toEqual({ start: 3, end: 11 });
  });

  it('reads the same with and without spaces between Chinese and digits', () => {
    const a = parseReference('陶锋：《代理、模拟与技艺》，《哲学研究》2023 年第 3 期。');
    const b = parseReference('陶锋：《代理、模拟与技艺》，《哲学研究》2023年第3期。');
    expect(a.item).toEqual(b.item);
    const c = parseReference(
      '〔德〕莫里茨·奥滕立德：《数字工厂》，黄瑶译，北京：中国科学技术出版社，2023 年，第 8 页。',
    );
    const d = parseReference('〔德〕莫里茨·奥滕立德：《数字工厂》，黄瑶译，北京：中国科学技术出版社，2023年，第8页。');
    expect(c.item).toEqual(d.item);
    expect(c.locator).toBe(d.locator);
  });
});
