import { ruleTester } from '../helpers/rule-tester.js';
import { circled, pandoc, EN_BOOK } from '../helpers/manuscripts.js';

const tr = (nat: string, page: number) =>
  `${nat}大卫·哈维：《马克思与〈资本论〉》，周大昕译，北京：中信出版社，2018年，第${page}页。`;
const art = (y: string) => `孙伟平：《智能系统的劳动及其社会后果》，《哲学研究》${y}。`;

ruleTester('inconsistent-format', {
  valid: [
    { name: 'zh: one bracket style, one spacing', code: circled([[tr('[美] ', 1), tr('[美] ', 2), tr('[英] ', 3)]]) },
    {
      name: 'zh: figures in titles do not count',
      code: circled([
        ['[美] 凯文·凯利：《5000天后的世界》，潘小多译，北京：中信出版社，2023年，第3页。', art('2021年第8期')],
      ]),
    },
    {
      name: 'zh — and en - side by side: each language is consistent',
      code: pandoc([
        tr('[美] ', 1).replace('第1页', '第131—132页'),
        tr('[美] ', 2).replace('第2页', '第140—145页'),
        EN_BOOK.replace('p. 131', 'pp. 131-132'),
        EN_BOOK.replace('p. 131', 'pp. 140-145'),
      ]),
    },
    {
      name: 'zh: a case number and an article cited keep the spacing they were issued with',
      code: circled([
        [
          art('2021年第8期'),
          art('2022年第1期'),
          '包郑照诉苍南县人民政府强制拆除房屋案，浙江省高级人民法院民事判决书（1988）浙法民上字 7 号。',
          '《民法总则》第 27 条第 2 款第 3 项。',
        ],
      ]),
    },
    {
      name: 'en: one dash style',
      code: pandoc([EN_BOOK.replace('p. 131', 'pp. 131-132'), EN_BOOK.replace('p. 131', 'pp. 140-145')]),
    },
  ],
  invalid: [
    {
      name: 'zh: 〔德〕 among [ ]',
      code: circled([[tr('[美] ', 1), tr('[英] ', 2), tr('〔德〕 ', 3)]]),
      errors: [{ messageId: 'bracket', places: ['③@p1'], data: { dominant: '[美]' } }],
    },
    {
      name: 'zh: [英]菲尔 against [英] 菲尔',
      code: circled([[tr('[美] ', 1), tr('[英] ', 2), tr('[英]', 3)]]),
      errors: [{ messageId: 'nationalitySpace', places: ['③@p1'] }],
    },
    {
      name: 'zh: 2023 年第 3 期 among 2021年第8期',
      code: circled([[art('2021年第8期'), art('2022年第1期'), art('2023 年第 3 期')]]),
      errors: [{ messageId: 'cjkDigitSpace', places: ['③@p1'] }],
    },
    {
      name: 'zh: 年 against 年版',
      code: circled([
        [
          '《马克思恩格斯文集》第1卷，人民出版社2009年版，第5页。',
          '《资本论》第1卷，人民出版社2004年版，第8页。',
          '《列宁选集》第2卷，北京：人民出版社，2012年，第3页。',
        ],
      ]),
      errors: [{ messageId: 'yearSuffix', places: ['③@p1'] }],
    },
    {
      name: 'en: hyphen against en dash',
      code: pandoc([
        EN_BOOK.replace('p. 131', 'pp. 131-132'),
        EN_BOOK.replace('p. 131', 'pp. 133-134'),
        EN_BOOK.replace('p. 131', 'pp. 140–145'),
      ]),
      errors: [{ messageId: 'dash', places: ['[^3]'] }],
    },
    {
      name: 'zh: ～ among — while English keeps its hyphen',
      code: pandoc([
        tr('[美] ', 1).replace('第1页', '第131—132页'),
        tr('[美] ', 2).replace('第2页', '第133—134页'),
        tr('[美] ', 3).replace('第3页', '第140～145页'),
        EN_BOOK.replace('p. 131', 'pp. 131-132'),
      ]),
      errors: [{ messageId: 'dash', places: ['[^3]'] }],
    },
  ],
});
