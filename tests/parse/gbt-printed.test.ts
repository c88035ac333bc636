import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseReference } from '../../src/parse/index.js';
import { expectRow, SCORED, year, type ParseRow } from '../helpers/parse-table.js';

/**
 * GB/T 7714 entries as they are printed outside the standard's own example list: GB/T 7714—2025 with
 * full-width marks (`北京：中华书局，2012：35`, `2013（1）：56-75`), exports with no space after the stops
 * (`杨洪升.四库馆私家抄校书考略[J].文献,2013(1):56-75.`), and the 2025 standard's new places for a
 * standard's number, a dataset's publisher and date, a map's scale. Values keep the marks as printed.
 * A scored field not listed must stay empty; the third element is the cited page (locator).
 */
type Row = ParseRow;

const ROWS: Row[] = [
  // Full-width marks (GB/T 7714—2025 and many journals' house styles)
  [
    '[40] 杨洪升. 四库馆私家抄校书考略[J]. 文献，2013（1）：56-75.',
    {
      type: 'article-journal',
      author: [{ literal: '杨洪升' }],
      title: '四库馆私家抄校书考略',
      'container-title': '文献',
      issued: year(2013),
      issue: '1',
      page: '56-75',
    },
    null,
  ],
  [
    '[42] 于潇，刘义，柴跃廷，等. 互联网药品可信交易环境中主体资质审核备案模式[J]. 清华大学学报（自然科学版），2012，52（11）：1518-1523.',
    {
      type: 'article-journal',
      author: [{ literal: '于潇' }, { literal: '刘义' }, { literal: '柴跃廷' }],
      title: '互联网药品可信交易环境中主体资质审核备案模式',
      'container-title': '清华大学学报（自然科学版）',
      issued: year(2012),
      volume: '52',
      issue: '11',
      page: '1518-1523',
    },
    null,
  ],
  [
    '[43] 久保智康. 花枝蝶鸟方镜的镜范：以平安后期的铜镜制作工艺为中心[J]. 顾幼静，译. 东方博物，2009（1）：85-92.',
    {
      type: 'article-journal',
      author: [{ literal: '久保智康' }],
      title: '花枝蝶鸟方镜的镜范：以平安后期的铜镜制作工艺为中心',
      translator: [{ literal: '顾幼静' }],
      'container-title': '东方博物',
      issued: year(2009),
      issue: '1',
      page: '85-92',
    },
    null,
  ],
  [
    '[41] 丁文详. 数字革命与竞争国际化[N]. 中国青年报，2000-11-20（15）.',
    {
      type: 'article-newspaper',
      author: [{ literal: '丁文详' }],
      title: '数字革命与竞争国际化',
      'container-title': '中国青年报',
      issued: year(2000, 11, 20),
      page: '15',
    },
    null,
  ],
  [
    '[10] 哈里森，沃尔德伦. 经济数学与金融数学[M]. 谢远涛，译. 北京：中国人民大学出版社，2012：235-236.',
    {
      type: 'book',
      author: [{ literal: '哈里森' }, { literal: '沃尔德伦' }],
      title: '经济数学与金融数学',
      translator: [{ literal: '谢远涛' }],
      'publisher-place': '北京',
      publisher: '中国人民大学出版社',
      issued: year(2012),
    },
    '235-236',
  ],
  [
    '[25] Deverell W，Igler D. A companion to California history[M]. New York：John Wiley & Sons，2013：21-22.',
    {
      type: 'book',
      author: [
        { family: 'Deverell', given: 'W' },
        { family: 'Igler', given: 'D' },
      ],
      title: 'A companion to California history',
      'publisher-place': 'New York',
      publisher: 'John Wiley & Sons',
      issued: year(2013),
    },
    '21-22',
  ],
  [
    '[53] Des Marais D J，Strauss H，Summons R E，et al. Carbon isotope evidence for the stepwise oxidation of the Proterozoic environment[J]. Nature，1992，359：605-609.',
    {
      type: 'article-journal',
      author: [
        { family: 'Des Marais', given: 'D J' },
        { family: 'Strauss', given: 'H' },
        { family: 'Summons', given: 'R E' },
      ],
      title: 'Carbon isotope evidence for the stepwise oxidation of the Proterozoic environment',
      'container-title': 'Nature',
      issued: year(1992),
      volume: '359',
      page: '605-609',
    },
    null,
  ],
  [
    '[29] 魏丽英. 论近代西北人口波动的若干主要原因[J]. 社会科学，1990（6）：68-73, 86.',
    {
      type: 'article-journal',
      author: [{ literal: '魏丽英' }],
      title: '论近代西北人口波动的若干主要原因',
      'container-title': '社会科学',
      issued: year(1990),
      issue: '6',
      page: '68-73, 86',
    },
    null,
  ],
  // No space after the stops (database exports)
  [
    '[1] 杨洪升.四库馆私家抄校书考略[J].文献,2013(1):56-75.',
    {
      type: 'article-journal',
      author: [{ literal: '杨洪升' }],
      title: '四库馆私家抄校书考略',
      'container-title': '文献',
      issued: year(2013),
      issue: '1',
      page: '56-75',
    },
    null,
  ],
  [
    '[2] 哈里森,沃尔德伦.经济数学与金融数学[M].谢远涛,译.北京:中国人民大学出版社,2012:235-236.',
    {
      type: 'book',
      author: [{ literal: '哈里森' }, { literal: '沃尔德伦' }],
      title: '经济数学与金融数学',
      translator: [{ literal: '谢远涛' }],
      'publisher-place': '北京',
      publisher: '中国人民大学出版社',
      issued: year(2012),
    },
    '235-236',
  ],
  [
    '[3] 汪学军.中国农业转基因生物研发进展与安全管理[C]//国家环境保护总局生物安全管理办公室.中国国家生物安全框架实施国际合作项目研讨会论文集.北京:中国环境科学出版社,2005:22-25.',
    {
      type: 'paper-conference',
      author: [{ literal: '汪学军' }],
      title: '中国农业转基因生物研发进展与安全管理',
      editor: [{ literal: '国家环境保护总局生物安全管理办公室' }],
      'container-title': '中国国家生物安全框架实施国际合作项目研讨会论文集',
      'publisher-place': '北京',
      publisher: '中国环境科学出版社',
      issued: year(2005),
      page: '22-25',
    },
    null,
  ],
  // The 2025 standard's other places
  [
    '[84] GB/T 3792—2021 信息与文献 资源描述[S].',
    { type: 'standard', title: '信息与文献 资源描述', number: 'GB/T 3792—2021' },
    null,
  ],
  [
    '[91] AIAA G-136-2022 Guide to lithium battery safety for space applications[S].',
    { type: 'standard', title: 'Guide to lithium battery safety for space applications', number: 'AIAA G-136-2022' },
    null,
  ],
  [
    '[129] 彭守璋. 1901—2023年中国1km分辨率逐月降水量数据集[DS]. 西北农林科技大学水土保持研究所（2024-07-19）[2024-11-25].',
    {
      type: 'dataset',
      author: [{ literal: '彭守璋' }],
      title: '1901—2023年中国1km分辨率逐月降水量数据集',
      publisher: '西北农林科技大学水土保持研究所',
      issued: year(2024, 7, 19),
    },
    null,
  ],
  [
    '[141] Jenkins S D，Ruostekoski J. Controlled manipulation of light by cooperative response of atoms in an optical lattice[PP/OL]. V2. arXiv（2012-03-18）[2020-06-24]. https://doi.org/10.48550/arXiv.1112.6136.',
    {
      type: 'article',
      author: [
        { family: 'Jenkins', given: 'S D' },
        { family: 'Ruostekoski', given: 'J' },
      ],
      title: 'Controlled manipulation of light by cooperative response of atoms in an optical lattice',
      publisher: 'arXiv',
      issued: year(2012, 3, 18),
      DOI: '10.48550/arXiv.1112.6136',
      URL: 'https://doi.org/10.48550/arXiv.1112.6136',
    },
    null,
  ],
  [
    '[119] 胡健民. 东南极拉斯曼丘陵地区地质图. 1:25000[CM]. 北京：科学出版社，2021. 128cm×84cm.',
    {
      type: 'map',
      author: [{ literal: '胡健民' }],
      title: '东南极拉斯曼丘陵地区地质图',
      scale: '1:25000',
      'publisher-place': '北京',
      publisher: '科学出版社',
      issued: year(2021),
    },
    null,
  ],
  // Volumes after the colon: `卷 N` and `v.N`, with the section a volume's number is followed by
  [
    '[1] 陈登原. 国史旧闻: 卷 1[M]. 北京: 中华书局, 2000: 29.',
    {
      type: 'book',
      author: [{ literal: '陈登原' }],
      title: '国史旧闻',
      volume: '1',
      'publisher-place': '北京',
      publisher: '中华书局',
      issued: year(2000),
    },
    '29',
  ],
  [
    '[2] 太平御览: 卷 690 服章部七[M]. 影印本. 北京: 中华书局, 1985.',
    {
      type: 'book',
      title: '太平御览',
      volume: '690',
      edition: '影印本',
      'publisher-place': '北京',
      publisher: '中华书局',
      issued: year(1985),
    },
    null,
  ],
  [
    '[19] Sadock B J，Sadock V A，Ruiz P，et al. Kaplan & Sadock’s comprehensive textbook of psychiatry：v.1[M]. 9th ed. Philadelphia：Wolters Kluwer Health/Lippincott Williams & Wilkins，2009.',
    {
      type: 'book',
      author: [
        { family: 'Sadock', given: 'B J' },
        { family: 'Sadock', given: 'V A' },
        { family: 'Ruiz', given: 'P' },
      ],
      title: 'Kaplan & Sadock’s comprehensive textbook of psychiatry',
      volume: '1',
      edition: '9th ed',
      'publisher-place': 'Philadelphia',
      publisher: 'Wolters Kluwer Health/Lippincott Williams & Wilkins',
      issued: year(2009),
    },
    null,
  ],
  [
    '[32] 大黄[M]//国家药典委员会. 中华人民共和国药典：一部. 2020版. 北京：中国医药科技出版社，2020：24-25.',
    {
      type: 'chapter',
      title: '大黄',
      editor: [{ literal: '国家药典委员会' }],
      'container-title': '中华人民共和国药典',
      volume: '一部',
      edition: '2020版',
      'publisher-place': '北京',
      publisher: '中国医药科技出版社',
      issued: year(2020),
      page: '24-25',
    },
    null,
  ],
  // A part's translator before `//`; a report's number and an archive's file after the colon
  [
    '[58] Heidegger M. On the essence of truth[M]. Sallis J，trans.//Krell D F. Basic writings. Harper Perennial Modern Thought，2008：111-138.',
    {
      type: 'chapter',
      author: [{ family: 'Heidegger', given: 'M' }],
      title: 'On the essence of truth',
      translator: [{ family: 'Sallis', given: 'J' }],
      editor: [{ family: 'Krell', given: 'D F' }],
      'container-title': 'Basic writings',
      publisher: 'Harper Perennial Modern Thought',
      issued: year(2008),
      page: '111-138',
    },
    null,
  ],
  [
    '[71] National Cancer Institute. Facing forward: Life after cancer treatment：18-2424[R]. U.S. Department of Health and Human Services, National Institutes of Health，2018.',
    {
      type: 'report',
      author: [{ literal: 'National Cancer Institute' }],
      title: 'Facing forward: Life after cancer treatment',
      number: '18-2424',
      publisher: 'U.S. Department of Health and Human Services, National Institutes of Health',
      issued: year(2018),
    },
    null,
  ],
  [
    '[115] 李鸿章. 奏请上海道库洋务外销要款无款可筹仍拨药厘接济事：04-01-35-0399-039[A]. 北京：中国第一历史档案馆，1887.',
    {
      type: 'manuscript',
      author: [{ literal: '李鸿章' }],
      title: '奏请上海道库洋务外销要款无款可筹仍拨药厘接济事',
      archive_location: '04-01-35-0399-039',
      'publisher-place': '北京',
      publisher: '中国第一历史档案馆',
      issued: year(1887),
    },
    null,
  ],
  // An old imprint without a year; a dotted abbreviation inside a title
  [
    '[8] 狄葆贤. 平等阁笔记[M]. 上海：有正书局.',
    {
      type: 'book',
      author: [{ literal: '狄葆贤' }],
      title: '平等阁笔记',
      'publisher-place': '上海',
      publisher: '有正书局',
    },
    null,
  ],
  [
    '[74] Blackwell D L，Lucas J W，Clarke T C. Summary health statistics for U.S. adults: National Health Interview Survey, 2012[R]. Centers for Disease Control and Prevention，2014.',
    {
      type: 'report',
      author: [
        { family: 'Blackwell', given: 'D L' },
        { family: 'Lucas', given: 'J W' },
        { family: 'Clarke', given: 'T C' },
      ],
      title: 'Summary health statistics for U.S. adults: National Health Interview Survey, 2012',
      publisher: 'Centers for Disease Control and Prevention',
      issued: year(2014),
    },
    null,
  ],
  [
    '[19] SADOCK B J, SADOCK V A, RUIZ P, et al. Kaplan & Sadock’s comprehensive textbook of psychiatry: Vol. 1[M]. 9th ed. Philadelphia: Wolters Kluwer Health/Lippincott Williams & Wilkins, 2009.',
    {
      type: 'book',
      author: [
        { family: 'Sadock', given: 'B J' },
        { family: 'Sadock', given: 'V A' },
        { family: 'Ruiz', given: 'P' },
      ],
      title: 'Kaplan & Sadock’s comprehensive textbook of psychiatry',
      volume: '1',
      edition: '9th ed',
      'publisher-place': 'Philadelphia',
      publisher: 'Wolters Kluwer Health/Lippincott Williams & Wilkins',
      issued: year(2009),
    },
    null,
  ],
  [
    '[92] Explosive atmospheres — Part 20-2: Material characteristics — Combustible dusts test methods: ISO/IEC 80079-20-2:2016(en)[S].',
    {
      type: 'standard',
      title: 'Explosive atmospheres — Part 20-2: Material characteristics — Combustible dusts test methods',
      number: 'ISO/IEC 80079-20-2:2016(en)',
    },
    null,
  ],
  [
    '[20] 管志道. 答屠仪部赤水丈书[M]//续问辨牍: 卷 2. 影印本. 济南: 齐鲁书社, 1997.',
    {
      type: 'chapter',
      author: [{ literal: '管志道' }],
      title: '答屠仪部赤水丈书',
      'container-title': '续问辨牍',
      volume: '2',
      edition: '影印本',
      'publisher-place': '济南',
      publisher: '齐鲁书社',
      issued: year(1997),
    },
    null,
  ],
  [
    '[59] VEEN P H van der, MULLER M, VINCKEN K L, et al. Longitudinal changes in brain volumes and cerebrovascular lesions on MRI in patients with manifest arterial disease: the SMART-MR study[J]. Journal of the Neurological Sciences, 2014, 337(1/2): 112-118.',
    {
      type: 'article-journal',
      author: [
        { family: 'Veen', given: 'P H', 'non-dropping-particle': 'van der' },
        { family: 'Muller', given: 'M' },
        { family: 'Vincken', given: 'K L' },
      ],
      title:
        'Longitudinal changes in brain volumes and cerebrovascular lesions on MRI in patients with manifest arterial disease: the SMART-MR study',
      'container-title': 'Journal of the Neurological Sciences',
      issued: year(2014),
      volume: '337',
      issue: '1/2',
      page: '112-118',
    },
    null,
  ],
  [
    '[8] 康熙字典：巳集上 水部[M]. 同文书局影印本. 北京: 中华书局, 1962: 50.',
    {
      type: 'book',
      title: '康熙字典',
      volume: '巳集上水部',
      edition: '同文书局影印本',
      'publisher-place': '北京',
      publisher: '中华书局',
      issued: year(1962),
    },
    '50',
  ],
  // English items under the generic codes: their own words name what they are; abbreviations end no sentence
  [
    '[170] Brown v. Board of Education[EB/OL]//U.S.：v.347. http://www.oyez.org/cases/1940-1955/347us483.',
    {
      type: 'legal_case',
      title: 'Brown v. Board of Education',
      'container-title': 'U.S.',
      volume: '347',
      URL: 'http://www.oyez.org/cases/1940-1955/347us483',
    },
    null,
  ],
  [
    '[178] Civil Rights Act of 1964：88-352[EB/OL]//Stat.：v.78. https://www.govinfo.gov/content/pkg/STATUE-78/pdf/STATUTE-78-Pg241.pdf.',
    {
      type: 'legislation',
      title: 'Civil Rights Act of 1964',
      number: '88-352',
      'container-title': 'Stat.',
      volume: '78',
      URL: 'https://www.govinfo.gov/content/pkg/STATUE-78/pdf/STATUTE-78-Pg241.pdf',
    },
    null,
  ],
  ['[194] U.S. Const. amend. XIX[Z].', { type: 'legislation', title: 'U.S. Const. amend. XIX' }, null],
  [
    '[186] S. Res. 438[EB/OL]//Cong. Rec.：v.162. https://www.congress.gov/congressional-record/2016/04/21/senate-section/article/S2394-2.',
    {
      type: 'legislation',
      title: 'S. Res. 438',
      'container-title': 'Cong. Rec.',
      volume: '162',
      URL: 'https://www.congress.gov/congressional-record/2016/04/21/senate-section/article/S2394-2',
    },
    null,
  ],
  [
    '[121] The wire[Z]. Blown Deadline Productions; HBO，2002—2008.',
    { type: 'broadcast', title: 'The wire', publisher: 'Blown Deadline Productions; HBO', issued: year(2002) },
    null,
  ],
  [
    '[134] Glover D. This is America[Z]. mcDJ; RCA，2018.',
    {
      type: 'song',
      author: [{ family: 'Glover', given: 'D' }],
      title: 'This is America',
      publisher: 'mcDJ; RCA',
      issued: year(2018),
    },
    null,
  ],
  [
    '[138] de Beauvoir S. Simone de Beauvoir discusses the art of writing[A]. Studs Terkel Radio Archive; The Chicago History Museum，1960-05-04.',
    {
      type: 'manuscript',
      author: [{ family: 'Beauvoir', given: 'S', 'non-dropping-particle': 'de' }],
      title: 'Simone de Beauvoir discusses the art of writing',
      publisher: 'Studs Terkel Radio Archive; The Chicago History Museum',
      issued: year(1960, 5, 4),
    },
    null,
  ],
  [
    '[151] APA Education [@APAEducation]. College students are forming mental-health clubs. They are making a difference[EB/OL]. （2018-06-29）. https://twitter.com/apaeducation/status/1012810490530140161.',
    {
      type: 'webpage',
      author: [{ literal: 'APA Education [@APAEducation]' }],
      title: 'College students are forming mental-health clubs. They are making a difference',
      issued: year(2018, 6, 29),
      URL: 'https://twitter.com/apaeducation/status/1012810490530140161',
    },
    null,
  ],
  [
    '[155] Gaiman N. 100,000+ Rohingya refugees could be at serious risk during the monsoon season. My fellow ambassador is [Image attached][EB/OL]. （2018-03-22）. http://bit.ly/2JQxPAD.',
    {
      type: 'webpage',
      author: [{ family: 'Gaiman', given: 'N' }],
      title:
        '100,000+ Rohingya refugees could be at serious risk during the monsoon season. My fellow ambassador is [Image attached]',
      issued: year(2018, 3, 22),
      URL: 'http://bit.ly/2JQxPAD',
    },
    null,
  ],
  [
    '[191] Hiremath S C，Kumar S，Lu F，et al. Using metaphors to present concepts across different intellectual domains：9,367,592[P]. 2016.',
    {
      type: 'patent',
      author: [
        { family: 'Hiremath', given: 'S C' },
        { family: 'Kumar', given: 'S' },
        { family: 'Lu', given: 'F' },
      ],
      title: 'Using metaphors to present concepts across different intellectual domains',
      number: '9,367,592',
      issued: year(2016),
    },
    null,
  ],
  // Author-year lists (著者-出版年制): inferred and spanning years, an unknown author, pages after the publisher or alone
  [
    '高等教育文献保障系统, [2025]. 馆际互借与文献传递服务[EB/OL]. [2025-06-21]. http://home.calis.edu.cn/pages/list.html.',
    {
      type: 'webpage',
      author: [{ literal: '高等教育文献保障系统' }],
      title: '馆际互借与文献传递服务',
      issued: year(2025),
      URL: 'http://home.calis.edu.cn/pages/list.html',
    },
    null,
  ],
  [
    'Anon, 2002/2008. The wire[Z]. Blown Deadline Productions; HBO.',
    { type: 'broadcast', title: 'The wire', publisher: 'Blown Deadline Productions; HBO', issued: year(2002) },
    null,
  ],
  [
    'BALSAM K F, MARTELL C R, JONES K P, et al., 2019. Affirmative cognitive behavior therapy with sexual and gender minority people[M]//IWAMASA G Y, HAYS P A. Culturally responsive cognitive behavior therapy: Practice and supervision. 2nd ed. American Psychological Association: 287-314.',
    {
      type: 'chapter',
      author: [
        { family: 'Balsam', given: 'K F' },
        { family: 'Martell', given: 'C R' },
        { family: 'Jones', given: 'K P' },
      ],
      title: 'Affirmative cognitive behavior therapy with sexual and gender minority people',
      editor: [
        { family: 'Iwamasa', given: 'G Y' },
        { family: 'Hays', given: 'P A' },
      ],
      'container-title': 'Culturally responsive cognitive behavior therapy: Practice and supervision',
      edition: '2nd ed',
      publisher: 'American Psychological Association',
      issued: year(2019),
      page: '287-314',
    },
    null,
  ],
  [
    '李妍, 王莹, 2022. 医疗机构保洁人员“一前五后”手卫生干预效果研究[C]//中华预防医学会医院感染控制分会第31次全国医院感染学术年会. 2.',
    {
      type: 'paper-conference',
      author: [{ literal: '李妍' }, { literal: '王莹' }],
      title: '医疗机构保洁人员“一前五后”手卫生干预效果研究',
      'container-title': '中华预防医学会医院感染控制分会第31次全国医院感染学术年会',
      issued: year(2022),
      page: '2',
    },
    null,
  ],
  [
    '魏丽英, 1990. 论近代西北人口波动的若干主要原因[J]. 社会科学(6): 68-73, 86.',
    {
      type: 'article-journal',
      author: [{ literal: '魏丽英' }],
      title: '论近代西北人口波动的若干主要原因',
      'container-title': '社会科学',
      issued: year(1990),
      issue: '6',
      page: '68-73, 86',
    },
    null,
  ],
  [
    'Anon, 1954. Brown v. Board of Education[A/OL]//U.S.: Vol. 347. 483. http://www.oyez.org/cases/1940-1955/347us483.',
    {
      type: 'legal_case',
      title: 'Brown v. Board of Education',
      'container-title': 'U.S.',
      volume: '347',
      page: '483',
      issued: year(1954),
      URL: 'http://www.oyez.org/cases/1940-1955/347us483',
    },
    null,
  ],
  [
    'Anon, 2019. List of oldest companies[M/OL]//Wikipedia. (2019-01-13). https://en.wikipedia.org/w/index.php?title=List_of_oldest_companies.',
    {
      type: 'chapter',
      title: 'List of oldest companies',
      'container-title': 'Wikipedia',
      issued: year(2019, 1, 13),
      URL: 'https://en.wikipedia.org/w/index.php?title=List_of_oldest_companies',
    },
    null,
  ],
  [
    '[119] Jackson P. The lord of the rings: The fellowship of the ring[Z/four-disc special extended ed. on DVD]. WingNut Films; The Saul Zaentz Company，2001.',
    {
      type: 'motion_picture',
      author: [{ family: 'Jackson', given: 'P' }],
      title: 'The lord of the rings: The fellowship of the ring',
      publisher: 'WingNut Films; The Saul Zaentz Company',
      issued: year(2001),
    },
    null,
  ],
  [
    '方向明，曹迎杰，2023. 元宇宙在图书馆的应用：理论研究与实践进展[PP/OL]. ChinaXiv（2023-03-03）[2024-09-30]. http://www.chinaxiv.org/abs/202303.00020.',
    {
      type: 'article',
      author: [{ literal: '方向明' }, { literal: '曹迎杰' }],
      title: '元宇宙在图书馆的应用：理论研究与实践进展',
      publisher: 'ChinaXiv',
      issued: year(2023, 3, 3),
      URL: 'http://www.chinaxiv.org/abs/202303.00020',
    },
    null,
  ],
  [
    '刘祥沈，2016. 沈阳市政区图. 1:170000[CM]. 武汉：武汉大学出版社. 138cm×96cm.',
    {
      type: 'map',
      author: [{ literal: '刘祥沈' }],
      title: '沈阳市政区图',
      scale: '1:170000',
      dimensions: '138cm×96cm',
      'publisher-place': '武汉',
      publisher: '武汉大学出版社',
      issued: year(2016),
    },
    null,
  ],
  [
    '钱学森，2001. 创建系统学[M]. 太原：山西科学技术出版社：序2-3.',
    {
      type: 'book',
      author: [{ literal: '钱学森' }],
      title: '创建系统学',
      'publisher-place': '太原',
      publisher: '山西科学技术出版社',
      issued: year(2001),
    },
    '序2-3',
  ],
  [
    '李妍，王莹，2022. 医疗机构保洁人员“一前五后”手卫生干预效果研究[C]//中华预防医学会医院感染控制分会第31次全国医院感染学术年会：2.',
    {
      type: 'paper-conference',
      author: [{ literal: '李妍' }, { literal: '王莹' }],
      title: '医疗机构保洁人员“一前五后”手卫生干预效果研究',
      'container-title': '中华预防医学会医院感染控制分会第31次全国医院感染学术年会',
      issued: year(2022),
      page: '2',
    },
    null,
  ],
  [
    'Anon，2016b. S. Res. 438[A]//Cong. Rec.：v.162.',
    { type: 'legislation', title: 'S. Res. 438', 'container-title': 'Cong. Rec.', volume: '162', issued: year(2016) },
    null,
  ],
  [
    'Glass I，2011. Amusement park：443[EB/OL]//This American Life. https://www.thisamericanlife.org/radio-archives/episode/443/amusement-park.',
    {
      type: 'webpage',
      author: [{ family: 'Glass', given: 'I' }],
      title: 'Amusement park',
      number: '443',
      'container-title': 'This American Life',
      issued: year(2011),
      URL: 'https://www.thisamericanlife.org/radio-archives/episode/443/amusement-park',
    },
    null,
  ],
  [
    '中国图书馆学会, 1957/1990. 图书馆学通讯[J]. 1957/1990, 1957（1）—1990（4）. 北京: 北京图书馆.',
    {
      type: 'book',
      author: [{ literal: '中国图书馆学会' }],
      title: '图书馆学通讯',
      'publisher-place': '北京',
      publisher: '北京图书馆',
      issued: year(1957),
    },
    null,
  ],
  [
    '伤心人（麦孟华）. 说奴隶[N]. 清议报(第1页).',
    {
      type: 'article-newspaper',
      author: [{ literal: '伤心人（麦孟华）' }],
      title: '说奴隶',
      'container-title': '清议报',
      page: '第1页',
    },
    null,
  ],
  [
    '任东来, 2000. 对国际体制和国际制度的理解和翻译[C]//全球化与亚太区域化国际研讨会. 天津.',
    {
      type: 'paper-conference',
      author: [{ literal: '任东来' }],
      title: '对国际体制和国际制度的理解和翻译',
      'container-title': '全球化与亚太区域化国际研讨会',
      'publisher-place': '天津',
      issued: year(2000),
    },
    null,
  ],
  [
    'Chevron U.S.A., Inc. v. Natural Resources Defense Council[Z]//U.S.：v.467. 1984：837.',
    {
      type: 'legal_case',
      title: 'Chevron U.S.A., Inc. v. Natural Resources Defense Council',
      'container-title': 'U.S.',
      volume: '467',
      issued: year(1984),
    },
    '837',
  ],
  [
    'United States v. Dino Nastasi et al.：3:15-cr-00213-FDW-DCK[Z].',
    { type: 'legal_case', title: 'United States v. Dino Nastasi et al.', number: '3:15-cr-00213-FDW-DCK' },
    null,
  ],
  [
    '[43] Online Computer Library Center, Inc. About OCLC: history of cooperation[EB/OL]. [2012-03-27]. http://www.oclc.org/about/cooperation.en.html.',
    {
      type: 'webpage',
      author: [{ literal: 'Online Computer Library Center, Inc' }],
      title: 'About OCLC: history of cooperation',
      URL: 'http://www.oclc.org/about/cooperation.en.html',
    },
    null,
  ],
];

