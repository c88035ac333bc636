import { ruleTester } from '../helpers/rule-tester.js';
import { circled, pandoc, ZH_BOOK, ZH_ARTICLE, EN_BOOK, EN_ARTICLE } from '../helpers/manuscripts.js';

ruleTester('missing-field', {
  valid: [
    { name: 'zh: complete book and article', code: circled([[ZH_BOOK, ZH_ARTICLE]]) },
    {
      name: 'zh: translated book with translator',
      code: circled([['[美] 大卫·哈维：《马克思与〈资本论〉》，周大昕译，北京：中信出版社，2018年，第188页。']]),
    },
    {
      name: 'zh (people): no place is right',
      norm: 'people',
      code: circled([['《马克思恩格斯文集》第1卷，人民出版社2009年版，第5页。']]),
    },
    { name: 'en: complete book and article', code: pandoc([EN_BOOK, EN_ARTICLE]) },
    {
      name: 'en: web page with access date',
      code: pandoc([
        'McKinsey and Company, “The Economic Potential of Generative AI”, <https://www.mckinsey.com/x>, accessed March 3, 2024.',
      ]),
    },
    {
      name: 'zh: short form after the full citation',
      code: circled([[ZH_BOOK, '孙伟平：《智能系统的劳动》，第9页。']]),
    },
  ],
  invalid: [
    {
      name: 'zh: book with no imprint at all',
      // One note without a year is too little to recognise a norm: the norm is given.
      norm: 'cass',
      code: circled([['孙伟平：《智能系统的劳动》，第5页。']]),
      errors: [
        { messageId: 'missing', places: ['①@p1'], data: { fields: ['publisher-place', 'publisher', 'issued'] } },
      ],
    },
    {
      name: 'zh: book without year',
      // One note without a year is too little to recognise a norm: the norm is given.
      norm: 'cass',
      code: circled([['孙伟平：《智能系统的劳动》，北京：人民出版社，第5页。']]),
      errors: [{ messageId: 'missing', places: ['①@p1'], data: { fields: ['issued'] } }],
    },
    {
      name: 'zh: translated book without translator',
      code: circled([['[美] 大卫·哈维：《马克思与〈资本论〉》，北京：中信出版社，2018年，第188页。']]),
      errors: [{ messageId: 'missing', data: { fields: ['translator'] } }],
    },
    {
      name: 'zh: article without issue',
      // One note without a year is too little to recognise a norm: the norm is given.
      norm: 'cass',
      code: circled([
        [
          '孙伟平：《智能系统的劳动及其社会后果》，《哲学研究》2021年第8期。',
          '王水兴：《人工智能的审思》，《马克思主义研究》第5期。',
        ],
      ]),
      errors: [{ messageId: 'missing', places: ['②@p1'], data: { fields: ['issued'] } }],
    },
    {
      name: 'en: article without pages',
      code: pandoc([
        'C. Hughes and A. Southern, “The World of Work”, *Journal of Classical Sociology*, Vol. 19, No. 1, 2019.',
      ]),
      errors: [{ messageId: 'missing', data: { fields: ['page'] }, message: 'lacks page range' }],
    },
    {
      name: 'en: web page without date',
      // One note without a year is too little to recognise a norm: the norm is given.
      norm: 'chicago-notes',
      code: pandoc(['McKinsey and Company, “The Economic Potential of Generative AI”, <https://www.mckinsey.com/x>.']),
      errors: [{ messageId: 'missing', data: { fields: ['issued-or-accessed'] } }],
    },
    {
      name: 'en: DOI only',
      // One note without a year is too little to recognise a norm: the norm is given.
      norm: 'chicago-notes',
      code: pandoc(['Zachary Biondi, “The Specter of Automation”, <https://doi.org/10.1007/s11406-022-00604-x>.']),
      errors: [{ messageId: 'missing', data: { fields: ['container-title', 'issued'] } }],
    },
  ],
});
