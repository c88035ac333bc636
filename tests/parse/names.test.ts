import { describe, expect, it } from 'vitest';
import { parseEnNames } from '../../src/parse/names.js';
import { PARSE_WORDS } from '../../src/parse/words.js';

const read = (s: string) => parseEnNames(s).names;

// Name lists in the shapes reference lists print them (made-up names in real layouts).
describe('English name lists', () => {
  it('keeps hyphenated initials with their family name (`Liao, C.-J.`)', () => {
    expect(read('Lindqvist, C.-J., M.-P. Okafor')).toEqual([
      { family: 'Lindqvist', given: 'C.-J.' },
      { family: 'Okafor', given: 'M.-P.' },
    ]);
  });

  it('reads a last initial printed without its stop', () => {
    expect(read('Brandt, M., Ochoa, Q., and Zhou, Y')).toEqual([
      { family: 'Brandt', given: 'M.' },
      { family: 'Ochoa', given: 'Q.' },
      { family: 'Zhou', given: 'Y' },
    ]);
  });

  it('reads initials whose last stop was cut off with the run (`Hendrickx, J. M`) as initials', () => {
    expect(read('Andersen, B. D. O., Yuen, C., and Hendriks, J. M')).toEqual([
      { family: 'Andersen', given: 'B. D. O.' },
      { family: 'Yuen', given: 'C.' },
      { family: 'Hendriks', given: 'J. M' },
    ]);
  });

  it('reads a spelled-out given name in a list of inverted names', () => {
    expect(read('Hu, Haiyun, Yoon, S. Y., and Lin, Z.')).toEqual([
      { family: 'Hu', given: 'Haiyun' },
      { family: 'Yoon', given: 'S. Y.' },
      { family: 'Lin', given: 'Z.' },
    ]);
    // Capitals without stops or spaces are no initials (`IBM`).
    expect(read('IBM, Microsoft')).toEqual([{ literal: 'IBM, Microsoft' }]);
  });

  it('parts people at semicolons, with the commas inside the names', () => {
    expect(read('Smith, J. A.; Doe, B.')).toEqual([
      { family: 'Smith', given: 'J. A.' },
      { family: 'Doe', given: 'B.' },
    ]);
  });

  it('reads a Vancouver list (family name, then capitals) whatever the doubled commas', () => {
    expect(read('Teyhen DS, Childs JD,, Stokes MJ')).toEqual([
      { family: 'Teyhen', given: 'DS' },
      { family: 'Childs', given: 'JD' },
      { family: 'Stokes', given: 'MJ' },
    ]);
  });

  it('keeps capitalised family names after spelled-out given names (`Darren PLANT, Buhm HAN`)', () => {
    expect(read('Darren PLANT, Buhm HAN')).toEqual([
      { family: 'PLANT', given: 'Darren' },
      { family: 'HAN', given: 'Buhm' },
    ]);
  });

  it('reads the first author inverted and the others in reading order (Chicago)', () => {
    expect(read('Wettstein, Dietrich, and Thomas G. Dietz')).toEqual([
      { family: 'Wettstein', given: 'Dietrich' },
      { family: 'Dietz', given: 'Thomas G.' },
    ]);
  });

  it('reads one inverted name alone (`Sommer, Roy`, `Anderson, Ray S.`), not two bodies in capitals', () => {
    expect(read('Sommer, Roy')).toEqual([{ family: 'Sommer', given: 'Roy' }]);
    expect(read('Andersen, Ray S.')).toEqual([{ family: 'Andersen', given: 'Ray S.' }]);
    expect(read('IBM, Microsoft')).toEqual([{ literal: 'IBM, Microsoft' }]);
    // `and` parts the first two: two people, as printed.
    expect(read('Hendriks, and Bruce')).toEqual([{ literal: 'Hendriks, and Bruce' }]);
  });

  it('reads family names in capitals before or after the given names, and Vancouver names with inner capitals', () => {
    expect(read('BOZEC Yves, ROUSSEAU Stéphane')).toEqual([
      { family: 'BOZEC', given: 'Yves' },
      { family: 'ROUSSEAU', given: 'Stéphane' },
    ]);
    expect(read('CARRILLO J A, DEL PINO M')).toEqual([
      { family: 'CARRILLO', given: 'J A' },
      { family: 'DEL PINO', given: 'M' },
    ]);
    expect(read('VIATTE, Sebastien, Darren PLANT')).toEqual([
      { family: 'VIATTE', given: 'Sebastien' },
      { family: 'PLANT', given: 'Darren' },
    ]);
    expect(read('Hoot S, McGuire AT, van Vollenhoven R')).toEqual([
      { family: 'Hoot', given: 'S' },
      { family: 'McGuire', given: 'AT' },
      { family: 'van Vollenhoven', given: 'R' },
    ]);
  });
});

