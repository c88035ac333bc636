import { describe, expect, it } from 'vitest';
import { parseReference } from '../../src/parse/index.js';

/**
 * Spans are offsets into the string exactly as given (label, prefix, markup and all), so that rules can
 * point at the words. Whatever a span claims to cover must be what is printed there.
 */
const STRINGS = [
  '[美] 大卫·哈维：《马克思与〈资本论〉》，周大昕译，北京：中信出版社，2018年，第188页。',
  '  参见《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第88页。',
  '对此问题的系统讨论，参见孙伟平：《智能系统的劳动》，北京：人民出版社，2021年，第5页。',
  '李四：《论法治》，载王五主编：《法学文集》，北京：法律出版社，2001年，第30页。',
  '《人民日报》2022年8月16日，第17版。',
  '[3] 陈登原. 国史旧闻: 第 1 卷[M]. 北京: 中华书局, 2000: 29.',
  '[5] 王二. 期刊文章[J]. 哲学研究, 2021, 12(8): 30-40.',
  '[4] PEEBLES P Z, Jr. Probability, random variables, and random signal principles[M]. 4th ed. New York: McGraw-Hill, 2001.',
  'L. Lohmann, “Interpretation Machines: Contradictions of ‘Artificial Intelligence’ in 21<sup>st</sup>-Century Capitalism”, in Leo Panitch and Greg Albo (eds.), *Beyond Digital Capitalism: New Ways of Living*, London: The Merlin Press, 2020, p. 54.',
  'See also C. Fuchs, **Digital Labor and Karl Marx**, London: Routledge, 2014, p. 5.',
  'McKinsey and Company, “The Economic Potential of Generative AI”, <https://www.mckinsey.com/x>.',
  'Nick Srnicek and Alex Williams, *Inventing the Future* (London: Verso, 2015), 86.',
  'Hughes, C., & Southern, A. (2019). The world of work and the crisis of capitalism. *Journal of Classical Sociology*, 19(1), 59–71.',
  'J. Piaget and B. Inhelder, The Psychology of the Child, trans. H. Weaver, Basic Books, 1969.',
  '同上书，第5页。',
  'Ibid., p. 5.',
];

const visible = (s: string) =>
  s
    .replace(/<\/?sup>/g, '')
    .replace(/[*_]/g, '')
    .replace(/\s+/g, '');
const same = (a: string, b: string) => visible(a) === visible(b);

describe('parse: spans point into the string as given', () => {
  for (const text of STRINGS) {
    it(text.slice(0, 40), () => {
      const r = parseReference(text);
      for (const [field, span] of Object.entries(r.spans)) {
        expect(span.start, field).toBeGreaterThanOrEqual(0);
        expect(span.end, field).toBeGreaterThan(span.start);
        expect(span.end, field).toBeLessThanOrEqual(text.length);
        const printed = text.slice(span.start, span.end);
        const value = r.item[field];
        if (field === 'locator') expect(printed).toBe(r.locatorRaw);
        else if (typeof value === 'string') expect(same(printed, value), `${field}: ${printed} ≠ ${value}`).toBe(true);
        else if (Array.isArray(value)) {
          const first = value[0] as { literal?: string; family?: string };
          expect(visible(printed).toLowerCase()).toContain(visible(first.literal ?? first.family ?? '').toLowerCase());
        }
      }
      if (r.kind === 'full' && r.item.title) expect(r.spans.title).toBeDefined();
      if (r.locatorRaw) expect(r.spans.locator).toBeDefined();
    });
  }
});
