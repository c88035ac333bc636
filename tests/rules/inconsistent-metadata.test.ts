import { ruleTester } from '../helpers/rule-tester.js';
import { circled, pandoc } from '../helpers/manuscripts.js';

const harvey = (pub: string, year: string, page: string) => `[美] 大卫·哈维：《马克思与〈资本论〉》，周大昕译，北京：${pub}，${year}年，第${page}页。`;

ruleTester('inconsistent-metadata', {
  valid: [
    { name: 'zh: the same imprint each time', code: circled([[harvey('中信出版社', '2018', '5')], [harvey('中信出版社', '2018', '9')]]) },
    { name: 'zh: a short form omits the imprint', code: circled([[harvey('中信出版社', '2018', '5'), '大卫·哈维：《马克思与〈资本论〉》，第9页。']]) },
    { name: 'en: same book, different pages', code: pandoc(['George Caffentzis, *In Letters of Blood and Fire*, Oakland: PM Press, 2013, p. 131.', 'Ibid.', 'George Caffentzis, *In Letters of Blood and Fire*, Oakland: PM Press, 2013, p. 161.']) },
  ],
  invalid: [
    { name: 'zh: the year differs', code: circled([[harvey('中信出版社', '2018', '5')], [harvey('中信出版社', '2017', '9')]]),
      errors: [{ messageId: 'differs', places: ['①@p1', '①@p2'], data: { field: 'issued', values: ['2018', '2017'] } }] },
    { name: 'en: the publisher differs', code: pandoc(['George Caffentzis, *In Letters of Blood and Fire*, Oakland: PM Press, 2013, p. 131.', 'George Caffentzis, *In Letters of Blood and Fire*, Oakland: Autonomedia, 2013, p. 161.']),
      errors: [{ messageId: 'differs', data: { field: 'publisher' } }] },
  ],
});
