import { ruleTester } from '../helpers/rule-tester.js';
import { circled, pandoc, ZH_BOOK, ZH_BOOK2, EN_BOOK, EN_BOOK2 } from '../helpers/manuscripts.js';

ruleTester('ibid-ambiguous', {
  valid: [
    { name: 'zh: 同上 after a single citation', code: circled([[ZH_BOOK, '同上，第6页。', '同上书，第7页。']]) },
    { name: 'en: Ibid. after a single citation', code: pandoc([EN_BOOK, 'Ibid., p. 140.']) },
    { name: 'zh: 同上 across a page where the norm allows it', code: circled([[ZH_BOOK], ['同上。']]) },
    { name: 'zh: 同前注1 finds note ①', norm: 'law', code: circled([[ZH_BOOK, ZH_BOOK2, '同前注1，第8页。']]) },
  ],
  invalid: [
    { name: 'zh: 同上 in the first note', code: circled([['同上，第3页。', ZH_BOOK]]), errors: [{ messageId: 'first', places: ['①@p1'] }] },
    { name: 'zh: after a note with two citations', code: circled([[`${ZH_BOOK.replace('。', '')}；${ZH_BOOK2}`, '同上。']]), errors: [{ messageId: 'several', places: ['①@p1', '②@p1'] }] },
    { name: 'en: Ibid. after two works', code: pandoc([`${EN_BOOK.replace(/\.$/, '')}; ${EN_BOOK2}`, 'Ibid.']), errors: [{ messageId: 'several' }] },
    { name: 'zh (law): 同上 across a page break', norm: 'law', code: circled([[ZH_BOOK], ['同上，第6页。']]), errors: [{ messageId: 'acrossPage', places: ['①@p1', '①@p2'] }] },
    { name: 'zh: 同前注9 points nowhere', code: circled([[ZH_BOOK, '同前注9。']]), errors: [{ messageId: 'unresolved', places: ['②@p1'] }] },
  ],
});
