import { ruleTester } from '../helpers/rule-tester.js';
import { circled, pandoc, ZH_ARTICLE } from '../helpers/manuscripts.js';

const ZH_NO_PAGE = '孙伟平：《智能系统的劳动》，北京：人民出版社，2021年。';
const EN_NO_PAGE = 'George Caffentzis, *In Letters of Blood and Fire*, Oakland: PM Press, 2013.';

ruleTester('missing-locator', {
  valid: [
    { name: 'zh: a quoted journal article needs no page', code: circled([[`>${ZH_ARTICLE}`]]) },
    { name: 'zh: 参见 a whole book', code: circled([[`>参见${ZH_NO_PAGE}`]]) },
    { name: 'zh: a paraphrased book', code: circled([[ZH_NO_PAGE]]) },
    { name: 'en: See a whole book', code: pandoc([`>See ${EN_NO_PAGE}`]) },
  ],
  invalid: [
    {
      name: 'zh: a quotation from a book without page',
      code: circled([[`>${ZH_NO_PAGE}`]]),
      errors: [{ messageId: 'noPage', places: ['①@p1'] }],
    },
    {
      name: 'en: a quotation from a book without page',
      code: pandoc([`>${EN_NO_PAGE}`]),
      errors: [{ messageId: 'noPage', places: ['[^1]'] }],
    },
  ],
});
