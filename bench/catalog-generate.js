// Generates a synthetic catalog of N CSL-JSON records (JSON lines) for the catalog benchmark: Chinese and
// English books and articles whose titles, names, journals and years are drawn from vocabularies, so
// blocks and trigram postings have realistic skew (a quarter of English titles start with "The").
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { rng } from './rng.js';

export { rng };

const ZH_WORDS =
  '人工智能 数字劳动 资本 价值 马克思 劳动价值论 平台 算法 社会 经济 政治经济学 研究 理论 问题 发展 时代 批判 现代化 中国 治理 技术 生产 分配 市场 国家 文化 历史 哲学 伦理 主体 异化 剥削 剩余价值 生产力 生产关系 全球化 城市 农村 教育 法治 制度 改革 创新 网络 信息 数据 知识 科学 意识形态 共同体 正义 自由 权利 现代性 传统 转型 结构 逻辑 路径 机制 视域 反思 重构 建构 探析 考察 述评 比较 实践 方法 范式 进路 困境 出路 前景 挑战 机遇 意义 价值观 认同 话语 叙事 空间 时间 身体 主体性 公共性 合法性'.split(
    ' ',
  );
const ZH_TAILS = [
  '研究',
  '论',
  '探析',
  '初探',
  '新论',
  '导论',
  '——基于马克思主义的视角',
  '的理论与实践',
  '的历史考察',
  '问题研究',
];
const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建波宁斌凯浩宇晨欣怡佳琪思远博文志国庆海峰雪梅红东海兵龙飞',
];
const ZH_JOURNALS = [
  '中国社会科学',
  '哲学研究',
  '马克思主义研究',
  '经济研究',
  '社会学研究',
  '政治学研究',
  '探索与争鸣',
  '学术月刊',
  '江海学刊',
  '求是',
  '教学与研究',
  '当代世界与社会主义',
  '武汉大学学报（哲学社会科学版）',
  '南京大学学报',
  '天津社会科学',
  '学术研究',
  '思想战线',
  '现代哲学',
  '世界哲学',
  '经济学动态',
];
const ZH_PUBLISHERS = [
  '人民出版社',
  '商务印书馆',
  '中华书局',
  '中国社会科学出版社',
  '北京大学出版社',
  '中国人民大学出版社',
  '上海人民出版社',
  '生活·读书·新知三联书店',
  '中信出版社',
  '社会科学文献出版社',
];
const EN_WORDS =
  'capital labor labour value digital platform algorithm society economy political theory history critique work automation machine intelligence artificial power state market class struggle crisis global city culture knowledge data information network technology production social reproduction surplus wage money finance debt empire democracy freedom justice ethics philosophy modern modernity revolution revolutionary industrial age future past present world nation law order governance institution education science method practice ideology subject object body space time communication media commons property rent land nature ecology climate energy growth development inequality poverty welfare care gender race migration border war peace memory identity community'.split(
    ' ',
  );
