import { describe, expect, it } from 'vitest';
import { parseReference } from '../../src/parse/index.js';

type Row = [string, Record<string, unknown>, { locator?: string | null; prefix?: string | null; absent?: string[] }?];

const year = (...p: number[]) => ({ 'date-parts': [p] });

/** Parse tables: the reference manuscript's note forms first, then the other common forms. */
const MANUSCRIPT: Row[] = [
  [
    '孙伟平：《智能系统的劳动及其社会后果》，《哲学研究》2021年第8期。',
    {
      type: 'article-journal',
      language: 'zh-CN',
      author: [{ literal: '孙伟平' }],
      title: '智能系统的劳动及其社会后果',
      'container-title': '哲学研究',
      issued: year(2021),
      issue: '8',
    },
    { locator: null, absent: ['volume', 'page'] },
  ],
  [
    '参见徐璐：《“无人化”生产的马克思劳动价值论审思》，《当代经济研究》2023年第11期。',
    {
      type: 'article-journal',
      author: [{ literal: '徐璐' }],
      title: '“无人化”生产的马克思劳动价值论审思',
      'container-title': '当代经济研究',
      issue: '11',
    },
    { prefix: '参见' },
  ],
  [
    '《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第185-186、186页。',
    {
      type: 'book',
      title: '马克思恩格斯文集',
      volume: '8',
      'publisher-place': '北京',
      publisher: '人民出版社',
      issued: year(2009),
    },
    { locator: '185-186, 186', absent: ['author', 'page'] },
  ],
  [
    'George Caffentzis, *In Letters of Blood and Fire: Work, Machines, and the Crisis of Capitalism*, Oakland: PM Press, 2013, p. 131.',
    {
      type: 'book',
      language: 'en-US',
      author: [{ family: 'Caffentzis', given: 'George' }],
      title: 'In Letters of Blood and Fire: Work, Machines, and the Crisis of Capitalism',
      'publisher-place': 'Oakland',
      publisher: 'PM Press',
      issued: year(2013),
    },
    { locator: '131' },
  ],
  [
    'George Caffentzis, *In Letters of Blood and Fire: Work, Machines, and the Crisis of Capitalism*, Oakland: PM Press, 2013, pp. 161-175.',
    { type: 'book' },
    { locator: '161-175' },
  ],
  [
    '[美] 大卫·哈维：《马克思与〈资本论〉》，周大昕译，北京：中信出版社，2018年，第188页。',
    {
      type: 'book',
      author: [{ literal: '大卫·哈维', 'x-nationality': '[美]' }],
      translator: [{ literal: '周大昕' }],
      title: '马克思与〈资本论〉',
      'publisher-place': '北京',
      publisher: '中信出版社',
      issued: year(2018),
    },
    { locator: '188' },
  ],
  [
    '〔德〕莫里茨·奥滕立德：《数字工厂》，黄瑶译，北京：中国科学技术出版社，2023 年，第 8 页。',
    {
      type: 'book',
      author: [{ literal: '莫里茨·奥滕立德', 'x-nationality': '〔德〕' }],
      translator: [{ literal: '黄瑶' }],
      publisher: '中国科学技术出版社',
      issued: year(2023),
    },
    { locator: '8' },
  ],
  [
    '陶锋：《代理、模拟与技艺：人工智能艺术生产的哲学阐释》，《哲学研究》2023 年第 3 期。',
    {
      type: 'article-journal',
      title: '代理、模拟与技艺：人工智能艺术生产的哲学阐释',
      'container-title': '哲学研究',
      issued: year(2023),
      issue: '3',
    },
  ],
  [
    '[英]尼克·波斯特洛姆：《超级智能：路线图、危险性与应对策略》，张体伟、张玉青译，北京：中信出版社，2015年，第210页。',
    {
      author: [{ literal: '尼克·波斯特洛姆', 'x-nationality': '[英]' }],
      translator: [{ literal: '张体伟' }, { literal: '张玉青' }],
    },
    { locator: '210' },
  ],
  [
    '陆晓娇、张亮：《人工智能价值论问题的解构与重构》，《当代经济研究》2023年第7期。',
    { author: [{ literal: '陆晓娇' }, { literal: '张亮' }] },
  ],
  [
    'C. Hughes and A. Southern, “The World of Work and the Crisis of Capitalism: Marx and the Fourth Industrial Revolution”, *Journal of Classical Sociology*, Vol. 19, No. 1, 2019.',
    {
      type: 'article-journal',
      author: [
        { family: 'Hughes', given: 'C.' },
        { family: 'Southern', given: 'A.' },
      ],
      title: 'The World of Work and the Crisis of Capitalism: Marx and the Fourth Industrial Revolution',
      'container-title': 'Journal of Classical Sociology',
      volume: '19',
      issue: '1',
      issued: year(2019),
    },
    { locator: null, absent: ['page'] },
  ],
  [
    'McKinsey and Company, “The Economic Potential of Generative AI: The Next Productivity Frontier”, <https://www.mckinsey.com/capabilities/mckinsey-digital/our-insights/the-economic-potential-of-generative-ai-the-next-productivity-frontier>.',
    {
      type: 'webpage',
      author: [{ literal: 'McKinsey and Company' }],
      title: 'The Economic Potential of Generative AI: The Next Productivity Frontier',
      URL: 'https://www.mckinsey.com/capabilities/mckinsey-digital/our-insights/the-economic-potential-of-generative-ai-the-next-productivity-frontier',
    },
    { absent: ['issued', 'accessed'] },
  ],
  [
    'D. Della Ratta, “Digital Socialism beyond the Digital Social: Confronting Communicative Capitalism with Ethics of Care?”, *tripleC*, Vol. 18, No. 1, 2020.',
    {
      type: 'article-journal',
      author: [{ family: 'Della Ratta', given: 'D.' }],
      'container-title': 'tripleC',
      volume: '18',
      issue: '1',
      issued: year(2020),
    },
  ],
  [
    'P. Cockshott and K. Renaud, “Humans, Robots and Values”, *Technology in Society*, Vol. 45, 2016.',
    { type: 'article-journal', 'container-title': 'Technology in Society', volume: '45', issued: year(2016) },
    { absent: ['issue'] },
  ],
  [
    'L. Lohmann, “Interpretation Machines: Contradictions of ‘Artificial Intelligence’ in 21<sup>st</sup>-Century Capitalism”, in Leo Panitch and Greg Albo (eds.), *Beyond Digital Capitalism: New Ways of Living*, London: The Merlin Press, 2020, p. 54.',
    {
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
      issued: year(2020),
    },
    { locator: '54' },
  ],
  [
    'N. Dyer-Witheyford, Atle Mikkola Kjosén and James Steinhoff, *Inhuman Power: Artificial Intelligence and the Future of Capitalism*, London: Pluto Press, 2019, p. 110.',
    {
      type: 'book',
      author: [
        { family: 'Dyer-Witheyford', given: 'N.' },
        { family: 'Kjosén', given: 'Atle Mikkola' },
        { family: 'Steinhoff', given: 'James' },
      ],
      publisher: 'Pluto Press',
    },
    { locator: '110' },
  ],
  [
    'Zachary Biondi, “The Specter of Automation”, <https://doi.org/10.1007/s11406-022-00604-x>.',
    {
      type: 'article-journal',
      author: [{ family: 'Biondi', given: 'Zachary' }],
      title: 'The Specter of Automation',
      DOI: '10.1007/s11406-022-00604-x',
    },
    { absent: ['container-title', 'issued'] },
  ],
  ['《马克思恩格斯文集》第5卷，北京：人民出版社，2009年，第451页注释。', { volume: '5' }, { locator: '451' }],
  ['《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第198、97页。', { volume: '8' }, { locator: '198, 97' }],
];

