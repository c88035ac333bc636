import { ruleTester } from '../helpers/rule-tester.js';
import { circled, pandoc } from '../helpers/manuscripts.js';

const dyer = (name: string, page: number) => `${name}, Atle Mikkola Kjosén and James Steinhoff, *Inhuman Power: Artificial Intelligence and the Future of Capitalism*, London: Pluto Press, 2019, p. ${page}.`;

ruleTester('inconsistent-name', {
  valid: [
    { name: 'en: the same spelling twice', code: pandoc([dyer('N. Dyer-Witheford', 110), dyer('N. Dyer-Witheford', 156)]) },
    { name: 'en: different initials are different people', code: pandoc(['C. Fuchs, *Digital Labor and Karl Marx*, London: Routledge, 2014, p. 5.', 'D. Fuchs, *Another Book*, London: Verso, 2015, p. 6.']) },
    { name: 'zh: short names that differ are different people', code: circled([['王宁：《论文甲》，《哲学研究》2020年第1期。', '王平：《论文乙》，《哲学研究》2020年第2期。']]) },
  ],
  invalid: [
    { name: 'en: Dyer-Witheyford / Dyer-Witheford', code: pandoc([dyer('N. Dyer-Witheyford', 110), dyer('N. Dyer-Witheford', 156)]),
      errors: [{ messageId: 'variants', places: ['[^1]', '[^2]'], data: { spellings: ['Dyer-Witheyford', 'Dyer-Witheford'] } }] },
    { name: 'zh: 哈贝马斯 / 哈伯马斯 across works', code: circled([['[德] 哈贝马斯：《交往行为理论》，曹卫东译，上海：上海人民出版社，2004年，第5页。', '[德] 哈伯马斯：《公共领域的结构转型》，曹卫东等译，上海：学林出版社，1999年，第3页。']]),
      errors: [{ messageId: 'variants', places: ['①@p1', '②@p1'] }] },
  ],
});
