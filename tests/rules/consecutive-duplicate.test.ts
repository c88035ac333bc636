import { ruleTester } from '../helpers/rule-tester.js';
import { circled, pandoc, ZH_BOOK, ZH_BOOK2, EN_BOOK, EN_BOOK2 } from '../helpers/manuscripts.js';

ruleTester('consecutive-duplicate', {
  valid: [
    { name: 'zh: 同上 where it belongs', code: circled([[ZH_BOOK, '同上。']]) },
    { name: 'zh (cass): the same book on another page of it may be repeated in full', code: circled([[ZH_BOOK, ZH_BOOK.replace('第5页', '第9页')]]) },
    { name: 'en: another work between', code: pandoc([EN_BOOK, EN_BOOK2, EN_BOOK]) },
  ],
  invalid: [
    { name: 'zh: the very same citation twice in a row', code: circled([[ZH_BOOK2, ZH_BOOK, ZH_BOOK]]), errors: [{ messageId: 'adjacent', places: ['②@p1', '③@p1'] }] },
    { name: 'zh: adjacent across a page break', code: circled([[ZH_BOOK], [ZH_BOOK]]), errors: [{ messageId: 'adjacent', places: ['①@p1', '①@p2'] }] },
    { name: 'en (chicago): any adjacent full repeat', code: pandoc([EN_BOOK, EN_BOOK.replace('p. 131', 'p. 140')]), errors: [{ messageId: 'adjacent', places: ['[^1]', '[^2]'] }] },
  ],
});
