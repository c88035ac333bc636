import { expect, it } from 'vitest';
import { ruleTester, runOne } from '../helpers/rule-tester.js';
import { circled } from '../helpers/manuscripts.js';

const NESTED = '[美] 大卫·哈维：《马克思与《资本论》》，周大昕译，北京：中信出版社，2018年，第188页。';

ruleTester('nested-title-marks', {
  valid: [
    {
      name: 'zh: 〈〉 inside 《》',
      code: circled([['[美] 大卫·哈维：《马克思与〈资本论〉》，周大昕译，北京：中信出版社，2018年，第188页。']]),
    },
    {
      name: 'zh: two titles side by side',
      code: circled([['孙伟平：《智能系统的劳动及其社会后果》，《哲学研究》2021年第8期。']]),
    },
    {
      name: 'en: English titles have no title marks',
      code: '[^1]\n\n[^1]: David Harvey, *Marx, Capital and the Madness of Economic Reason*, London: Profile Books, 2017, p. 12.\n',
    },
  ],
  invalid: [
    {
      name: 'zh: 《》 inside 《》',
      code: circled([[NESTED]]),
      errors: [{ messageId: 'nested', places: ['①@p1'], data: { inner: '《资本论》' } }],
    },
  ],
});

it('nested-title-marks: the fix replaces the inner marks', async () => {
  const code = circled([[NESTED]]);
  const [d] = await runOne('nested-title-marks', { name: 'fix', code });
  expect(code.slice(d!.fix!.range.start, d!.fix!.range.end)).toBe('《资本论》');
  expect(d!.fix!.text).toBe('〈资本论〉');
});
