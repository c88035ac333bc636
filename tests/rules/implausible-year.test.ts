import { ruleTester } from '../helpers/rule-tester.js';
import { circled, pandoc, ZH_BOOK, EN_BOOK } from '../helpers/manuscripts.js';

ruleTester('implausible-year', {
  valid: [
    { name: 'zh: a recent book', code: circled([[ZH_BOOK]]) },
    { name: 'en: a book of 1776', code: pandoc(['Adam Smith, *The Wealth of Nations*, London: Strahan, 1776, p. 5.']) },
    {
      name: 'en: accessed after publication',
      code: pandoc(['Jane Doe, “A Page”, <https://example.org/a>, 2019, accessed May 1, 2020.']),
    },
  ],
  invalid: [
    {
      name: 'zh: a year in the future',
      code: circled([[ZH_BOOK.replace('2021年', '2099年')]]),
      errors: [{ messageId: 'future', data: { year: 2099 } }],
    },
    {
      name: 'en: before printing',
      code: pandoc([EN_BOOK.replace('2013', '1213')]),
      errors: [{ messageId: 'tooEarly', data: { year: 1213 } }],
    },
    {
      name: 'en: accessed before publication',
      code: pandoc(['Jane Doe, “A Page”, <https://example.org/a>, 2021, accessed May 1, 2019.']),
      errors: [{ messageId: 'accessedBefore' }],
    },
  ],
});
