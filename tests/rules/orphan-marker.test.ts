import { ruleTester } from '../helpers/rule-tester.js';
import { ZH_BOOK, EN_BOOK } from '../helpers/manuscripts.js';

ruleTester('orphan-marker', {
  valid: [
    { name: 'zh: every marker has its note', code: `正文<sup>①</sup>。\n\n① ${ZH_BOOK}\n` },
    { name: 'en: Pandoc marker with definition', code: `Text.[^1]\n\n[^1]: ${EN_BOOK}\n` },
    {
      name: 'numeric marker with its entry',
      code: '见[1]。\n\n## 参考文献\n\n[1] 孙伟平. 智能系统的劳动[M]. 北京: 人民出版社, 2021.\n',
    },
  ],
  invalid: [
    {
      name: 'zh: ② has no note on its page',
      code: `正文<sup>①</sup>与<sup>②</sup>。\n\n① ${ZH_BOOK}\n`,
      errors: [{ messageId: 'noNote', data: { label: '②', page: 1 } }],
    },
    {
      name: 'en: undefined Pandoc footnote',
      code: `Text.[^1] More.[^2]\n\n[^1]: ${EN_BOOK}\n`,
      errors: [{ messageId: 'noNoteUnpaged', data: { label: '^2' } }],
    },
    {
      name: 'numeric citation beyond the list',
      code: '见[1]与[2-3]。\n\n## References\n\n[1] FUCHS C. Digital labor and Karl Marx[M]. London: Routledge, 2014.\n[2] HARVEY D. Marx[M]. London: Profile, 2017.\n',
      errors: [{ messageId: 'noEntry', data: { missing: [3] } }],
    },
  ],
});
