import { ruleTester } from '../helpers/rule-tester.js';
import { circled, ZH_BOOK, ZH_BOOK2, EN_BOOK } from '../helpers/manuscripts.js';

ruleTester('orphan-note', {
  valid: [
    { name: 'zh: each note has a marker', code: circled([[ZH_BOOK, ZH_BOOK2]]) },
    { name: 'en: Pandoc notes referenced', code: `Text.[^a]\n\n[^a]: ${EN_BOOK}\n` },
  ],
  invalid: [
    { name: 'zh: ② is never marked', code: `正文<sup>①</sup>。\n\n① ${ZH_BOOK}\n\n② ${ZH_BOOK2}\n`, errors: [{ messageId: 'orphan', places: ['②@p1'] }] },
    { name: 'en: a definition no marker uses', code: `Text.[^a]\n\n[^a]: ${EN_BOOK}\n[^b]: Ibid., p. 5.\n`, errors: [{ messageId: 'orphan', places: ['[^b]'] }] },
  ],
});
