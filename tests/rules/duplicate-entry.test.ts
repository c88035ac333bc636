import { ruleTester } from '../helpers/rule-tester.js';

const list = (items: string[]) => `见${items.map((_, k) => `[${k + 1}]`).join('')}。\n\n## 参考文献\n\n${items.map((t, k) => `[${k + 1}] ${t}`).join('\n')}\n`;
const A = '孙伟平. 智能系统的劳动及其社会后果[J]. 哲学研究, 2021(8): 30-40.';
const B = '赵汀阳. 天下的当代性[M]. 北京: 中信出版社, 2016.';
const C = 'FUCHS C. Digital labor and Karl Marx[M]. London: Routledge, 2014.';

ruleTester('duplicate-entry', {
  valid: [
    { name: 'zh: distinct entries', code: list([A, B]) },
    { name: 'en: distinct entries', code: list([C, 'HARVEY D. Marx, capital and the madness of economic reason[M]. London: Profile Books, 2017.']) },
  ],
  invalid: [
    { name: 'zh: the same article twice', code: list([A, B, A.replace('30-40', '30-41')]), errors: [{ messageId: 'duplicate', places: ['[1]', '[3]'] }] },
    { name: 'en: the same book twice', code: list([C, C]), errors: [{ messageId: 'duplicate', places: ['[1]', '[2]'] }] },
  ],
});
