import { describe, expect, it } from 'vitest';
import { doiValid, isbnValid, issnValid } from '../../src/rules/invalid-identifier.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { circled, pandoc } from '../helpers/manuscripts.js';

ruleTester('invalid-identifier', {
  valid: [
    {
      name: 'en: a well-formed DOI',
      code: pandoc([
        'Zachary Biondi, “The Specter of Automation”, *Philosophia*, Vol. 51, 2023, pp. 1-20, doi:10.1007/s11406-022-00604-x.',
      ]),
    },
    {
      name: 'zh: a valid ISBN',
      code: circled([['孙伟平：《智能系统的劳动》，北京：人民出版社，2021年，第5页，ISBN 978-7-01-020000-2。']]),
    },
  ],
  invalid: [
    {
      name: 'en: a DOI without its prefix',
      code: pandoc([
        'Zachary Biondi, “The Specter of Automation”, *Philosophia*, Vol. 51, 2023, pp. 1-20, doi:11406-022-00604-x.',
      ]),
      errors: [{ messageId: 'doi' }],
    },
    {
      name: 'zh: an ISBN with a wrong check digit',
      code: circled([['孙伟平：《智能系统的劳动》，北京：人民出版社，2021年，第5页，ISBN 978-7-01-020000-3。']]),
      errors: [{ messageId: 'isbn' }],
    },
    {
      name: 'en: an ISSN with a wrong check digit',
      code: pandoc(['A. Smith, “Article”, *Journal*, Vol. 1, 2020, pp. 1-2, ISSN 0028-0837.']),
      errors: [{ messageId: 'issn' }],
    },
  ],
});

describe('identifier checks', () => {
  it('ISBN-10 and ISBN-13', () => {
    expect(isbnValid('0-306-40615-2')).toBe(true);
    expect(isbnValid('978-0-306-40615-7')).toBe(true);
    expect(isbnValid('978-0-306-40615-8')).toBe(false);
  });
  it('ISSN', () => {
    expect(issnValid('0028-0836')).toBe(true);
    expect(issnValid('2434-561X')).toBe(true);
    expect(issnValid('0028-0837')).toBe(false);
  });
  it('DOI', () => {
    expect(doiValid('10.1007/s11406-022-00604-x')).toBe(true);
    expect(doiValid('10.10/x')).toBe(false);
  });
});