const EN_LINKS = ['and', 'of', 'in', 'the', 'for', 'after', 'beyond', 'against', 'under'];
const EN_FAMILIES = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Miller',
  'Davis',
  'Wilson',
  'Anderson',
  'Taylor',
  'Thomas',
  'Moore',
  'Martin',
  'Jackson',
  'Thompson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Robinson',
  'Walker',
  'Young',
  'Allen',
  'King',
  'Wright',
  'Scott',
  'Green',
  'Baker',
  'Adams',
  'Nelson',
  'Hill',
  'Campbell',
  'Mitchell',
  'Roberts',
  'Carter',
  'Phillips',
  'Evans',
  'Turner',
  'Torres',
  'Parker',
  'Collins',
  'Edwards',
  'Stewart',
  'Morris',
  'Murphy',
  'Cook',
  'Rogers',
  'Morgan',
  'Peterson',
  'Cooper',
  'Reed',
  'Bailey',
  'Bell',
  'Gomez',
  'Kelly',
  'Howard',
  'Ward',
  'Cox',
  'Diaz',
  'Richardson',
  'Wood',
  'Watson',
  'Brooks',
  'Bennett',
  'Gray',
  'James',
  'Reyes',
  'Cruz',
  'Hughes',
  'Price',
  'Myers',
  'Long',
  'Foster',
  'Sanders',
  'Ross',
  'Morales',
  'Powell',
  'Sullivan',
  'Russell',
  'Ortiz',
  'Jenkins',
  'Gutierrez',
  'Perry',
  'Butler',
  'Barnes',
  'Fisher',
  'Henderson',
  'Coleman',
  'Simmons',
  'Patterson',
  'Jordan',
  'Reynolds',
  'Hamilton',
  'Graham',
  'Kim',
  'Gonzales',
  'Alexander',
  'Ramos',
  'Wallace',
  'Griffin',
  'West',
  'Cole',
  'Hayes',
  'Chavez',
  'Gibson',
  'Bryant',
  'Ellis',
  'Stevens',
  'Murray',
  'Ford',
  'Marshall',
  'Owens',
  'McDonald',
  'Harrison',
  'Ruiz',
  'Kennedy',
  'Wells',
  'Alvarez',
  'Woods',
  'Mendoza',
  'Castillo',
  'Olson',
  'Webb',
  'Washington',
  'Tucker',
  'Freeman',
  'Burns',
  'Henry',
  'Vasquez',
  'Snyder',
  'Simpson',
  'Crawford',
  'Jimenez',
  'Porter',
  'Mason',
  'Shaw',
  'Gordon',
  'Wagner',
  'Hunter',
  'Romero',
  'Hicks',
  'Dixon',
  'Hunt',
  'Palmer',
  'Robertson',
  'Black',
  'Holmes',
  'Stone',
  'Meyer',
  'Boyd',
  'Mills',
  'Warren',
  'Fox',
  'Rose',
  'Rice',
  'Moreno',
  'Schmidt',
  'Patel',
  'Ferguson',
  'Nichols',
  'Herrera',
  'Medina',
  'Ryan',
  'Fernandez',
  'Weaver',
  'Daniels',
  'Stephens',
  'Gardner',
  'Payne',
  'Kelley',
  'Dunn',
  'Pierce',
  'Arnold',
  'Tran',
  'Spencer',
  'Peters',
  'Hawkins',
  'Grant',
  'Hansen',
  'Castro',
  'Hoffman',
  'Hart',
  'Elliott',
  'Cunningham',
  'Knight',
  'Bradley',
];
const EN_GIVEN = [
  'A.',
  'B.',
  'C.',
  'D.',
  'E.',
  'F.',
  'G.',
  'H.',
  'J.',
  'K.',
  'L.',
  'M.',
  'N.',
  'P.',
  'R.',
  'S.',
  'T.',
  'W.',
  'David',
  'Karl',
  'Nick',
  'Mary',
  'Sarah',
  'John',
  'Anna',
  'Paul',
  'Maria',
  'James',
];
const EN_JOURNALS = [
  'Journal of Classical Sociology',
  'New Left Review',
  'Capital & Class',
  'Historical Materialism',
  'Science & Society',
  'Review of Radical Political Economics',
  'TripleC',
  'Economy and Society',
  'Theory, Culture & Society',
  'Rethinking Marxism',
  'Monthly Review',
  'Journal of Economic Perspectives',
  'American Sociological Review',
  'Sociology',
  'Work, Employment and Society',
  'New Media & Society',
];
const EN_PUBLISHERS = [
  'Verso',
  'Routledge',
  'Polity',
  'Oxford University Press',
  'Cambridge University Press',
  'Pluto Press',
  'PM Press',
  'Duke University Press',
  'MIT Press',
  'Penguin',
  'Monthly Review Press',
  'Palgrave Macmillan',
];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

function capital(w) {
  return w[0].toUpperCase() + w.slice(1);
}

export function makeRecord(rand, i) {
  const zh = rand() < 0.5;
  const article = rand() < 0.5;
  const year = 1950 + Math.floor(rand() * 76);
  if (zh) {
    const n = 2 + Math.floor(rand() * 4);
    let title = '';
    for (let k = 0; k < n; k++) title += (k && rand() < 0.3 ? '与' : '') + pick(rand, ZH_WORDS);
    if (rand() < 0.5) title += pick(rand, ZH_TAILS);
    const authors = Array.from({ length: 1 + Math.floor(rand() * 2) }, () => ({
      literal: pick(rand, SURNAMES) + pick(rand, GIVEN) + (rand() < 0.6 ? pick(rand, GIVEN) : ''),
    }));
    const base = { id: `r${i}`, title, author: authors, issued: { 'date-parts': [[year]] }, language: 'zh-CN' };
    return article
      ? {
          ...base,
          type: 'article-journal',
          'container-title': pick(rand, ZH_JOURNALS),
          issue: String(1 + Math.floor(rand() * 12)),
        }
      : { ...base, type: 'book', publisher: pick(rand, ZH_PUBLISHERS), 'publisher-place': '北京' };
  }
  const n = 3 + Math.floor(rand() * 6);
  const words = [];
  for (let k = 0; k < n; k++) words.push(k && rand() < 0.3 ? pick(rand, EN_LINKS) : capital(pick(rand, EN_WORDS)));
  let title = words.join(' ');
  if (rand() < 0.25) title = `The ${title}`;
  if (rand() < 0.3) title += `: ${capital(pick(rand, EN_WORDS))} and ${capital(pick(rand, EN_WORDS))}`;
  const authors = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ({
    family: pick(rand, EN_FAMILIES),
    given: pick(rand, EN_GIVEN),
  }));
  const base = { id: `r${i}`, title, author: authors, issued: { 'date-parts': [[year]] }, language: 'en-US' };
  return article
    ? {
        ...base,
        type: 'article-journal',
        'container-title': pick(rand, EN_JOURNALS),
        volume: String(1 + Math.floor(rand() * 60)),
        issue: String(1 + Math.floor(rand() * 4)),
        DOI: `10.${1000 + Math.floor(rand() * 9000)}/${i.toString(36)}`,
      }
    : { ...base, type: 'book', publisher: pick(rand, EN_PUBLISHERS), 'publisher-place': 'London' };
}

/** Writes N records as JSON lines; the same seed gives the same file. */
export async function writeCatalogSource(path, count, seed = 7) {
  const rand = rng(seed);
  const out = createWriteStream(path);
  let chunk = '';
  for (let i = 0; i < count; i++) {
    chunk += `${JSON.stringify(makeRecord(rand, i))}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}