const OTHER: Row[] = [
  [
    '《马克思恩格斯文集》第1卷，人民出版社2009年版，第5页。',
    { type: 'book', title: '马克思恩格斯文集', volume: '1', publisher: '人民出版社', issued: year(2009) },
    { locator: '5', absent: ['publisher-place'] },
  ],
  [
    '马克思：《资本论》第1卷，人民出版社2004年版，第100～101页。',
    { author: [{ literal: '马克思' }], volume: '1' },
    { locator: '100-101' },
  ],
  [
    '《人民日报》2022年8月16日，第17版。',
    { type: 'article-newspaper', 'container-title': '人民日报', issued: year(2022, 8, 16), page: '17' },
  ],
  [
    '张三：《近代中国的报业》，博士学位论文，北京师范大学历史系，2000年，第25页。',
    { type: 'thesis', genre: '博士学位论文', publisher: '北京师范大学历史系', issued: year(2000) },
    { locator: '25' },
  ],
  [
    '李四：《论法治》，载王五主编：《法学文集》，北京：法律出版社，2001年，第30页。',
    {
      type: 'chapter',
      title: '论法治',
      editor: [{ literal: '王五' }],
      'container-title': '法学文集',
      publisher: '法律出版社',
    },
    { locator: '30' },
  ],
  [
    '王六：《甘肃史论》，《社会科学》（兰州）1990年第6期。',
    {
      type: 'article-journal',
      'container-title': '社会科学',
      'x-container-qualifier': '兰州',
      issued: year(1990),
      issue: '6',
    },
  ],
  [
    '陈七：《文章》，《东方杂志》第4卷第6期，1936年6月15日。',
    { type: 'article-journal', 'container-title': '东方杂志', volume: '4', issue: '6', issued: year(1936) },
  ],
  [
    '任继愈主编：《中国哲学史》，北京：人民出版社，1963年。',
    { type: 'book', editor: [{ literal: '任继愈' }], title: '中国哲学史' },
    { absent: ['author'] },
  ],
  [
    '转引自张三：《书》，北京：中华书局，2000年，第3页。',
    { publisher: '中华书局' },
    { prefix: '转引自', locator: '3' },
  ],
  [
    'See Leo Panitch, *Book Title*, London: Verso, 2001, pp. 3-5.',
    { type: 'book', author: [{ family: 'Panitch', given: 'Leo' }] },
    { prefix: 'See', locator: '3-5' },
  ],
  [
    'Stewart M. McCauley and Morten H. Christiansen, “Language Learning as Language Use: A Cross-Linguistic Model of Child Language Development,” Psychological Review, vol. 126, no. 1 (2019), pp. 1-51.',
    {
      type: 'article-journal',
      'container-title': 'Psychological Review',
      volume: '126',
      issue: '1',
      issued: year(2019),
      page: '1-51',
    },
    { locator: null },
  ],
  // 《中国社会科学》 forms: collected works, parts of books, meetings, the web, newspapers, reports
  [
    '马克思：《政治经济学批判》，《马克思恩格斯全集》（第2版）第35卷，北京：人民出版社，2013年，第302页。',
    {
      type: 'chapter',
      author: [{ literal: '马克思' }],
      title: '政治经济学批判',
      'container-title': '马克思恩格斯全集',
      volume: '35',
      'publisher-place': '北京',
      publisher: '人民出版社',
      issued: year(2013),
    },
    { locator: '302' },
  ],
  [
    '《马克思恩格斯全集》（第2版）第35卷，北京：人民出版社，2013年，第302页。',
    { type: 'book', title: '马克思恩格斯全集', edition: '2', volume: '35' },
    { locator: '302', absent: ['author'] },
  ],
  [
    '李四：《论法治》，见王五主编：《法学文集》，北京：法律出版社，2001年，第30页。',
    { type: 'chapter', editor: [{ literal: '王五' }], 'container-title': '法学文集' },
    { locator: '30', prefix: null },
  ],
  [
    '李四：《论法治》，载《法学文集》第2卷，北京：法律出版社，2001年，第30页。',
    { type: 'chapter', 'container-title': '法学文集', volume: '2' },
    { locator: '30', absent: ['editor'] },
  ],
  [
    '任东来：《对国际体制和国际制度的理解和翻译》，全球化与亚太区域化国际研讨会论文，天津，2000年6月。',
    {
      type: 'paper-conference',
      'event-title': '全球化与亚太区域化国际研讨会论文',
      'publisher-place': '天津',
      issued: year(2000, 6),
    },
  ],
  [
    '王明亮：《关于中国学术期刊标准化数据库系统工程的进展》，1998年8月16日，http://www.cajcd.cn/pub/wml.txt/980810-2.html，1998年10月4日。',
    {
      type: 'webpage',
      URL: 'http://www.cajcd.cn/pub/wml.txt/980810-2.html',
      issued: year(1998, 8, 16),
      accessed: year(1998, 10, 4),
    },
  ],
  [
    '倪素香：《德育学科的比较研究与理论探索》，《武汉大学学报》（社会科学版）2002年第4期。',
    { type: 'article-journal', 'container-title': '武汉大学学报', 'x-container-qualifier': '社会科学版', issue: '4' },
  ],
  [
    '《上海各路商界总联合会致外交部电》，《民国日报》（上海）1925年8月14日，第4版。',
    {
      type: 'article-newspaper',
      'container-title': '民国日报',
      'publisher-place': '上海',
      issued: year(1925, 8, 14),
      page: '4',
    },
  ],
  [
    '习近平：《在哲学社会科学工作座谈会上的讲话》，《人民日报》2016年5月19日，第2版。',
    { type: 'article-newspaper', author: [{ literal: '习近平' }], 'container-title': '人民日报', page: '2' },
    { locator: null },
  ],
  [
    '方明东：《罗隆基政治思想研究（1913—1949）》，博士学位论文，北京师范大学历史系，2000年。',
    { type: 'thesis', title: '罗隆基政治思想研究（1913—1949）', publisher: '北京师范大学历史系' },
  ],
  [
    '中国互联网络信息中心：《第29次中国互联网络发展状况统计报告》，2012年。',
    { type: 'report', author: [{ literal: '中国互联网络信息中心' }], issued: year(2012) },
  ],
  // A short form is parsed as what it shows; linking it to its work is not the parser's job.
  [
    '黄再胜：《人工智能时代》，第5页。',
    { type: 'book', author: [{ literal: '黄再胜' }], title: '人工智能时代' },
    { locator: '5', absent: ['publisher', 'issued'] },
  ],
  // English books and articles in the Chinese journals' form and in Chicago, with cited pages apart
  [
    "David Harvey, *A Companion to Marx's Capital*, London: Verso, 2010, pp. 12-15.",
    { type: 'book', title: "A Companion to Marx's Capital", publisher: 'Verso' },
    { locator: '12-15' },
  ],
  [
    'C. Fuchs, “Labour in Informational Capitalism”, *The Information Society*, Vol. 26, No. 3, 2010, pp. 179-196.',
    {
      type: 'article-journal',
      'container-title': 'The Information Society',
      volume: '26',
      issue: '3',
      issued: year(2010),
      page: '179-196',
    },
    { locator: null },
  ],
  [
    '[2] 哈里森, 沃尔德伦. 经济数学与金融数学[M]. 谢远涛, 译. 北京: 中国人民大学出版社, 2012: 235-236.',
    {
      type: 'book',
      author: [{ literal: '哈里森' }, { literal: '沃尔德伦' }],
      translator: [{ literal: '谢远涛' }],
      title: '经济数学与金融数学',
      'publisher-place': '北京',
      publisher: '中国人民大学出版社',
      issued: year(2012),
    },
    { locator: '235-236', absent: ['page'] },
  ],
  // 编著 names the author; a part of a book (`（上）`) or of a volume (`第2卷（下）`)
  [
    '王力编著：《古代汉语》，北京：中华书局，1999年，第12页。',
    { type: 'book', author: [{ literal: '王力' }], title: '古代汉语', publisher: '中华书局', issued: year(1999) },
    { locator: '12', absent: ['editor'] },
  ],
  [
    '费正清编：《剑桥中国晚清史》（上），北京：中国社会科学出版社，1985年，第5页。',
    {
      type: 'book',
      editor: [{ literal: '费正清' }],
      title: '剑桥中国晚清史',
      volume: '上',
      publisher: '中国社会科学出版社',
    },
    { locator: '5' },
  ],
  [
    '《马克思恩格斯全集》第2卷（下），北京：人民出版社，1957年，第5页。',
    { type: 'book', title: '马克思恩格斯全集', volume: '2', 'part-number': '下', publisher: '人民出版社' },
    { locator: '5' },
  ],
  // 法学引注手册: the university and year before the degree, a body without a colon, volumes in brackets,
  // the revision of a law, a decision dated by its adoption, a site named without 《》 after 载
  [
    '李松锋：《游走在上帝与凯撒之间》，中国政法大学2015年博士学位论文。',
    {
      type: 'thesis',
      author: [{ literal: '李松锋' }],
      title: '游走在上帝与凯撒之间',
      publisher: '中国政法大学',
      issued: year(2015),
      genre: '博士学位论文',
    },
  ],
  [
    '国家能源局《水电工程水温实时监测系统技术规范》，NB/T 10386—2020。',
    { author: [{ literal: '国家能源局' }], title: '水电工程水温实时监测系统技术规范' },
  ],
  [
    '陈登原：《国史旧闻》（第1卷），中华书局2000年版。',
    { type: 'book', title: '国史旧闻', volume: '1', publisher: '中华书局', issued: year(2000) },
  ],
  [
    '《太平御览》（影印本第690卷），中华书局1985年版。',
    { title: '太平御览', volume: '690', edition: '影印本', publisher: '中华书局' },
  ],
  [
    '佚名：《晚清洋务运动事类汇钞五十七种》（上册），全国图书馆文献缩微复制中心1998年版。',
    { volume: '上册', issued: year(1998) },
  ],
  ['《公司法》（2005年修订）。', { type: 'legislation', title: '公司法', issued: year(2005) }],
  [
    '《全国人民代表大会常务委员会关于严禁卖淫嫖娼的决定》，1991年9月4日第七届全国人大常委会第二十一次会议通过。',
    { type: 'legislation', issued: year(1991, 9, 4) },
    { absent: ['publisher'] },
  ],
  [
    '汪波：《哈尔滨市政法机关正对“宝马案”认真调查复查》，载人民网2004年1月10日，http://www.people.com.cn/GB/shehui/1062/2289764.html。',
    {
      type: 'webpage',
      'container-title': '人民网',
      issued: year(2004, 1, 10),
      URL: 'http://www.people.com.cn/GB/shehui/1062/2289764.html',
    },
  ],
  // Cases and web pages without 《》
  [
    '包郑照诉苍南县人民政府强制拆除房屋案，浙江省高级人民法院民事判决书（1988）浙法民上字 7 号。',
    {
      type: 'legal_case',
      title: '包郑照诉苍南县人民政府强制拆除房屋案',
      authority: '浙江省高级人民法院',
      number: '（1988）浙法民上字 7 号',
      issued: year(1988),
    },
  ],
  [
    '陆红霞诉南通市发改委政府信息公开案，载《最高人民法院公报》2015年第11期。',
    {
      type: 'legal_case',
      title: '陆红霞诉南通市发改委政府信息公开案',
      'container-title': '最高人民法院公报',
      issued: year(2015),
      issue: '11',
    },
  ],
  [
    '中国科学院文献情报中心：中国科学院科技论文预发布平台，https://chinaxiv.org/home.htm，2025年3月6日访问。',
    {
      type: 'webpage',
      author: [{ literal: '中国科学院文献情报中心' }],
      title: '中国科学院科技论文预发布平台',
      URL: 'https://chinaxiv.org/home.htm',
      accessed: year(2025, 3, 6),
    },
  ],
  [
    '西黄丸，载2023年10月7日，https://ydz.chp.org.cn/#/item?bookId=1&entryId=1154。',
    { type: 'webpage', title: '西黄丸', issued: year(2023, 10, 7) },
  ],
  // Laws, notices and standards say what they are: a document number, an article, a standard's number, a law's title
  [
    '《国务院关于在全国建立农村最低生活保障制度的通知》，国发〔2007〕19号。',
    { type: 'legislation', title: '国务院关于在全国建立农村最低生活保障制度的通知', number: '国发〔2007〕19号' },
  ],
  [
    '《民法总则》第 27 条第 2 款第 3 项。',
    { type: 'legislation', title: '民法总则', section: '第 27 条第 2 款第 3 项' },
  ],
  ['《刑法修正案（十）》。', { type: 'legislation', title: '刑法修正案（十）' }],
  [
    '工业和信息化部《信息技术 中文编码字符集》，GB 18030—2022。',
    { type: 'standard', author: [{ literal: '工业和信息化部' }], number: 'GB 18030—2022' },
  ],
  ['胡适：《中国哲学史大纲》，商务印书馆1919年版。', { type: 'book', publisher: '商务印书馆' }],
  ['《方法论》，商务印书馆2009年版。', { type: 'book', title: '方法论' }],
  // After 载, a journal named as one is a journal even with only a year or a supplement; a collection stays a book
  [
    '张群：《惯性增强动力吸振器-浮置板轨道低频减振性能研究》，载《铁道学报》2024年。',
    { type: 'article-journal', 'container-title': '铁道学报', issued: year(2024) },
  ],
  [
    '王利平：《过冷大水滴环境粒径分布模拟方法研究进展》，载《航空学报》2024年增刊1。',
    { type: 'article-journal', 'container-title': '航空学报', issue: '增刊1' },
  ],
  ['李四：《论法治》，载《法治文集》2001年。', { type: 'chapter', 'container-title': '法治文集' }],
];