// The words of bodies' names come from data/parse-words.json.
describe('English names of bodies', () => {
  it('keeps a name holding a word of a body whole, and parts two bodies only where a body word meets the `and`', () => {
    expect(read('McKinsey and Company')).toEqual([{ literal: 'McKinsey and Company' }]);
    expect(read('Research Group of Shanghai Food and Drug Administration')).toEqual([
      { literal: 'Research Group of Shanghai Food and Drug Administration' },
    ]);
    expect(read('Australian Government Productivity Commission and New Zealand Productivity Commission')).toEqual([
      { literal: 'Australian Government Productivity Commission' },
      { literal: 'New Zealand Productivity Commission' },
    ]);
    expect(read('Institute For Art And Architecture and Academy Of Fine Arts Vienna')).toEqual([
      { literal: 'Institute For Art And Architecture' },
      { literal: 'Academy Of Fine Arts Vienna' },
    ]);
    expect(read('World Health Organization & World Bank')).toEqual([
      { literal: 'World Health Organization' },
      { literal: 'World Bank' },
    ]);
    expect(read('McKinsey & Company')).toEqual([{ literal: 'McKinsey & Company' }]);
    expect(read('World Health Organization (WHO) and United Nations Children’s Fund (UNICEF)')).toEqual([
      { literal: 'World Health Organization (WHO)' },
      { literal: 'United Nations Children’s Fund (UNICEF)' },
    ]);
  });

  it('reads every word of the table: a body word ends or begins a body, an end word only ends one', () => {
    const { bodyWords, bodyEndWords, corporateWords } = PARSE_WORDS;
    for (const w of [...bodyWords, ...bodyEndWords])
      expect(read(`Northern ${w} and Southern ${w}`)).toEqual([
        { literal: `Northern ${w}` },
        { literal: `Southern ${w}` },
      ]);
    for (const w of bodyWords)
      expect(read(`Northern Research and ${w} of Finance`)).toEqual([
        { literal: 'Northern Research' },
        { literal: `${w} of Finance` },
      ]);
    for (const w of bodyEndWords)
      expect(read(`Northern Research and ${w} of Finance`)).toEqual([
        { literal: `Northern Research and ${w} of Finance` },
      ]);
    // Without a comma one word of a body's makes the whole name a body's, wherever it stands; a word ending in a
    // stop (`Co.`) ends there, before a space or at the end of the name, and keeps its stop.
    for (const w of corporateWords) {
      expect(read(`Alder ${w} Holm`)).toEqual([{ literal: `Alder ${w} Holm` }]);
      expect(read(`Alder & ${w}`)).toEqual([{ literal: `Alder & ${w}` }]);
    }
  });

  it('reads a firm closed by `& Co.` as a body, not a person named Co (publishers of ../shared/train/anystyle-en)', () => {
    expect(read('D. Mason & Co.')).toEqual([{ literal: 'D. Mason & Co.' }]);
    expect(read('Methuen and Co. Ltd.')).toEqual([{ literal: 'Methuen and Co. Ltd.' }]);
    expect(read('Longmans, Green & Co.')).toEqual([{ literal: 'Longmans, Green & Co.' }]);
    // A closing stop that is no abbreviation's still goes.
    expect(read('Parker and Company.')).toEqual([{ literal: 'Parker and Company' }]);
  });
});
