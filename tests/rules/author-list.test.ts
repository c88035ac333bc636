import { ruleTester } from '../helpers/rule-tester.js';
import { circled, pandoc } from '../helpers/manuscripts.js';

ruleTester('author-list', {
  valid: [
    { name: 'zh: three authors', code: circled([['张三、李四、王五：《论文》，《哲学研究》2020年第1期。']]) },
    { name: 'zh: 等 after three', code: circled([['张三、李四、王五等：《论文》，《哲学研究》2020年第1期。']]) },
    {
      name: 'en: et al. in an English citation',
      code: pandoc(['A. Smith et al., “Article”, *Journal*, Vol. 1, No. 2, 2020, pp. 1-9.']),
    },
  ],
  invalid: [
    {
      name: 'zh: four authors',
      code: circled([['张三、李四、王五、赵六：《论文》，《哲学研究》2020年第1期。']]),
      errors: [{ messageId: 'tooMany', data: { count: 4, max: 3 } }],
    },
    {
      name: 'en: 等 in an English citation',
      code: circled([['A. Smith 等, “Article”, *Journal*, Vol. 1, No. 2, 2020, pp. 1-9.']]),
      errors: [{ messageId: 'dengInEnglish', places: ['①@p1'] }],
    },
    {
      name: 'zh: et al. in a Chinese citation',
      code: circled([['张三 et al.：《论文》，《哲学研究》2020年第1期。']]),
      errors: [{ messageId: 'etAlInChinese' }],
    },
    {
      name: 'en: four authors in a Chinese norm',
      norm: 'cass',
      code: pandoc(['A. Smith, B. Jones, C. Brown and D. White, “Article”, *Journal*, Vol. 1, No. 2, 2020, pp. 1-9.']),
      errors: [{ messageId: 'tooMany' }],
    },
  ],
});
