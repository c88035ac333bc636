import { describe, expect, it } from 'vitest';
import type { Citation } from '../../src/model/citation.js';
import { printedButUnread } from '../../src/rules/util/unread.js';

const cite = (raw: string) => ({ raw }) as Citation;

describe('printedButUnread: a missing field the citation may print', () => {
  it('en: a year, an imprint, pages printed but not read', () => {
    expect(
      printedButUnread(cite('Moreno, Laura. 2009. Street Markets. Lima, PE: Fondo Editorial. 41-42.'), 'issued'),
    ).toBe(true);
    expect(
      printedButUnread(cite('Tomas Lind, *Harbour Towns* (Brooklyn, N.Y., USA: Norton, 1999), 4.'), 'publisher-place'),
    ).toBe(true);
    expect(printedButUnread(cite('Ana Ruiz, ‘Cranes’, *Baltic Review* 3, no. 2 (2004): 11–19.'), 'page')).toBe(true);
  });

  it('en: a title’s colon, a title’s year and a DOI’s digits are no imprint, year or pages', () => {
    expect(printedButUnread(cite('Lind, *Harbour Towns: A History*, 44.'), 'publisher-place')).toBe(false);
    expect(printedButUnread(cite('Snowden, ‘The Lecture of 1959’, 3.'), 'issued')).toBe(false);
    expect(printedButUnread(cite('Ruiz, ‘Cranes’, doi:10.1007/BF01256548.'), 'issued')).toBe(false);
    expect(printedButUnread(cite('Lind, *Harbour Towns*, 1999–2004.'), 'page')).toBe(false);
  });

  it('zh: 北京：人民出版社 is an imprint, 作者：《书名》 is not', () => {
    expect(printedButUnread(cite('王五：《城市与乡村》，上海：上海人民出版社，第3页'), 'publisher-place')).toBe(true);
    expect(printedButUnread(cite('王五：《城市与乡村》，第3页'), 'publisher-place')).toBe(false);
    expect(printedButUnread(cite('王五：《城市与乡村》，第3页'), 'issued')).toBe(false);
    expect(printedButUnread(cite('王五：《城市与乡村》，2010年，第3页'), 'issued')).toBe(true);
  });
});
