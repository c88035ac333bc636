import { ruleTester } from '../helpers/rule-tester.js';
import { circled, ZH_BOOK } from '../helpers/manuscripts.js';

const list = (items: string[]) =>
  `见${items.map((_, k) => `[${k + 1}]`).join('')}。\n\n## 参考文献\n\n${items.map((t, k) => `[${k + 1}] ${t}`).join('\n')}\n`;
const A = '孙伟平. 智能系统的劳动及其社会后果[J]. 哲学研究, 2021(8): 30-40.';
const B = '赵汀阳. 天下的当代性[M]. 北京: 中信出版社, 2016.';
const C = 'FUCHS C. Digital labor and Karl Marx[M]. London: Routledge, 2014.';
const MEW = (v: number) =>
  `中共中央马克思恩格斯列宁斯大林著作编译局. 马克思恩格斯文集: 第${v}卷[M]. 北京: 人民出版社, 2009.`;

ruleTester('duplicate-entry', {
  valid: [
    { name: 'zh: distinct entries', code: list([A, B]) },
    { name: 'zh: two volumes of one collection', code: list([MEW(5), MEW(8)]) },
    {
      name: 'zh: two editions of one book, listed on purpose',
      code: list([
        '马克思. 资本论: 第1卷[M]. 北京: 人民出版社, 1975.',
        '马克思. 资本论: 第1卷[M]. 北京: 人民出版社, 2004.',
      ]),
    },
    {
      name: 'zh: a work in the notes and once in the list',
      code:
        circled([[ZH_BOOK, ZH_BOOK]]) +
        '\n## 参考文献\n\n- [1] 孙伟平：《智能系统的劳动》，北京：人民出版社，2021年。\n',
    },
    {
      name: 'en: distinct entries',
      code: list([C, 'HARVEY D. Marx, capital and the madness of economic reason[M]. London: Profile Books, 2017.']),
    },
  ],
  invalid: [
    {
      name: 'zh: the same article twice',
      code: list([A, B, A.replace('30-40', '30-41')]),
      errors: [{ messageId: 'duplicate', places: ['[1]', '[3]'], data: { places: ['[1]', '[3]'] } }],
    },
    {
      name: 'zh: a footnoted paper listing one book twice',
      code:
        circled([[ZH_BOOK]]) +
        '\n## 参考文献\n\n- [1] 孙伟平：《智能系统的劳动》，北京：人民出版社，2021年。\n- [2] 孙伟平：《智能系统的劳动》，北京：人民出版社，2021年。\n',
      errors: [
        { messageId: 'duplicate', places: ['[1]', '[2]'], message: '《智能系统的劳动》 is listed more than once' },
      ],
    },
    {
      name: 'en: the same book twice',
      code: list([C, C]),
      errors: [{ messageId: 'duplicate', places: ['[1]', '[2]'] }],
    },
    {
      name: 'en: two editions, one of them listed twice',
      code: list([C, C.replace('2014', '2021'), C]),
      errors: [{ messageId: 'duplicate', places: ['[1]', '[3]'] }],
    },
    {
      name: 'en: the same book, once in capitals (GB/T) and once as printed',
      code: list([C, 'Fuchs C. Digital Labor and Karl Marx[M]. London: Routledge, 2014.']),
      errors: [{ messageId: 'duplicate', places: ['[1]', '[2]'] }],
    },
  ],
});
