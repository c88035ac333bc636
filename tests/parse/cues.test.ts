import { describe, expect, it } from 'vitest';
import { parseReference } from '../../src/parse/index.js';

/**
 * What the parser reads from explicit cues in plain (unitalicised) English references, GB/T element
 * examples and law-handbook notes — each with a look-alike that must not fire.
 */
const parse = (s: string) => parseReference(s).item;

describe('plain English: the head of a reference', () => {
  it('a bare name followed only by a publisher and a year is the title', () => {
    expect(parse('Baraka, Vimeo, 2011.')).toMatchObject({
      type: 'motion_picture',
      title: 'Baraka',
      publisher: 'Vimeo',
    });
    expect(parse('Baraka, Vimeo, 2011.').author).toBeUndefined();
    expect(parse('Once Upon a Time in the West, Rafran Cinematografica; Paramount Pictures, 1968.')).toMatchObject({
      type: 'motion_picture',
      title: 'Once Upon a Time in the West',
    });
    expect(parse('Still Life, 2006.')).toMatchObject({ title: 'Still Life' });
    expect(parse('Still Life, 2006.').author).toBeUndefined();
  });

  it("a name with a lower-case or function word inside is a body or a handle, kept whole; a person's is split", () => {
    expect(
      parse('News From Science, These Frogs Walk Instead of Hop, 2018, https://www.example.org/frogs.').author,
    ).toEqual([{ literal: 'News From Science' }]);
    expect(
      parse(
        'KS in NJ, “From This Article, It Sounds like Men Are Figuring Something Out,” The Washington Post (January 2019).',
      ).author,
    ).toEqual([{ literal: 'KS in NJ' }]);
    expect(parse('Mary Ann Glendon, Rights Talk, New York: Free Press, 1991.').author).toEqual([
      { family: 'Glendon', given: 'Mary Ann' },
    ]);
    expect(parse('Ludwig van Beethoven, Symphony No. 9, Deutsche Grammophon, 1963.').author).toEqual([
      { family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' },
    ]);
  });

  it('a data archive or a test collection as publisher makes a dataset; an archive of anything else does not', () => {
    expect(
      parse(
        'National Center for Education Statistics, Fast Response Survey System (FRSS), National Archive of Data on Arts and Culture, 2016.',
      ).type,
    ).toBe('dataset');
    expect(parse('D. Cardoza and J. K. Morris, Acculturative Stress Inventory (ASI), ETS TestLink, 2000.').type).toBe(
      'dataset',
    );
    expect(parse('J. Smith, Archives of the Soviet State, New Haven: Yale University Press, 2001.').type).toBe('book');
    expect(parse('R. Jones, Reading the National Archives, Archive Books, 2010.').type).toBe('book');
  });

  it('an author with initials stays an author', () => {
    const it0 = parse('J. Berger, Ways of Seeing, Penguin, 1972.');
    expect(it0).toMatchObject({
      type: 'book',
      author: [{ family: 'Berger', given: 'J.' }],
      title: 'Ways of Seeing',
      publisher: 'Penguin',
    });
    const it1 = parse('Aristotle, Poetics, trans. Malcolm Heath, Penguin Classics, 1996.');
    expect(it1).toMatchObject({
      type: 'book',
      author: [{ literal: 'Aristotle' }],
      title: 'Poetics',
      publisher: 'Penguin Classics',
    });
  });

  it('a span of years is a date, not pages', () => {
    const r = parseReference('J. M. W. Turner, The Fighting Temeraire, 1838–1839.');
    expect(r.item.issued).toEqual({ 'date-parts': [[1838]] });
    expect(r.locator).toBeNull();
    expect(r.item.type).not.toBe('personal_communication');
  });

  it('bodies joined by and are two authors; names with Research or Labs are bodies', () => {
    expect(
      parse(
        'Institute of Historical Research and Society for Renaissance Studies, Renaissance Texts, London: Routledge, 2019, p. 4.',
      ).author,
    ).toEqual([{ literal: 'Institute of Historical Research' }, { literal: 'Society for Renaissance Studies' }]);
    expect(
      parse('Nielsen Research, Radio Audience Report, 2021, https://www.example.com/radio-report.').author,
    ).toEqual([{ literal: 'Nielsen Research' }]);
  });
});

describe('plain English: web pages and posts', () => {
  it('the name after a web page’s title is its site, not a publisher', () => {
    const it0 = parse(
      'K. Leetaru, The Trouble with Data, Forbes, 2019, https://www.forbes.com/sites/kalevleetaru/2019/01/13/the-trouble-with-data/.',
    );
    expect(it0).toMatchObject({ type: 'webpage', title: 'The Trouble with Data', 'container-title': 'Forbes' });
    expect(it0.publisher).toBeUndefined();
  });

  it('a publisher’s name after the title stays a publisher', () => {
    const it0 = parse(
      'D. Graeber, Debt: The First 5,000 Years, Melville House Publishing, 2011, https://www.mhpbooks.com/books/debt/.',
    );
    expect(it0).toMatchObject({ publisher: 'Melville House Publishing' });
    expect(it0['container-title']).toBeUndefined();
  });

  it('a blog says so in its address; an app store names software', () => {
    expect(
      parse(
        'R. Smith, Notes on Method, Field Notes, 2020, https://blogs.example.org/fieldnotes/2020/05/notes-on-method/.',
      ).type,
    ).toBe('post-weblog');
    expect(
      parse('Duolingo, Duolingo: Language Lessons, 2021, https://apps.apple.com/us/app/duolingo/id570060128.').type,
    ).toBe('software');
  });
});

describe('plain English: kinds named by their makers', () => {
  it('record labels and music titles make songs; studios make films; broadcasters make broadcasts', () => {
    expect(parse('N. Simone, Feeling Good, Philips Records, 1965.').type).toBe('song');
    expect(parse('Violin Concerto in D Major, Deutsche Grammophon, 2004.').type).toBe('song');
    expect(parse('Spirited Away, Studio Ghibli, 2001.').type).toBe('motion_picture');
    expect(parse('R. Krulwich, Radiolab, WNYC Studios, 2019.').type).toBe('broadcast');
    expect(parse('The Pilot (Part One), Reveille Productions; NBC Universal Television, 2005.').type).toBe('broadcast');
  });

  it('a hearing keeps its committee in the title; a letter is a personal communication', () => {
    const h = parse(
      'Oversight of the Federal Reserve: Hearing before the Committee on Banking, Housing, and Urban Affairs, 2019.',
    );
    expect(h).toMatchObject({
      type: 'hearing',
      title: 'Oversight of the Federal Reserve: Hearing before the Committee on Banking, Housing, and Urban Affairs',
    });
    expect(h.publisher).toBeUndefined();
    expect(parse('Mary Shelley, [Letter to Leigh Hunt], March 9, 1819.').type).toBe('personal_communication');
    expect(parse('Adams to Jefferson, July 15, 1813, Adams Papers, Massachusetts Historical Society.').type).toBe(
      'personal_communication',
    );
  });

  it('stays a book without such a cue', () => {
    for (const s of [
      'E. Said, Culture and Imperialism, Knopf, 1993.',
      'M. Ishiguro, An Artist of the Floating World, Faber and Faber, 1986.',
      'P. Auster, Travels in the Scriptorium, Henry Holt, 2007.',
    ]) {
      expect(parse(s).type, s).toBe('book');
    }
  });
});

describe('quoted titles without a journal', () => {
  it('a body’s titled paper with nothing after it is a report it issued', () => {
    expect(parse('World Health Organization Department of Mental Health, “Mental Health Atlas 2020.”').type).toBe(
      'report',
    );
  });

  it('a person’s titled paper with nothing after it stays an article, its type a guess', () => {
    const r = parseReference('J. Smith, “On Measurement.”');
    expect(r.item.type).toBe('article-journal');
    expect(r.confidence.type).toBe('guessed');
  });

  it('a place and a publisher after the title make an imprint, never a journal', () => {
    const it0 = parse(
      'National Research Council, “Science for Environmental Protection,” Washington, D.C.: National Academies Press, 2012, p. 40.',
    );
    expect(it0).toMatchObject({
      type: 'report',
      'publisher-place': 'Washington, D.C.',
      publisher: 'National Academies Press',
    });
    expect(it0['container-title']).toBeUndefined();
  });
});

describe('names', () => {
  it('lower-case particles are the non-dropping particle; capitalised ones are the family name', () => {
    expect(
      parse(
        'Ruud van der Ploeg, “Natural Resources,” Journal of Economic Literature, Vol. 49, No. 2, 2011, pp. 366-420.',
      ).author,
    ).toEqual([{ family: 'Ploeg', given: 'Ruud', 'non-dropping-particle': 'van der' }]);
    expect(
      parse('Frans De Waal, Chimpanzee Politics, Baltimore: Johns Hopkins University Press, 2007, p. 9.').author,
    ).toEqual([{ family: 'De Waal', given: 'Frans' }]);
  });

  it('GB/T keeps a family name of several capitalised words before the initials', () => {
    expect(
      parseReference('[3] VAN DER WAALS J D, SMITH A. On continuity[J]. Physica, 1910, 2: 1-9.').item.author,
    ).toEqual([
      { family: 'Van Der Waals', given: 'J D' },
      { family: 'Smith', given: 'A' },
    ]);
  });
});

describe('GB/T element examples in Latin script', () => {
  it('reads an element alone', () => {
    expect(parse('[9] Berkeley, Calif.')).toMatchObject({ type: 'book', 'publisher-place': 'Berkeley, Calif.' });
    expect(parse('[10] Pergamon Press.')).toMatchObject({ type: 'book', publisher: 'Pergamon Press' });
    expect(parse('[11] Royal Society of Chemistry.')).toMatchObject({
      type: 'book',
      author: [{ literal: 'Royal Society of Chemistry' }],
    });
    expect(parse('[12] Journal of Applied Physics.')).toMatchObject({
      type: 'article-journal',
      'container-title': 'Journal of Applied Physics',
    });
    expect(parse('[13] 2019-07-04.')).toMatchObject({
      type: 'article-newspaper',
      issued: { 'date-parts': [[2019, 7, 4]] },
    });
  });

  it('reads a Chinese publisher or journal alone, and a name alone as a name', () => {
    expect(parse('[14] 商务印书馆.')).toMatchObject({ type: 'book', publisher: '商务印书馆' });
    expect(parse('[14] 商务印书馆.').author).toBeUndefined();
    expect(parse('[15] 中国人民大学学报 (社会科学版).')).toMatchObject({
      type: 'article-journal',
      'container-title': '中国人民大学学报 (社会科学版)',
    });
    expect(parse('[16] 费孝通.')).toMatchObject({ author: [{ literal: '费孝通' }] });
  });

  it('reads a Chinese case without 《》 only when the case name stands alone', () => {
    for (const s of ['本案原告诉称被告违约，法院未予支持。', '张三诉称其权利受到侵害，该案尚在审理。']) {
      const r = parseReference(s);
      expect(r.item.type, s).toBe('document');
      expect(r.failure, s).toBeTruthy();
    }
  });

  it('leaves a name or prose alone', () => {
    for (const s of ['Smith, John.', 'However, the Society of Friends disagreed.', 'However, This Is Not a Title.']) {
      const r = parseReference(s);
      expect(r.item.type, s).toBe('document');
      expect(r.failure, s).toBeTruthy();
    }
  });
});

describe('法学引注手册', () => {
  it('载《刊》…年第N期 is a journal article with its year and issue, the page cited', () => {
    const r = parseReference('孙宪忠：《物权行为理论探源及其意义》，载《法学研究》1996年第3期，第80页。');
    expect(r.item).toMatchObject({
      type: 'article-journal',
      'container-title': '法学研究',
      issued: { 'date-parts': [[1996]] },
      issue: '3',
    });
    expect(r.locator).toBe('80');
  });

  it('载 before a book stays a chapter', () => {
    const r = parseReference(
      '苏永钦：《私法自治中的国家强制》，载苏永钦主编：《走入新世纪的私法自治》，中国政法大学出版社2002年版，第5页。',
    );
    expect(r.item).toMatchObject({
      type: 'chapter',
      'container-title': '走入新世纪的私法自治',
      editor: [{ literal: '苏永钦' }],
    });
  });
});

describe('English notes: hosts, dates and numbers', () => {
  it('a host named as a meeting’s makes a conference paper, with or without editors', () => {
    const r = parseReference(
      'M. Honnibal and M. Johnson, “An Improved Non-monotonic Transition System for Dependency Parsing,” in Proceedings of the 2015 Conference on Empirical Methods in Natural Language Processing, Lisbon: Association for Computational Linguistics, 2015, pp. 1373-1378.',
    );
    expect(r.item).toMatchObject({
      type: 'paper-conference',
      'container-title': 'Proceedings of the 2015 Conference on Empirical Methods in Natural Language Processing',
      'publisher-place': 'Lisbon',
      publisher: 'Association for Computational Linguistics',
      page: '1373-1378',
    });
    expect(
      parse('C. Geertz, “Deep Play,” in C. Geertz, ed., Myth, Symbol, and Culture, New York: Norton, 1971, pp. 1-37.')
        .type,
    ).toBe('chapter');
  });

  it('a newspaper’s full date ends its name; a section page is the cited page', () => {
    const r = parseReference('K. Bradsher, “China’s Factories Slow,” The New York Times, June 2, 2019, p. B3.');
    expect(r.item).toMatchObject({
      type: 'article-newspaper',
      'container-title': 'The New York Times',
      issued: { 'date-parts': [[2019]] },
    });
    expect(r.locator).toBe('B3');
  });

  it('a magazine article’s pp. range is its extent', () => {
    const r = parseReference('E. Kolbert, “The Sixth Extinction?,” The New Yorker, vol. 85, no. 16 (2009), pp. 53-63.');
    expect(r.item).toMatchObject({ type: 'article-magazine', page: '53-63' });
    expect(r.locator).toBeNull();
  });

  it('a working paper’s number is no issue', () => {
    const it0 = parse(
      'D. Acemoglu and P. Restrepo, “Robots and Jobs,” Working Paper no. 23285, National Bureau of Economic Research, 2017.',
    );
    expect(it0).toMatchObject({
      type: 'report',
      genre: 'Working Paper',
      number: '23285',
      publisher: 'National Bureau of Economic Research',
    });
    expect(it0.issue).toBeUndefined();
  });

  it('a web article’s site stands before its date; a date alone is no site', () => {
    expect(
      parse('S. Lohr, “Facial Recognition Is Accurate,” Wired, 2018, https://www.wired.com/story/facial-recognition/.'),
    ).toMatchObject({ type: 'webpage', 'container-title': 'Wired' });
    expect(
      parse('Gallup, “Work and Education,” May 5, 2020, https://news.gallup.com/poll/1720/work-work-place.aspx.')[
        'container-title'
      ],
    ).toBeUndefined();
  });
});

describe('reference lists: APA and Chicago bibliography', () => {
  it('APA: a question inside a title does not end it before the journal', () => {
    const it0 = parse(
      'Frey, C. B., & Osborne, M. A. (2017). The future of employment: How susceptible are jobs to computerisation? Evidence from 702 occupations. *Technological Forecasting and Social Change*, *114*, 254–280.',
    );
    expect(it0).toMatchObject({
      type: 'article-journal',
      'container-title': 'Technological Forecasting and Social Change',
      volume: '114',
      page: '254-280',
    });
    expect(it0.title).toBe(
      'The future of employment: How susceptible are jobs to computerisation? Evidence from 702 occupations',
    );
  });

  it('APA: bodies and editors closed by a stop, theses, newspapers without volume', () => {
    expect(
      parse(
        'International Labour Organization. (2021). *World employment and social outlook 2021*. International Labour Office.',
      ),
    ).toMatchObject({
      author: [{ literal: 'International Labour Organization' }],
      publisher: 'International Labour Office',
      issued: { 'date-parts': [[2021]] },
    });
    expect(parse('Rossi, P., & Chen, L. (Eds.). (2015). *Labour in transition*. Routledge.')).toMatchObject({
      editor: [
        { family: 'Rossi', given: 'P.' },
        { family: 'Chen', given: 'L.' },
      ],
      publisher: 'Routledge',
    });
    expect(
      parse(
        'Garcia, M. (2016). *Migrant work in Shenzhen* [Doctoral dissertation, Stanford University]. ProQuest Dissertations and Theses Global.',
      ),
    ).toMatchObject({ type: 'thesis', publisher: 'Stanford University', genre: 'Doctoral dissertation' });
    expect(
      parse(
        'Wong, E. (2020, May 4). Factories reopen slowly. *The Washington Post*. https://www.washingtonpost.com/world/factories-reopen/2020/05/04/',
      ),
    ).toMatchObject({ type: 'article-newspaper', 'container-title': 'The Washington Post' });
  });

  it('Chicago bibliography: edited volumes, chapters with their pages, imprints after a body', () => {
    expect(
      parse(
        'Evans, Peter B., and Theda Skocpol, eds. *States and Social Revolutions*. Cambridge: Cambridge University Press, 1979.',
      ),
    ).toMatchObject({
      editor: [
        { family: 'Evans', given: 'Peter B.' },
        { family: 'Skocpol', given: 'Theda' },
      ],
      publisher: 'Cambridge University Press',
    });
    expect(
      parse(
        'Geertz, Clifford. “Thick Description.” In *The Interpretation of Cultures*, edited by Clifford Geertz and Hildred Geertz, 3–30. New York: Basic Books, 1973.',
      ),
    ).toMatchObject({
      type: 'chapter',
      'container-title': 'The Interpretation of Cultures',
      page: '3-30',
      publisher: 'Basic Books',
      'publisher-place': 'New York',
    });
    expect(
      parse(
        'International Monetary Fund. *World Economic Outlook*. Washington, DC: International Monetary Fund, 2020.',
      ),
    ).toMatchObject({ 'publisher-place': 'Washington, DC', publisher: 'International Monetary Fund' });
  });

  it('a name ending in -ed is no editor', () => {
    expect(
      parse('Leila Ahmed, *Women and Gender in Islam*, New Haven: Yale University Press, 1992, p. 5.'),
    ).toMatchObject({ author: [{ family: 'Ahmed', given: 'Leila' }] });
  });
});

describe('Chicago author-date and MLA web entries', () => {
  it('reads the year after the names', () => {
    expect(
      parse(
        'Scott, James C. 1985. *Weapons of the Weak: Everyday Forms of Peasant Resistance*. New Haven: Yale University Press.',
      ),
    ).toMatchObject({
      type: 'book',
      author: [{ family: 'Scott', given: 'James C.' }],
      title: 'Weapons of the Weak: Everyday Forms of Peasant Resistance',
      'publisher-place': 'New Haven',
      publisher: 'Yale University Press',
      issued: { 'date-parts': [[1985]] },
    });
    expect(
      parse(
        'Oi, Jean C. 1992. “Fiscal Reform and the Economic Foundations of Local State Corporatism in China.” *World Politics* 45 (1): 99–126.',
      ),
    ).toMatchObject({
      type: 'article-journal',
      'container-title': 'World Politics',
      volume: '45',
      issue: '1',
      page: '99-126',
      issued: { 'date-parts': [[1992]] },
    });
  });

  it('reads an edition closed by the entry’s stops and an address without its scheme', () => {
    expect(parse('Giddens, Anthony. *Sociology*. 6th ed. Cambridge: Polity, 2009.')).toMatchObject({
      edition: '6',
      publisher: 'Polity',
    });
    expect(
      parse(
        'Tufekci, Zeynep. “The Road from Tahrir to Trump.” *Wired*, 16 Aug. 2017, www.wired.com/story/the-road-from-tahrir-to-trump/.',
      ),
    ).toMatchObject({ 'container-title': 'Wired', URL: 'www.wired.com/story/the-road-from-tahrir-to-trump/' });
    expect(parse('Marx, Karl. *Capital*. Vol. 1. London: Penguin, 1976.').URL).toBeUndefined();
  });
});

describe('Chinese archival documents', () => {
  it('reads the holding archive and the file number, with the archive ahead of the title or after it', () => {
    expect(parse('中国第二历史档案馆藏：《行政院关于战后救济的训令》，档号2-1-1034。')).toMatchObject({
      type: 'manuscript',
      archive: '中国第二历史档案馆',
      archive_location: '2-1-1034',
      title: '行政院关于战后救济的训令',
    });
    const it0 = parse('《上海市社会局关于工潮的报告》，1946年5月3日，上海市档案馆藏，档号Q6-8-100。');
    expect(it0).toMatchObject({ type: 'manuscript', archive: '上海市档案馆', archive_location: 'Q6-8-100' });
    expect(it0.author).toBeUndefined();
  });

  it('an author’s name is no archive', () => {
    expect(parse('费孝通：《乡土中国》，北京：北京出版社，2005年，第6页。')).toMatchObject({
      type: 'book',
      author: [{ literal: '费孝通' }],
    });
  });
});
