import { ruleTester } from '../helpers/rule-tester.js';
import { circled, ZH_BOOK, ZH_BOOK2, EN_BOOK, EN_BOOK2 } from '../helpers/manuscripts.js';

ruleTester('orphan-note', {
  valid: [
    { name: 'zh: each note has a marker', code: circled([[ZH_BOOK, ZH_BOOK2]]) },
    { name: 'zh: ① on each of two pages, each with its marker', code: circled([[ZH_BOOK], [ZH_BOOK2]]) },
    { name: 'en: Pandoc notes referenced', code: `Text.[^a]\n\n[^a]: ${EN_BOOK}\n` },
    { name: 'en: a note referenced twice is not an orphan', code: `Text.[^1] Again.[^1]\n\n[^1]: ${EN_BOOK}\n` },
  ],
  invalid: [
    {
      name: 'zh: ② is never marked',
      code: `正文<sup>①</sup>。\n\n① ${ZH_BOOK}\n\n② ${ZH_BOOK2}\n`,
      errors: [{ messageId: 'orphan', places: ['②@p1'] }],
    },
    // The marker on page 2 names ②, so page 2's ① has no marker (and the marker no note).
    {
      name: 'zh: a marker typed with the wrong number',
      code: `正文<sup>①</sup>。\n\n① ${ZH_BOOK}\n\n又<sup>②</sup>。\n\n① ${ZH_BOOK2}\n`,
      errors: [{ messageId: 'orphan', places: ['①@p2'], message: 'note ① on p. 2 has no marker in the text' }],
    },
    {
      name: 'en: a definition no marker uses',
      code: `Text.[^a]\n\n[^a]: ${EN_BOOK}\n[^b]: Ibid., p. 5.\n`,
      errors: [{ messageId: 'orphan', places: ['[^b]'] }],
    },
    {
      name: 'en: two unused definitions, one finding each',
      code: `Text.[^2]\n\n[^1]: ${EN_BOOK}\n[^2]: ${EN_BOOK2}\n[^3]: Ibid.\n`,
      errors: [
        { messageId: 'orphan', places: ['[^1]'] },
        { messageId: 'orphan', places: ['[^3]'] },
      ],
    },
  ],
});
