import { ruleTester } from '../helpers/rule-tester.js';
import { pandoc } from '../helpers/manuscripts.js';

const FUCHS = 'C. Fuchs, *Digital Labor and Karl Marx*, London: Routledge, 2014';
const HARVEY = 'David Harvey, *Marx, Capital and the Madness of Economic Reason*, London: Profile Books, 2017';

ruleTester('missing-entry', {
  valid: [
    { name: 'en: every cited work in the bibliography', norm: 'chicago-notes', code: pandoc([`${FUCHS}, p. 5.`]) + `\n## Bibliography\n\n${FUCHS}.\n` },
    { name: 'en: no bibliography at all', norm: 'chicago-notes', code: pandoc([`${FUCHS}, p. 5.`]) },
    { name: 'zh: a bibliography of further reading is not required to be complete', norm: 'cass', code: pandoc(['孙伟平：《智能系统的劳动》，北京：人民出版社，2021年，第5页。']) + '\n## 参考文献\n\n[1] 赵汀阳：《天下的当代性》，北京：中信出版社，2016年。\n' },
  ],
  invalid: [
    { name: 'en: a cited book missing from the bibliography', norm: 'chicago-notes', code: pandoc([`${FUCHS}, p. 5.`, `${HARVEY}, p. 9.`]) + `\n## Bibliography\n\n${FUCHS}.\n`, errors: [{ messageId: 'missing', places: ['[^2]'] }] },
  ],
});
