import { ruleTester } from '../helpers/rule-tester.js';
import { circled } from '../helpers/manuscripts.js';

const BOOK = '[美] 凯文·凯利：《5000天后的世界》，潘小多译，北京：中信出版社，2023年';

ruleTester('uncited-entry', {
  valid: [
    { name: 'zh: every numbered entry cited', code: '见[1]，又见[2]。\n\n## 参考文献\n\n[1] 孙伟平. 智能系统的劳动[M]. 北京: 人民出版社, 2021.\n[2] 赵汀阳. 天下的当代性[M]. 北京: 中信出版社, 2016.\n' },
    { name: 'zh: a listed work also cited in a note', code: circled([[`${BOOK}，第3页。`]]) + `\n#### 参考文献：\n\n- [1] ${BOOK}。\n` },
    { name: 'en: cited by a range marker', code: 'See [1-2].\n\n## References\n\n1. FUCHS C. Digital labor and Karl Marx[M]. London: Routledge, 2014.\n2. HARVEY D. Marx[M]. London: Profile Books, 2017.\n' },
  ],
  invalid: [
    { name: 'zh: a listed work no note cites', code: circled([['孙伟平：《智能系统的劳动》，北京：人民出版社，2021年，第5页。']]) + `\n#### 参考文献：\n\n- [1] ${BOOK}。\n`, errors: [{ messageId: 'uncited', places: ['[1]'] }] },
    { name: 'en: an entry no marker cites', code: 'See [1].\n\n## References\n\n[1] FUCHS C. Digital labor and Karl Marx[M]. London: Routledge, 2014.\n[2] HARVEY D. Marx[M]. London: Profile Books, 2017.\n', errors: [{ messageId: 'uncited', places: ['[2]'] }] },
  ],
});
