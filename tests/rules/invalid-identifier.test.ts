import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/engine/pipeline.js';
import { readDocument } from '../../src/readers/index.js';
import { doiValid, isbnValid, issnValid } from '../../src/rules/invalid-identifier.js';
import { ISBN_LENGTHS, ISSN_LENGTHS, listedIdentifiers } from '../../src/util/identifiers.js';
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

describe('identifiers of a .bib record that lists several', () => {
  it('splits at commas, semicolons and spaces, but keeps one identifier written with spaces whole', () => {
    expect(listedIdentifiers('0028-0836, 1476-4687', ISSN_LENGTHS)).toEqual(['0028-0836', '1476-4687']);
    expect(listedIdentifiers('9783161484100 0306406152', ISBN_LENGTHS)).toEqual(['9783161484100', '0306406152']);
    expect(listedIdentifiers('978 3 16 148410 0; 0-306-40615-2', ISBN_LENGTHS)).toEqual([
      '978 3 16 148410 0',
      '0-306-40615-2',
    ]);
  });

  it('a print and an online ISSN, and two ISBNs, are each checked alone: only the wrong one is reported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'citeaudit-issn-'));
    writeFileSync(
      join(dir, 'refs.bib'),
      [
        '@article{gibney2020,',
        '  author = {Gibney, Elizabeth},',
        "  title = {The battle for ethical AI at the world's biggest machine-learning conference},",
        '  journal = {Nature}, volume = {577}, number = {7792}, pages = {609--609}, year = {2020},',
        '  issn = {0028-0836, 1476-4687},',
        '}',
        '@article{castelvecchi2020,',
        '  author = {Castelvecchi, Davide},',
        '  title = {Is facial recognition too biased to be let loose?},',
        '  journal = {Nature}, volume = {587}, number = {7834}, pages = {347--349}, year = {2020},',
        '  issn = {0028-0836; 1476-4688},',
        '}',
        '@book{harvey2018,',
        '  author = {Harvey, David}, title = {Marx, Capital and the Madness of Economic Reason},',
        '  publisher = {Oxford University Press}, address = {New York}, year = {2018},',
        '  isbn = {978-3-16-148410-0 0-306-40615-2},',
        '}',
      ].join('\n'),
    );
    const tex = join(dir, 'paper.tex');
    writeFileSync(
      tex,
      [
        '\\documentclass{article}',
        '\\begin{document}',
        'Machine learning has its critics~\\cite{gibney2020,castelvecchi2020}, and so has capital~\\cite{harvey2018}.',
        '\\bibliography{refs}',
        '\\end{document}',
      ].join('\n'),
    );
    const { diagnostics } = await checkDocument(await readDocument(tex), { lang: 'en' });
    expect(diagnostics.filter((d) => d.ruleId === 'invalid-identifier').map((d) => d.message)).toEqual([
      'castelvecchi2020: ISSN 1476-4688 fails its check digit',
    ]);
  });
});
