import { ruleTester } from '../helpers/rule-tester.js';
import { circled, pandoc, ZH_BOOK, ZH_BOOK2, EN_BOOK, EN_BOOK2 } from '../helpers/manuscripts.js';

ruleTester('ibid-ambiguous', {
  valid: [
    { name: 'zh: 同上 after a single citation', code: circled([[ZH_BOOK, '同上，第6页。', '同上书，第7页。']]) },
    { name: 'en: Ibid. after a single citation', code: pandoc([EN_BOOK, 'Ibid., p. 140.']) },
    { name: 'en: Ibid. after Ibid.', code: pandoc([EN_BOOK, 'Ibid., p. 140.', 'Ibid., p. 141.']) },
    { name: 'zh: 同上 across a page where the norm allows it', code: circled([[ZH_BOOK], ['同上。']]) },
    { name: 'zh: 同前注1 finds note ①', norm: 'law', code: circled([[ZH_BOOK, ZH_BOOK2, '同前注1，第8页。']]) },
    {
      name: 'zh (law): 同前注1 reaches back across a page, as it is meant to',
      norm: 'law',
      code: circled([[ZH_BOOK, ZH_BOOK2], ['同前注1，第8页。']]),
    },
    {
      name: 'zh: 同上 as the second citation of a note refers to the first',
      code: circled([[`${ZH_BOOK.replace('。', '')}；同上，第9页。`]]),
    },
  ],
  invalid: [
    {
      name: 'zh: 同上 in the first note',
      code: circled([['同上，第3页。', ZH_BOOK]]),
      errors: [{ messageId: 'first', places: ['①@p1'], data: { form: '同上' } }],
    },
    {
      name: 'en: Ibid. in the first note',
      code: pandoc(['Ibid., p. 3.', EN_BOOK]),
      errors: [{ messageId: 'first', places: ['[^1]'], message: '“Ibid.” in note [^1] is in the first note' }],
    },
    {
      name: 'zh: after a note with two citations',
      code: circled([[`${ZH_BOOK.replace('。', '')}；${ZH_BOOK2}`, '同上。']]),
      errors: [{ messageId: 'several', places: ['①@p1', '②@p1'], data: { count: 2 } }],
    },
    {
      name: 'en: Ibid. after two works',
      code: pandoc([`${EN_BOOK.replace(/\.$/, '')}; ${EN_BOOK2}`, 'Ibid.']),
      errors: [{ messageId: 'several', places: ['[^1]', '[^2]'] }],
    },
    {
      name: 'zh (law): 同上 across a page break',
      norm: 'law',
      code: circled([[ZH_BOOK], ['同上，第6页。']]),
      errors: [{ messageId: 'acrossPage', places: ['①@p1', '①@p2'] }],
    },
    {
      name: 'zh (law): a chain of 同上 across a page is one finding',
      norm: 'law',
      code: circled([[ZH_BOOK], ['同上，第6页。', '同上，第7页。']]),
      errors: [{ messageId: 'acrossPage', places: ['①@p1', '①@p2'] }],
    },
    {
      name: 'zh: 同前注9 points nowhere',
      code: circled([[ZH_BOOK, '同前注9。']]),
      errors: [{ messageId: 'unresolved', places: ['②@p1'] }],
    },
  ],
});
