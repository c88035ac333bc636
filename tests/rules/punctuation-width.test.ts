import { ruleTester } from '../helpers/rule-tester.js';
import { circled, pandoc, ZH_BOOK, EN_BOOK } from '../helpers/manuscripts.js';

ruleTester('punctuation-width', {
  valid: [
    { name: 'zh: full-width throughout', code: circled([[ZH_BOOK]]) },
    {
      name: 'zh: English title inside a Chinese note keeps its commas',
      code: circled([['孙伟平：《人机之间的工作竞争——从风靡全球的ChatGPT谈起》，《思想理论教育》2023年第3期。']]),
    },
    { name: 'en: half-width throughout', code: pandoc([EN_BOOK]) },
    {
      name: 'zh (GB/T): half-width marks are the standard there',
      norm: 'gbt7714-2015',
      code: '见[1]。\n\n## 参考文献\n\n[1] 孙伟平. 智能系统的劳动[M]. 北京: 人民出版社, 2021.\n',
    },
  ],
  invalid: [
    {
      name: 'zh: a half-width comma',
      code: circled([['孙伟平：《智能系统的劳动》,北京：人民出版社，2021年，第5页。']]),
      errors: [{ messageId: 'halfInChinese', places: ['①@p1'], data: { mark: ',', expected: '，' } }],
    },
    {
      name: 'en: a full-width comma',
      code: pandoc(['George Caffentzis, *In Letters of Blood and Fire*，Oakland: PM Press, 2013, p. 131.']),
      errors: [{ messageId: 'fullInEnglish', data: { mark: '，', expected: ',' } }],
    },
  ],
});