function check([text, expected, extra]: Row) {
  const r = parseReference(text);
  expect(r.failure).toBeUndefined();
  expect(r.kind).toBe('full');
  expect(r.item).toMatchObject(expected);
  if (extra && 'locator' in extra) expect(r.locator).toBe(extra.locator);
  if (extra && 'prefix' in extra) expect(r.prefix).toBe(extra.prefix);
  for (const f of extra?.absent ?? []) expect(r.item[f], f).toBeUndefined();
}

describe('parse: the reference manuscript’s forms', () => {
  for (const row of MANUSCRIPT)
    it(row[0].slice(0, 40), () => {
      check(row);
    });
});

describe('parse: other common forms', () => {
  for (const row of OTHER)
    it(row[0].slice(0, 40), () => {
      check(row);
    });
});

describe('parse: what it cannot read', () => {
  it('returns a document with the reason, never throws', () => {
    for (const s of [
      '',
      '   ',
      '这是一段评论，没有引文',
      'Just some prose without any reference.',
      '《未闭合的书名，北京：出版社',
    ]) {
      const r = parseReference(s);
      expect(r.item.type).toBe('document');
      expect(r.failure).toBeTruthy();
      expect(r.item.note).toMatch(/not parsed/);
    }
  });
});

describe('parse: a language given by the caller', () => {
  it('reads an English note in a Chinese manuscript as English all the same', () => {
    const r = parseReference('C. Fuchs, *Digital Labor and Karl Marx*, London: Routledge, 2014, p. 5.', { lang: 'zh' });
    expect(r.failure).toBeUndefined();
    expect(r.lang).toBe('en');
    expect(r.item.language).toBe('en-US');
    expect(r.item).toMatchObject({ type: 'book', title: 'Digital Labor and Karl Marx', publisher: 'Routledge' });
    expect(r.locator).toBe('5');
  });

  it('is kept when the reference reads in it', () => {
    const r = parseReference('孙伟平：《智能系统的劳动及其社会后果》，《哲学研究》2021年第8期。', { lang: 'zh' });
    expect(r.lang).toBe('zh');
  });
});

describe('parse: commentary around the reference', () => {
  it('keeps a lead-in before 参见 as commentary', () => {
    const r = parseReference('对此问题的系统讨论，参见孙伟平：《智能系统的劳动》，北京：人民出版社，2021年，第5页。');
    expect(r.prefix).toBe('参见');
    expect(r.commentary).toBe('对此问题的系统讨论，');
    expect(r.item).toMatchObject({ author: [{ literal: '孙伟平' }], title: '智能系统的劳动', publisher: '人民出版社' });
    expect(r.locator).toBe('5');
  });

  it('keeps a remark after the reference as commentary', () => {
    const r = parseReference('孙伟平：《智能系统的劳动》，北京：人民出版社，2021年，第5页。该书第二版改动较大。');
    expect(r.commentary).toBe('该书第二版改动较大');
    expect(r.item.publisher).toBe('人民出版社');
  });

  it('keeps an English lead-in before See', () => {
    const r = parseReference(
      'On this point, see George Caffentzis, *In Letters of Blood and Fire*, Oakland: PM Press, 2013, p. 131.',
    );
    expect(r.prefix).toBe('see');
    expect(r.commentary).toBe('On this point,');
    expect(r.item.title).toBe('In Letters of Blood and Fire');
  });
});
