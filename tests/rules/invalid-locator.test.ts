import { ruleTester } from '../helpers/rule-tester.js';
import { circled, pandoc } from '../helpers/manuscripts.js';

const zh = (pages: string) => circled([[`孙伟平：《智能系统的劳动》，北京：人民出版社，2021年，${pages}。`]]);
const en = (pages: string) =>
  pandoc([`George Caffentzis, *In Letters of Blood and Fire*, Oakland: PM Press, 2013, ${pages}.`]);

ruleTester('invalid-locator', {
  valid: [
    { name: 'zh: a range and a later page', code: zh('第185-186、190页') },
    { name: 'zh: pages in order of quotation', code: zh('第198、97页') },
    { name: 'en: an abbreviated range', code: en('pp. 288-89') },
    { name: 'en: p. with one page', code: en('p. 131') },
  ],
  invalid: [
    {
      name: 'zh: a page inside the range before it',
      code: zh('第185-186、186页'),
      errors: [{ messageId: 'repeated', places: ['①@p1'], data: { page: 186 } }],
    },
    { name: 'zh: a reversed range', code: zh('第20-12页'), errors: [{ messageId: 'reversed' }] },
    { name: 'zh: the same page twice', code: zh('第12、12页'), errors: [{ messageId: 'repeated' }] },
    { name: 'en: p. with a range', code: en('p. 161-175'), errors: [{ messageId: 'pWithRange' }] },
    { name: 'en: pp. with one page', code: en('pp. 161'), errors: [{ messageId: 'ppWithPage' }] },
  ],
});
