import { ruleTester } from '../helpers/rule-tester.js';
import { circled, pandoc, ZH_BOOK, ZH_BOOK2, EN_BOOK, EN_BOOK2 } from '../helpers/manuscripts.js';

ruleTester('duplicate-citation', {
  valid: [
    { name: 'zh: different works', code: circled([[ZH_BOOK, ZH_BOOK2]]) },
    { name: 'zh: later 同上 is not a full citation', code: circled([[ZH_BOOK, '同上，第6页。']]) },
    {
      name: 'en: short form after the full one',
      code: pandoc([EN_BOOK, EN_BOOK2, 'Caffentzis, *In Letters of Blood and Fire*, p. 140.']),
    },
    {
      name: 'zh: two volumes of one collection are two works',
      code: circled([
        [
          '《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第5页。',
          '《马克思恩格斯文集》第5卷，北京：人民出版社，2009年，第5页。',
        ],
      ]),
    },
    {
      name: 'en: a short form in two notes, its full form in neither, is no full citation twice',
      norm: 'chicago-notes',
      code: pandoc(['Lind and Ruiz, *Harbour Towns*, 12.', 'Lind and Ruiz, *Harbour Towns*, 40.']),
    },
    {
      name: 'en: two notes of commentary naming one italic title cite nothing',
      norm: 'chicago-notes',
      code: pandoc([
        '*The Glass Garden* was first shown in Leeds, where it stayed for a year.',
        'I am grateful to the gallery, which lent the room; *The Glass Garden* would not exist without it.',
      ]),
    },
    {
      name: 'zh: two remarks quoting one term cite nothing',
      norm: 'cass',
      code: circled([['这里所说的“问题意识”并不是一种方法。', '下文还会回到“问题意识”这一点上来。']]),
    },
  ],
  invalid: [
    {
      name: 'zh: one work in full on two pages',
      code: circled([[ZH_BOOK], [ZH_BOOK2, ZH_BOOK.replace('第5页', '第9页')]]),
      errors: [{ messageId: 'repeated', places: ['①@p1', '②@p2'] }],
    },
    {
      name: 'en: one book in full twice',
      code: pandoc([EN_BOOK, EN_BOOK2, EN_BOOK.replace('p. 131', 'p. 140')]),
      errors: [{ messageId: 'repeated', places: ['[^1]', '[^3]'], message: 'In Letters of Blood and Fire' }],
    },
  ],
});
