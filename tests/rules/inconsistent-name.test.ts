import { ruleTester } from '../helpers/rule-tester.js';
import { circled, pandoc } from '../helpers/manuscripts.js';

const dyer = (name: string, page: number) =>
  `${name}, Atle Mikkola Kjosén and James Steinhoff, *Inhuman Power: Artificial Intelligence and the Future of Capitalism*, London: Pluto Press, 2019, p. ${page}.`;
const zhBook = (author: string, title: string, page: number) =>
  `${author}：《${title}》，北京：人民出版社，2020年，第${page}页。`;

ruleTester('inconsistent-name', {
  valid: [
    {
      name: 'en: the same spelling twice',
      code: pandoc([dyer('N. Dyer-Witheford', 110), dyer('N. Dyer-Witheford', 156)]),
    },
    {
      name: 'en: a dropped diacritic is the same spelling',
      code: pandoc([dyer('N. Dyer-Witheford', 110), dyer('N. Dyer-Witheford', 156).replace('Kjosén', 'Kjosen')]),
    },
    {
      name: 'en: different initials are different people',
      code: pandoc([
        'C. Fuchs, *Digital Labor and Karl Marx*, London: Routledge, 2014, p. 5.',
        'D. Fuchs, *Another Book*, London: Verso, 2015, p. 6.',
      ]),
    },
    {
      name: 'en: Thompson and Thomson in two works are two people',
      code: pandoc([
        'J. Thompson, *The Making of the Class*, London: Gollancz, 1963, p. 5.',
        'J. Thomson, *Another History*, London: Verso, 1970, p. 6.',
      ]),
    },
    {
      name: 'zh: short names that differ are different people',
      code: circled([['王宁：《论文甲》，《哲学研究》2020年第1期。', '王平：《论文乙》，《哲学研究》2020年第2期。']]),
    },
    {
      name: 'zh: a three-character translator must match exactly even within one work',
      code: circled([
        [
          '[美] 大卫·哈维：《马克思与〈资本论〉》，周大昕译，北京：中信出版社，2018年，第5页。',
          '[美] 大卫·哈维：《马克思与〈资本论〉》，周大欣译，北京：中信出版社，2018年，第9页。',
        ],
      ]),
    },
    {
      name: 'zh: a compound-surname Chinese name is not a transliteration',
      code: circled([[zhBook('司马云杰', '文化社会学', 5), zhBook('司马云洁', '社会文化学', 6)]]),
    },
    {
      name: 'zh: 大卫·哈维 and 大卫·哈里 in two works are two people',
      code: circled([[zhBook('[美] 大卫·哈维', '资本的限度', 5), zhBook('[美] 大卫·哈里', '城市经验', 6)]]),
    },
    {
      name: 'zh: two institutes one character apart',
      code: circled([
        [zhBook('中国社会科学院哲学研究所', '年鉴甲', 5), zhBook('中国社会科学院文学研究所', '年鉴乙', 6)],
      ]),
    },
    {
      name: 'zh: 卡斯特尔 (Castells) and 卡斯特罗 (Castro) are two people',
      code: circled([[zhBook('[西] 卡斯特尔', '网络社会的崛起', 5), zhBook('[古] 卡斯特罗', '历史将宣判我无罪', 6)]]),
    },
    {
      name: 'zh: 马克斯·韦伯 and his brother 阿尔弗雷德·韦伯',
      code: circled([
        [zhBook('[德] 马克斯·韦伯', '新教伦理与资本主义精神', 5), zhBook('[德] 阿尔弗雷德·韦伯', '工业区位论', 6)],
      ]),
    },
    {
      name: 'zh: 霍布斯 (Hobbes) and 霍布森 (Hobson)',
      code: circled([[zhBook('[英] 霍布斯', '利维坦', 5), zhBook('[英] 霍布森', '帝国主义', 6)]]),
    },
    {
      name: 'zh: a Chinese author 傅柯 and the French 福柯 are two people',
      code: circled([[zhBook('傅柯', '明代江南市镇研究', 5), zhBook('[法] 福柯', '规训与惩罚', 6)]]),
    },
    {
      name: 'a Chinese translation and the original: 哈贝马斯 and Habermas are not two spellings',
      code: circled([
        [
          '[德] 哈贝马斯：《交往行为理论》，曹卫东译，上海：上海人民出版社，2004年，第5页。',
          'Jürgen Habermas, *The Theory of Communicative Action*, Boston: Beacon Press, 1984, p. 3.',
        ],
      ]),
    },
    {
      name: 'en: Li Chen and Li Zhen may both be pinyin: two people',
      code: pandoc([
        'Li Chen, *Rural Markets*, Beijing: Foreign Languages Press, 2001, p. 5.',
        'Li Zhen, *Urban Markets*, Beijing: Foreign Languages Press, 2003, p. 6.',
      ]),
    },
    {
      name: 'en: a Wade–Giles name with another other part is another person',
      code: pandoc([
        'Mao Tse-tung, *Selected Works*, Peking: Foreign Languages Press, 1965, p. 5.',
        'Liu Zedong, *Another Book*, Beijing: Foreign Languages Press, 2001, p. 6.',
      ]),
    },
  ],
  invalid: [
    {
      name: 'en: Dyer-Witheyford / Dyer-Witheford',
      code: pandoc([dyer('N. Dyer-Witheyford', 110), dyer('N. Dyer-Witheford', 156)]),
      errors: [
        { messageId: 'variants', places: ['[^1]', '[^2]'], data: { spellings: ['Dyer-Witheyford', 'Dyer-Witheford'] } },
      ],
    },
    {
      name: 'en: most frequent spelling first, every place listed',
      code: pandoc([dyer('N. Dyer-Witheford', 1), dyer('N. Dyer-Witheyford', 2), dyer('N. Dyer-Witheford', 3)]),
      errors: [
        {
          messageId: 'variants',
          places: ['[^1]', '[^2]', '[^3]'],
          data: {
            spellings: ['Dyer-Witheford', 'Dyer-Witheyford'],
            forms: [
              { text: 'Dyer-Witheford', places: ['note [^1]', 'note [^3]'] },
              { text: 'Dyer-Witheyford', places: ['note [^2]'] },
            ],
          },
        },
      ],
    },
    {
      name: 'en: a slip in the first letters, caught within the work',
      code: pandoc([dyer('N. Dyer-Witheford', 110), dyer('N. Byer-Witheford', 156)]),
      errors: [{ messageId: 'variants', data: { spellings: ['Dyer-Witheford', 'Byer-Witheford'] } }],
    },
    {
      name: 'en: a co-author misspelled',
      code: pandoc([dyer('N. Dyer-Witheford', 110), dyer('N. Dyer-Witheford', 156).replace('Steinhoff', 'Steinhof')]),
      errors: [{ messageId: 'variants', places: ['[^1]', '[^2]'], data: { spellings: ['Steinhoff', 'Steinhof'] } }],
    },
    {
      name: 'zh: 哈贝马斯 / 哈伯马斯 across works',
      code: circled([
        [
          '[德] 哈贝马斯：《交往行为理论》，曹卫东译，上海：上海人民出版社，2004年，第5页。',
          '[德] 哈伯马斯：《公共领域的结构转型》，曹卫东等译，上海：学林出版社，1999年，第3页。',
        ],
      ]),
      errors: [{ messageId: 'variants', places: ['①@p1', '②@p1'], data: { spellings: ['哈贝马斯', '哈伯马斯'] } }],
    },
    {
      name: 'zh: a transliterated name misspelled within one work, on two pages',
      code: circled([
        ['[德] 理查德·大卫·普雷希特：《我们的未来：数字社会乌托邦》，张冬译，北京：商务印书馆，2022年，第10页。'],
        ['[德] 理查德·大卫·普雷西特：《我们的未来：数字社会乌托邦》，张冬译，北京：商务印书馆，2022年，第12页。'],
      ]),
      errors: [
        { messageId: 'variants', places: ['①@p1', '①@p2'], message: '理查德·大卫·普雷希特, 理查德·大卫·普雷西特' },
      ],
    },
    {
      name: 'zh: 涂尔干 / 迪尔凯姆 (Durkheim) share no character but are one person',
      code: circled([[zhBook('[法] 涂尔干', '社会分工论', 5), zhBook('[法] 迪尔凯姆', '自杀论', 6)]]),
      errors: [{ messageId: 'variants', places: ['①@p1', '②@p1'], data: { spellings: ['涂尔干', '迪尔凯姆'] } }],
    },
    {
      name: 'zh: a mainland and a Taiwan form of a two-character name (福柯 / 傅柯)',
      code: circled([[zhBook('[法] 福柯', '规训与惩罚', 5), zhBook('[法] 傅柯', '疯癫与文明', 6)]]),
      errors: [{ messageId: 'variants', data: { spellings: ['福柯', '傅柯'] } }],
    },
    {
      name: 'zh: traditional characters fold, the transliteration still differs (哈貝馬斯 / 哈伯馬斯)',
      code: circled([[zhBook('[德] 哈貝馬斯', '交往行為理論', 5), zhBook('[德] 哈伯馬斯', '公共領域的結構轉型', 6)]]),
      errors: [{ messageId: 'variants', data: { spellings: ['哈貝馬斯', '哈伯馬斯'] } }],
    },
    {
      name: 'zh: a full transliteration two ways (皮埃尔·布迪厄 / 皮埃尔·布尔迪厄)',
      code: circled([[zhBook('[法] 皮埃尔·布迪厄', '区分', 5), zhBook('[法] 皮埃尔·布尔迪厄', '实践感', 6)]]),
      errors: [{ messageId: 'variants', data: { spellings: ['皮埃尔·布迪厄', '皮埃尔·布尔迪厄'] } }],
    },
    {
      name: 'en: one Chinese name in Wade–Giles and in pinyin (Mao Tse-tung / Mao Zedong)',
      code: pandoc([
        'Mao Tse-tung, *Selected Works*, Peking: Foreign Languages Press, 1965, p. 5.',
        'Mao Zedong, *On Practice*, Beijing: Foreign Languages Press, 2001, p. 6.',
      ]),
      errors: [{ messageId: 'variants', places: ['[^1]', '[^2]'], data: { spellings: ['Tse-tung', 'Zedong'] } }],
    },
    {
      name: "en: Fei Hsiao-t'ung / Fei Xiaotong",
      code: pandoc([
        "Fei Hsiao-t'ung, *From the Soil*, Berkeley: University of California Press, 1992, p. 5.",
        'Fei Xiaotong, *Rural China*, Beijing: Foreign Languages Press, 2010, p. 6.',
      ]),
      errors: [{ messageId: 'variants', data: { spellings: ["Hsiao-t'ung", 'Xiaotong'] } }],
    },
  ],
});
