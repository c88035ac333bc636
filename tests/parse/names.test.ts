import { describe, expect, it } from 'vitest';
import { parseEnNames } from '../../src/parse/names.js';

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