describe('parse table: GB/T 7714 entries printed with full-width marks, without spaces, and in the 2025 forms', () => {
  it('has at least twenty cases', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(20);
  });
  for (const row of ROWS)
    it(row[0].slice(0, 60), () => {
      expectRow(row);
    });
});

/**
 * Every Chinese row of the GB/T tables printed the two other ways must read the same: with full-width
 * marks, and with no space after the stops, commas and colons. (A compaction that glues a year to a
 * title beginning with digits, `2023.2022年…`, reads as a decimal and is left out.)
 */
describe('parse table: the Chinese GB/T rows with full-width marks and without spaces', () => {
  const FIELDS = [...SCORED, 'number', 'edition'];
  const same = (x: unknown) =>
    JSON.stringify(x ?? null)
      .normalize('NFKC')
      .replace(/\s+/g, '')
      .replace(/[—–~～]/g, '-');
  const rows = (file: string) =>
    // A row's string opens the row, on its line or the next (as Prettier breaks a long row), in either quotes.
    [
      ...readFileSync(new URL(file, import.meta.url), 'utf8').matchAll(
        /^ {2}\[\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"),/gm,
      ),
    ].map((m) => (m[1] !== undefined ? m[1].replace(/\\'/g, "'") : m[2]!.replace(/\\"/g, '"')));
  const zh = [...rows('./gbt-types.test.ts'), ...rows('./gbt7714.test.ts')].filter(
    (r) => /\[[A-Z]/.test(r) && /[\u4e00-\u9fff]/.test(r),
  );
  const variants: Array<[string, (s: string) => string]> = [
    ['full-width', (s) => s.replace(/, /g, '，').replace(/: /g, '：').replace(/\(/g, '（').replace(/\)/g, '）')],
    ['compact', (s) => s.replace(/([.,:]) (?!\d{4}-)/g, '$1')],
  ];
  it('covers the Chinese rows of both tables', () => {
    expect(zh.length).toBeGreaterThanOrEqual(200);
  });
  for (const [name, f] of variants) {
    it(`reads every row the same ${name}`, () => {
      const wrong: string[] = [];
      for (const row of zh) {
        const v = f(row);
        if (v === row || /\d\.\d{4}/.test(v)) continue;
        const a = parseReference(row);
        const b = parseReference(v);
        const diff = FIELDS.filter((k) => same(a.item[k]) !== same(b.item[k]));
        if (same(a.locator) !== same(b.locator)) diff.push('locator');
        if (diff.length) wrong.push(`${v} (${diff.join(', ')})`);
      }
      expect(wrong).toEqual([]);
    });
  }
});
