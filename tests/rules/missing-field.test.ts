import { ruleTester } from '../helpers/rule-tester.js';
import { circled, pandoc, ZH_BOOK, ZH_ARTICLE, EN_BOOK, EN_ARTICLE } from '../helpers/manuscripts.js';

/** A GB/T 7714 numbered reference list, each entry cited once in the text. */
function gbtList(entries: string[]): string {
  const cites = entries.map((_, k) => `[${k + 1}]`).join('');
  return `# 正文\n\n如文献所述${cites}。\n\n## 参考文献\n\n${entries.map((e, k) => `[${k + 1}] ${e}`).join('\n\n')}\n`;
}

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
    {
      name: 'en (chicago-notes): a short form at the first citation is no incomplete full one',
      norm: 'chicago-notes',
      code: pandoc(['Lind, *Harbour Towns*, 44.', 'Ruiz, ‘Cranes and Quays’, 12–13.']),
    },
    {
      name: 'en: a note of commentary around an italic title cites nothing',
      norm: 'chicago-notes',
      code: pandoc([
        '*The Glass Garden* was the working title of the installation for a year.',
        'I thank the curators, who were generous with their time; *The Glass Garden* owes them much.',
      ]),
    },
    {
      name: 'en: unsure means silent — the imprint is printed though not read as one',
      norm: 'chicago-notes',
      code: pandoc(['Moreno, Laura. 2009. Street Markets of the Andes. Lima, PE: Fondo Editorial. 41-42.']),
    },
    {
      name: 'en: a paper or magazine cited by its day has no volume or pages to give',
      norm: 'chicago-notes',
      code: pandoc([
        'Ana Ruiz, ‘Harbour Cranes Return’, *The Baltic Courier*, 12 May 2019.',
        'Tomas Lind, ‘Quiet Quays’, *Harbour Monthly*, 3 June 2020, https://harbour.example.org/quays.',
      ]),
    },
    {
      name: 'en: an italic title with no imprint is a book only by default (a film prints the same way)',
      norm: 'chicago-notes',
      code: pandoc(['Lena Varga, *Silent Harbour*, Drama, (1987).']),
    },
    {
      name: 'zh (gbt7714-2015): a preprint has no volume, issue or pages',
      norm: 'gbt7714-2015',
      code: gbtList(['RUIZ A, LIND T. Learning harbour maps from cranes[J]. arXiv preprint arXiv:2101.01234, 2021.']),
    },
  ],
  invalid: [
    {
      name: 'zh (gbt7714-2015): a journal article without volume, issue or pages',
      norm: 'gbt7714-2015',
      code: gbtList(['RUIZ A, LIND T. Learning harbour maps from cranes[J]. Journal of Port Studies, 2021.']),
      errors: [{ messageId: 'missing', data: { fields: ['volume-or-issue', 'page'] } }],
    },
    {
      name: 'en: a journal article without volume, year or pages',
      norm: 'chicago-notes',
      code: pandoc(['Ana Ruiz, ‘Harbour Cranes Return’, *Journal of Port Studies*.']),
      errors: [{ messageId: 'missing', data: { fields: ['volume-or-issue', 'issued', 'page'] } }],
    },
    {
      name: 'en: commentary around a citation lacking its imprint does not hide it',
      norm: 'chicago-notes',
      code: pandoc([
        'On harbours as public space, which the next chapter returns to, see Tomas Lind, *Harbour Towns*, 2nd ed., 1999. The book is long out of print.',
      ]),
      errors: [{ messageId: 'missing', data: { fields: ['publisher-place', 'publisher'] } }],
    },
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
