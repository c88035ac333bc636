import { ruleTester } from '../helpers/rule-tester.js';
import { circled, pandoc } from '../helpers/manuscripts.js';

const harvey = (pub: string, year: string, page: string, translator = '周大昕') =>
  `[美] 大卫·哈维：《马克思与〈资本论〉》，${translator}译，北京：${pub}，${year}年，第${page}页。`;
const caff = (imprint: string, page: number) =>
  `George Caffentzis, *In Letters of Blood and Fire*, ${imprint}, p. ${page}.`;
const sun = (title: string) => `孙伟平：《${title}》，《思想理论教育》2023年第3期。`;

ruleTester('inconsistent-metadata', {
  valid: [
    {
      name: 'zh: the same imprint each time',
      code: circled([[harvey('中信出版社', '2018', '5')], [harvey('中信出版社', '2018', '9')]]),
    },
    {
      name: 'zh: a short form omits the imprint',
      code: circled([[harvey('中信出版社', '2018', '5'), '大卫·哈维：《马克思与〈资本论〉》，第9页。']]),
    },
    {
      name: 'zh: a translator list cut short with 等 agrees with the whole list',
      code: circled([
        [
          '[英]尼克·波斯特洛姆：《超级智能》，张体伟、张玉青译，北京：中信出版社，2015年，第210页。',
          '[英]尼克·波斯特洛姆：《超级智能》，张体伟等译，北京：中信出版社，2015年，第202页。',
        ],
      ]),
    },
    {
      name: 'zh: 中信出版集团 is 中信出版社 under its group name',
      code: circled([[harvey('中信出版社', '2018', '5')], [harvey('中信出版集团', '2018', '9')]]),
    },
    {
      name: 'zh: 三联书店 is 生活·读书·新知三联书店',
      code: circled([[harvey('生活·读书·新知三联书店', '2018', '5')], [harvey('三联书店', '2018', '9')]]),
    },
    {
      name: 'zh: width and spacing are not another value',
      code: circled([[harvey('中信出版社', '2018', '5')], [harvey('中信 出版社', '2018', '9')]]),
    },
    {
      name: 'en: same book, different pages',
      code: pandoc([caff('Oakland: PM Press, 2013', 131), 'Ibid.', caff('Oakland: PM Press, 2013', 161)]),
    },
    {
      name: 'en: a state after the city names the same place',
      code: pandoc([caff('Oakland: PM Press, 2013', 131), caff('Oakland, CA: PM Press, 2013', 161)]),
    },
    {
      name: 'en: a field missing on one side is not a conflict',
      code: pandoc([caff('Oakland: PM Press, 2013', 131), caff('PM Press, 2013', 161)]),
    },
    {
      name: 'en: the original and its translation may differ in imprint',
      code: pandoc([
        'J. Piaget and B. Inhelder, *The Psychology of the Child*, Paris: Quadrige, 1966, p. 5.',
        'J. Piaget and B. Inhelder, *The Psychology of the Child*, trans. H. Weaver, New York: Basic Books, 1969, p. 7.',
      ]),
    },
    {
      name: 'en: title case is not another title',
      code: pandoc([
        caff('Oakland: PM Press, 2013', 131),
        caff('Oakland: PM Press, 2013', 161).replace('In Letters of Blood and Fire', 'In letters of blood and fire'),
      ]),
    },
  ],
  invalid: [
    {
      name: 'zh: the year differs',
      code: circled([[harvey('中信出版社', '2018', '5')], [harvey('中信出版社', '2017', '9')]]),
      errors: [
        {
          messageId: 'differs',
          places: ['①@p1', '①@p2'],
          data: {
            field: 'issued',
            values: ['2018', '2017'],
            forms: [
              { text: '2018', places: ['note ① on p. 1'] },
              { text: '2017', places: ['note ① on p. 2'] },
            ],
          },
        },
      ],
    },
    {
      name: 'zh: the translator differs',
      code: circled([
        [
          harvey('中信出版社', '2018', '5'),
          harvey('中信出版社', '2018', '9', '周大昕'),
          harvey('中信出版社', '2018', '12', '周大欣'),
        ],
      ]),
      errors: [
        {
          messageId: 'differs',
          places: ['①@p1', '②@p1', '③@p1'],
          data: { field: 'translator', values: ['周大昕', '周大欣'] },
          message: 'translator differs',
        },
      ],
    },
    {
      name: 'zh: subtitle set off differently',
      code: circled([[sun('人机之间的工作竞争：挑战与出路')], [sun('人机之间的工作竞争——挑战与出路')]]),
      errors: [{ messageId: 'differs', places: ['①@p1', '①@p2'], data: { field: 'title' } }],
    },
    {
      name: 'zh: 上海三联书店 is not 三联书店',
      code: circled([[harvey('三联书店', '2018', '5')], [harvey('上海三联书店', '2018', '9')]]),
      errors: [{ messageId: 'differs', data: { field: 'publisher', values: ['三联书店', '上海三联书店'] } }],
    },
    // Both point at ①@p1; the runner orders findings at one place by message (publisher before year).
    {
      name: 'zh: two fields differ, one finding each',
      code: circled([[harvey('中信出版社', '2018', '5')], [harvey('商务印书馆', '2017', '9')]]),
      errors: [
        { messageId: 'differs', data: { field: 'publisher', values: ['中信出版社', '商务印书馆'] } },
        { messageId: 'differs', data: { field: 'issued' } },
      ],
    },
    {
      name: 'en: the publisher differs',
      code: pandoc([caff('Oakland: PM Press, 2013', 131), caff('Oakland: Autonomedia, 2013', 161)]),
      errors: [
        {
          messageId: 'differs',
          places: ['[^1]', '[^2]'],
          data: { field: 'publisher', values: ['PM Press', 'Autonomedia'] },
        },
      ],
    },
    {
      name: 'en: the place differs',
      code: pandoc([caff('Oakland: PM Press, 2013', 131), caff('Brooklyn: PM Press, 2013', 161)]),
      errors: [
        {
          messageId: 'differs',
          data: { field: 'publisher-place', values: ['Oakland', 'Brooklyn'] },
          message: 'place differs',
        },
      ],
    },
  ],
});
