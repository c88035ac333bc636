import { describe, expect, it } from 'vitest';
import { parseReference } from '../../src/parse/index.js';

const year = (y: number) => ({ 'date-parts': [[y]] });
type Row = [string, Record<string, unknown>, string | null];

/** English references in Chicago notes, Chicago bibliography, APA and MLA forms, with and without italics. */
const TABLE: Row[] = [
  // Chicago notes
  [
    'Thomas Piketty, *Capital in the Twenty-First Century*, trans. Arthur Goldhammer, Cambridge, MA: Harvard University Press, 2014, p. 23.',
    {
      type: 'book',
      author: [{ family: 'Piketty', given: 'Thomas' }],
      translator: [{ family: 'Goldhammer', given: 'Arthur' }],
      'publisher-place': 'Cambridge, MA',
      publisher: 'Harvard University Press',
      issued: year(2014),
    },
    '23',
  ],
  [
    'Nick Srnicek and Alex Williams, *Inventing the Future: Postcapitalism and a World Without Work* (London: Verso, 2015), 86.',
    {
      type: 'book',
      author: [
        { family: 'Srnicek', given: 'Nick' },
        { family: 'Williams', given: 'Alex' },
      ],
      'publisher-place': 'London',
      publisher: 'Verso',
      issued: year(2015),
    },
    '86',
  ],
  [
    'Karl Marx, *Capital*, vol. 1, trans. Ben Fowkes (London: Penguin, 1976), 548.',
    { type: 'book', volume: '1', translator: [{ family: 'Fowkes', given: 'Ben' }], publisher: 'Penguin' },
    '548',
  ],
  [
    'Aaron Benanav, “Automation and the Future of Work—1,” *New Left Review* 119 (2019): 5–38.',
    { type: 'article-journal', 'container-title': 'New Left Review', volume: '119', issued: year(2019), page: '5-38' },
    null,
  ],
  [
    'L. Weinstein and M. N. Swartz, “Pathogenic Properties of Invading Microorganisms,” in William A. Sodeman Jr. and William A. Sodeman, eds., Pathologic Physiology: Mechanisms of Disease, Philadelphia: Saunders, 1974, pp. 457-472.',
    {
      type: 'chapter',
      'container-title': 'Pathologic Physiology: Mechanisms of Disease',
      publisher: 'Saunders',
      'publisher-place': 'Philadelphia',
      issued: year(1974),
      page: '457-472',
    },
    null,
  ],
  [
    'Stewart M. McCauley and Morten H. Christiansen, “Language Learning as Language Use,” Psychological Review, vol. 126, no. 1 (2019), pp. 1-51.',
    { type: 'article-journal', 'container-title': 'Psychological Review', volume: '126', issue: '1', page: '1-51' },
    null,
  ],
  [
    'A. Hess, “Cats Who Take Direction,” The New York Times (January 2019), p. C1.',
    { type: 'article-newspaper', 'container-title': 'The New York Times' },
    'C1',
  ],
  [
    'M. M. Hollander, “Resistance to Authority,” Doctoral Dissertation, University of Wisconsin–Madison, 2017.',
    { type: 'thesis', publisher: 'University of Wisconsin–Madison', issued: year(2017) },
    null,
  ],
  [
    'J. Piaget and B. Inhelder, The Psychology of the Child, trans. H. Weaver, Basic Books, 1969.',
    {
      type: 'book',
      title: 'The Psychology of the Child',
      author: [
        { family: 'Piaget', given: 'J.' },
        { family: 'Inhelder', given: 'B.' },
      ],
      translator: [{ family: 'Weaver', given: 'H.' }],
      publisher: 'Basic Books',
      issued: year(1969),
    },
    null,
  ],
  [
    'K. F. Pridham, R. Limbo, and M. Schroeder, eds., Guided Participation in Pediatric Nursing Practice, Springer Publishing Company, 2018.',
    {
      editor: [
        { family: 'Pridham', given: 'K. F.' },
        { family: 'Limbo', given: 'R.' },
        { family: 'Schroeder', given: 'M.' },
      ],
      title: 'Guided Participation in Pediatric Nursing Practice',
      publisher: 'Springer Publishing Company',
    },
    null,
  ],
  [
    'Brown v. Board of Education, vol. 347, 1954, p. 483.',
    { type: 'legal_case', title: 'Brown v. Board of Education' },
    '483',
  ],
  [
    'Civil Rights Act of 1964, vol. 78, 1964, p. 241.',
    { type: 'legislation', title: 'Civil Rights Act of 1964' },
    '241',
  ],
  [
    'APA Education [@APAEducation], College Students Are Forming Mental-Health Clubs, Twitter, 2018, https://twitter.com/apaeducation/status/1012810490530140161.',
    {
      type: 'post',
      author: [{ literal: 'APA Education [@APAEducation]' }],
      'container-title': 'Twitter',
      issued: year(2018),
    },
    null,
  ],
  [
    'Library of Congress, Home, https://www.loc.gov/，June 12, 2020.',
    { type: 'webpage', URL: 'https://www.loc.gov/', accessed: { 'date-parts': [[2020]] } },
    null,
  ],
  // Chicago bibliography and MLA
  [
    'Piketty, Thomas. *Capital in the Twenty-First Century*. Translated by Arthur Goldhammer. Cambridge, MA: Harvard University Press, 2014.',
    {
      type: 'book',
      author: [{ family: 'Piketty', given: 'Thomas' }],
      translator: [{ family: 'Goldhammer', given: 'Arthur' }],
      publisher: 'Harvard University Press',
      issued: year(2014),
    },
    null,
  ],
  [
    'Benanav, Aaron. “Automation and the Future of Work—1.” *New Left Review* 119 (2019): 5–38.',
    {
      type: 'article-journal',
      author: [{ family: 'Benanav', given: 'Aaron' }],
      'container-title': 'New Left Review',
      volume: '119',
      page: '5-38',
    },
    null,
  ],
  [
    'Tronti, Mario. “The Strategy of Refusal.” *Autonomia: Post-Political Politics*, edited by Sylvère Lotringer and Christian Marazzi, Semiotext(e), 1980, pp. 28-35.',
    {
      type: 'chapter',
      editor: [
        { family: 'Lotringer', given: 'Sylvère' },
        { family: 'Marazzi', given: 'Christian' },
      ],
      publisher: 'Semiotext(e)',
      issued: year(1980),
    },
    '28-35',
  ],
  // Markdown emphasis in its other spellings: a cue, never part of a value
  [
    'C. Fuchs, _Digital Labor and Karl Marx_, London: Routledge, 2014.',
    { type: 'book', title: 'Digital Labor and Karl Marx', publisher: 'Routledge' },
    null,
  ],
  [
    'C. Fuchs, **Digital Labor and Karl Marx**, London: Routledge, 2014, p. 5.',
    { type: 'book', title: 'Digital Labor and Karl Marx', 'publisher-place': 'London' },
    '5',
  ],
  [
    'Fuchs, C. (2014). **Digital labor and Karl Marx**. Routledge.',
    { type: 'book', title: 'Digital labor and Karl Marx', publisher: 'Routledge' },
    null,
  ],
  [
    'Hughes, C., & Southern, A. (2019). The world of work. _Journal of Classical Sociology_, _19_(1), 59–71.',
    {
      type: 'article-journal',
      title: 'The world of work',
      'container-title': 'Journal of Classical Sociology',
      volume: '19',
      issue: '1',
      page: '59-71',
    },
    null,
  ],
  // APA
  [
    'Harvey, D. (2017). *Marx, capital and the madness of economic reason*. Oxford University Press.',
    {
      type: 'book',
      author: [{ family: 'Harvey', given: 'D.' }],
      title: 'Marx, capital and the madness of economic reason',
      publisher: 'Oxford University Press',
      issued: year(2017),
    },
    null,
  ],
  [
    'Fuchs, C. (2014). Digital labor and Karl Marx. Routledge.',
    { type: 'book', title: 'Digital labor and Karl Marx', publisher: 'Routledge' },
    null,
  ],
  [
    'Hughes, C., & Southern, A. (2019). The world of work and the crisis of capitalism. *Journal of Classical Sociology*, 19(1), 59–71. https://doi.org/10.1177/1468795X18810577',
    {
      type: 'article-journal',
      author: [
        { family: 'Hughes', given: 'C.' },
        { family: 'Southern', given: 'A.' },
      ],
      'container-title': 'Journal of Classical Sociology',
      volume: '19',
      issue: '1',
      page: '59-71',
      DOI: '10.1177/1468795X18810577',
    },
    null,
  ],
  [
    'Lohmann, L. (2020). Interpretation machines. In L. Panitch & G. Albo (Eds.), *Beyond digital capitalism* (pp. 50–89). Merlin Press.',
    {
      type: 'chapter',
      editor: [
        { family: 'Panitch', given: 'L.' },
        { family: 'Albo', given: 'G.' },
      ],
      'container-title': 'Beyond digital capitalism',
      page: '50-89',
      publisher: 'Merlin Press',
    },
    null,
  ],
  // Bibliographies that lost their italics: the stops still show where the title and the container end;
  // the inverted head says which word is the family name.
  [
    'Skinner, G. William. The City in Late Imperial China. Stanford, CA: Stanford University Press, 1977.',
    {
      type: 'book',
      author: [{ family: 'Skinner', given: 'G. William' }],
      title: 'The City in Late Imperial China',
      'publisher-place': 'Stanford, CA',
      publisher: 'Stanford University Press',
      issued: year(1977),
    },
    null,
  ],
  [
    'Sewell, William H., Jr. Logics of History: Social Theory and Social Transformation. Chicago: University of Chicago Press, 2005.',
    {
      type: 'book',
      author: [{ family: 'Sewell', given: 'William H.', suffix: 'Jr' }],
      title: 'Logics of History: Social Theory and Social Transformation',
      publisher: 'University of Chicago Press',
      issued: year(2005),
    },
    null,
  ],
  [
    'Scott, James C. Domination and the Arts of Resistance. New Haven: Yale University Press, 1990.',
    {
      type: 'book',
      author: [{ family: 'Scott', given: 'James C.' }],
      title: 'Domination and the Arts of Resistance',
      'publisher-place': 'New Haven',
      issued: year(1990),
    },
    null,
  ],
  [
    'Sima Qian. Records of the Grand Historian. Edited and translated by Burton Watson. New York: Columbia University Press, 1961.',
    {
      type: 'book',
      title: 'Records of the Grand Historian',
      editor: [{ family: 'Watson', given: 'Burton' }],
      translator: [{ family: 'Watson', given: 'Burton' }],
      publisher: 'Columbia University Press',
      issued: year(1961),
    },
    null,
  ],
  [
    'Hamilton, Gary G., and Wang Zheng. “Introduction.” In From the Soil, by Fei Xiaotong, 1–34. Berkeley: University of California Press, 1992.',
    {
      type: 'chapter',
      author: [
        { family: 'Hamilton', given: 'Gary G.' },
        { family: 'Zheng', given: 'Wang' },
      ],
      title: 'Introduction',
      'container-title': 'From the Soil',
      publisher: 'University of California Press',
      issued: year(1992),
    },
    null,
  ],
  [
    'Harvey, David. 2005. A Brief History of Neoliberalism. Oxford: Oxford University Press.',
    {
      type: 'book',
      author: [{ family: 'Harvey', given: 'David' }],
      title: 'A Brief History of Neoliberalism',
      publisher: 'Oxford University Press',
      issued: year(2005),
    },
    null,
  ],
  [
    'Carr, Edward Hallett. What Is History? London: Macmillan, 1961.',
    {
      type: 'book',
      title: 'What Is History?',
      'publisher-place': 'London',
      publisher: 'Macmillan',
      issued: year(1961),
    },
    null,
  ],
  [
    'Perry, Elizabeth J. “Chinese Conceptions of Rights.” Perspectives on Politics 6, no. 1 (2008): 37–50.',
    {
      type: 'article-journal',
      title: 'Chinese Conceptions of Rights',
      'container-title': 'Perspectives on Politics',
      volume: '6',
      issue: '1',
      page: '37-50',
      issued: year(2008),
    },
    null,
  ],
  [
    'Spivak, Gayatri Chakravorty. “Can the Subaltern Speak?” Marxism and the Interpretation of Culture, edited by Cary Nelson and Lawrence Grossberg, U of Illinois P, 1988, pp. 271–313.',
    {
      type: 'chapter',
      'container-title': 'Marxism and the Interpretation of Culture',
      editor: [
        { family: 'Nelson', given: 'Cary' },
        { family: 'Grossberg', given: 'Lawrence' },
      ],
      publisher: 'U of Illinois P',
    },
    '271-313',
  ],
  // Chicago notes without italics: the bracketed imprint closes the title; `in Book, ed. A, B, and C` names the editors after the book.
  [
    'Burton Watson, Records of the Grand Historian, ed. and trans. Burton Watson (New York: Columbia University Press, 1961), 12.',
    {
      type: 'book',
      title: 'Records of the Grand Historian',
      translator: [{ family: 'Watson', given: 'Burton' }],
      'publisher-place': 'New York',
      publisher: 'Columbia University Press',
      issued: year(1961),
    },
    '12',
  ],
  [
    'Theda Skocpol, “Bringing the State Back In,” in Bringing the State Back In, ed. Peter B. Evans, Dietrich Rueschemeyer, and Theda Skocpol (Cambridge: Cambridge University Press, 1985), 3–37.',
    {
      type: 'chapter',
      'container-title': 'Bringing the State Back In',
      editor: [
        { family: 'Evans', given: 'Peter B.' },
        { family: 'Rueschemeyer', given: 'Dietrich' },
        { family: 'Skocpol', given: 'Theda' },
      ],
      publisher: 'Cambridge University Press',
      issued: year(1985),
    },
    null,
  ],
  // Short notes: the author, the title and the page, nothing else (Chicago; the English short notes of Chinese journals).
  [
    'Pomeranz, Great Divergence, 31.',
    { type: 'book', author: [{ literal: 'Pomeranz' }], title: 'Great Divergence' },
    '31',
  ],
  [
    'Scott, Seeing Like a State, 4–6.',
    { type: 'book', author: [{ literal: 'Scott' }], title: 'Seeing Like a State' },
    '4-6',
  ],
  ['Weber, Protestant Ethic.', { type: 'book', author: [{ literal: 'Weber' }], title: 'Protestant Ethic' }, null],
  [
    'Peter Brooks: Troubling Confessions, p. 24.',
    { type: 'book', author: [{ family: 'Brooks', given: 'Peter' }], title: 'Troubling Confessions' },
    '24',
  ],
  // MLA works cited as printed without italics: `31. 1 (2018)`, `Eds.` after the container, pages after the
  // date, the year of first publication before the edition, `Dir.`, a body or `---.` at the head, law reports.
  [
    'Anderson, M. “Getting Consistent with Consequences.” Educational Leadership 76. 1 (2018): 26–33.',
    {
      type: 'article-journal',
      author: [{ family: 'Anderson', given: 'M.' }],
      'container-title': 'Educational Leadership',
      volume: '76',
      issue: '1',
      page: '26-33',
      issued: year(2018),
    },
    null,
  ],
  [
    'Balsam, K. F., et al. “Affirmative Cognitive Behavior Therapy with Sexual and Gender Minority People.” Culturally Responsive Cognitive Behavior Therapy: Practice and Supervision, Eds. G. Y. Iwamasa and P. A. Hays, 2nd ed., American Psychological Association, 2019, 287–314.',
    {
      type: 'chapter',
      'container-title': 'Culturally Responsive Cognitive Behavior Therapy: Practice and Supervision',
      editor: [
        { family: 'Iwamasa', given: 'G. Y.' },
        { family: 'Hays', given: 'P. A.' },
      ],
      publisher: 'American Psychological Association',
      issued: year(2019),
      page: '287-314',
    },
    null,
  ],
  [
    'Freud, S. The Interpretation of Dreams: The Complete and Definitive Text. 1900. Ed. & tran. J. Strachey, Basic Books, 2010.',
    {
      type: 'book',
      title: 'The Interpretation of Dreams: The Complete and Definitive Text',
      editor: [{ family: 'Strachey', given: 'J.' }],
      translator: [{ family: 'Strachey', given: 'J.' }],
      publisher: 'Basic Books',
      issued: year(2010),
      'original-date': year(1900),
    },
    null,
  ],
  [
    'Goodbye Children. Dir. L. Malle, Nouvelles Éditions de Films, 1987.',
    {
      type: 'motion_picture',
      title: 'Goodbye Children',
      director: [{ family: 'Malle', given: 'L.' }],
      publisher: 'Nouvelles Éditions de Films',
      issued: year(1987),
    },
    null,
  ],
  [
    '“Brown v. Board of Education.” U.S., vol. 347, 1954, 483.',
    {
      type: 'legal_case',
      title: 'Brown v. Board of Education',
      'container-title': 'U.S.',
      volume: '347',
      page: '483',
      issued: year(1954),
    },
    null,
  ],
  [
    'Canada Council for the Arts. What We Heard: Summary of Key Findings. 2013.',
    {
      type: 'book',
      author: [{ literal: 'Canada Council for the Arts' }],
      title: 'What We Heard: Summary of Key Findings',
      issued: year(2013),
    },
    null,
  ],
  [
    'Bowie, D. Blackstar. Columbia, 2016.',
    {
      type: 'song',
      author: [{ family: 'Bowie', given: 'D.' }],
      title: 'Blackstar',
      publisher: 'Columbia',
      issued: year(2016),
    },
    null,
  ],
  [
    '---. Ethical Principles of Psychologists and Code of Conduct. 2017.',
    { type: 'book', title: 'Ethical Principles of Psychologists and Code of Conduct', issued: year(2017) },
    null,
  ],
  [
    'Bologna, C. “What Happens to Your Mind and Body When You Feel Homesick?” HuffPost, 27 June 2018. https://www.huffingtonpost.com/entry/what-happens-mind-body-homesick_us_5b201ebde4b09d7a3d77eee1.',
    {
      title: 'What Happens to Your Mind and Body When You Feel Homesick?',
      'container-title': 'HuffPost',
      issued: year(2018),
    },
    null,
  ],
  [
    'Fistek, A., et al. Everybody’s Got a Little Music in Them: Using Music Therapy to Connect, Engage, and Motivate. Milwaukee, WI, United States.',
    {
      type: 'speech',
      title: 'Everybody’s Got a Little Music in Them: Using Music Therapy to Connect, Engage, and Motivate',
      'publisher-place': 'Milwaukee, WI, United States',
    },
    null,
  ],
  [
    '“List of Oldest Companies.” Wikipedia, 13 Jan. 2019.',
    { title: 'List of Oldest Companies', 'container-title': 'Wikipedia', issued: year(2019) },
    null,
  ],
  [
    'Lilienfeld, S. O., ed. Archives of Scientific Psychology. no. 1, 2018.',
    {
      editor: [{ family: 'Lilienfeld', given: 'S. O.' }],
      title: 'Archives of Scientific Psychology',
      issued: year(2018),
    },
    null,
  ],
  [
    'Goldin-Meadow, S. “Gesture and Cognitive Development.” Handbook of Child Psychology and Developmental Science, Eds. L. S. Liben and U. Mueller, 7th ed., vol. 2, John Wiley & Sons, 2015, 339–80.',
    {
      type: 'chapter',
      'container-title': 'Handbook of Child Psychology and Developmental Science',
      volume: '2',
      publisher: 'John Wiley & Sons',
      page: '339-80',
    },
    null,
  ],
  // 法学引注手册's English notes: Bluebook citations, `A & B eds.` and `et al. eds.` without a comma before the role
  [
    'Charles A. Reich, The New Property, 73 Yale Law Journal 733 (1964).',
    {
      type: 'article-journal',
      author: [{ family: 'Reich', given: 'Charles A.' }],
      title: 'The New Property',
      volume: '73',
      'container-title': 'Yale Law Journal',
      page: '733',
      issued: year(1964),
    },
    null,
  ],
  [
    'Natural Resources Defense Council v. Gorsuch, 685 F.2d 718 (D.C. Cir. 1982).',
    {
      type: 'legal_case',
      title: 'Natural Resources Defense Council v. Gorsuch',
      volume: '685',
      'container-title': 'F.2d',
      page: '718',
      issued: year(1982),
      authority: 'D.C. Cir.',
    },
    null,
  ],
  [
    'Roe v. Wade, 410 U.S. 113, 120 (1973).',
    {
      type: 'legal_case',
      title: 'Roe v. Wade',
      volume: '410',
      'container-title': 'U.S.',
      page: '113',
      issued: year(1973),
    },
    '120',
  ],
  [
    'William Deverell & David Igler eds., A Companion to California History, John Wiley & Sons, 2013.',
    {
      type: 'book',
      editor: [
        { family: 'Deverell', given: 'William' },
        { family: 'Igler', given: 'David' },
      ],
      title: 'A Companion to California History',
      publisher: 'John Wiley & Sons',
      issued: year(2013),
    },
    null,
  ],
  [
    'Lynette Torres, Fiona Salisbury, et al. eds., Connecting the Library to the Curriculum, Springer Nature, 2021.',
    {
      type: 'book',
      editor: [
        { family: 'Torres', given: 'Lynette' },
        { family: 'Salisbury', given: 'Fiona' },
      ],
      title: 'Connecting the Library to the Curriculum',
      publisher: 'Springer Nature',
    },
    null,
  ],
  // German and French law notes (法学引注手册): Band and Aufl., (Hrsg.) with names joined by /, journal
  // abbreviation with volume and (year), guillemets, p. before a range
  [
    'Claus Roxin, Strafrecht Allgemeiner Teil, Band I, 4. Aufl. 2006.',
    {
      type: 'book',
      author: [{ family: 'Roxin', given: 'Claus' }],
      title: 'Strafrecht Allgemeiner Teil',
      volume: 'I',
      edition: '4',
      issued: year(2006),
    },
    null,
  ],
  [
    'Ralf Dreier/Stanley Paulson (Hrsg.), Rechtsphilosophie Studienausgabe, 2. Aufl. 2003.',
    {
      type: 'book',
      editor: [
        { family: 'Dreier', given: 'Ralf' },
        { family: 'Paulson', given: 'Stanley' },
      ],
      title: 'Rechtsphilosophie Studienausgabe',
      edition: '2',
      issued: year(2003),
    },
    null,
  ],
  [
    'Benjamin Vogel, Rechtsgüterschutz und Normgeltung, ZStW 129 (2017).',
    {
      type: 'article-journal',
      title: 'Rechtsgüterschutz und Normgeltung',
      'container-title': 'ZStW',
      volume: '129',
      issued: year(2017),
    },
    null,
  ],
  [
    'Marc Poisson, « Le droit de la mer », RGDIP, 2015, p. 15-47.',
    {
      type: 'article-journal',
      title: 'Le droit de la mer',
      'container-title': 'RGDIP',
      issued: year(2015),
      page: '15-47',
    },
    null,
  ],
  // British single quotes, their closing mark told from the apostrophe.
  [
    'Tomas Lind, ‘Harbour Towns and Their Quays’, in *Ports of the North*, ed. Ana Ruiz (Oslo: Cappelen, 1999), 177–93.',
    { type: 'chapter', title: 'Harbour Towns and Their Quays', 'container-title': 'Ports of the North' },
    '177-93',
  ],
  ['Lind, ‘Harbour Towns and Their Quays’, 185.', { title: 'Harbour Towns and Their Quays' }, '185'],
  [
    'Ana Ruiz, ‘The Crane’s Return’, *Journal of Port Studies* 4, no. 3 (1993): 126, doi:10.1007/BF01256548.',
    { type: 'article-journal', title: 'The Crane’s Return', issued: year(1993), DOI: '10.1007/BF01256548' },
    null,
  ],
  // A periodical cited by its day is a paper or a magazine.
  [
    'Ana Ruiz, ‘Harbour Cranes Return’, *The Baltic Times*, 12 May 2019.',
    { type: 'article-newspaper', 'container-title': 'The Baltic Times', issued: year(2019) },
    null,
  ],
  // A paper is known by its name in notes and in APA lists alike (one list: data/parse-words.json).
  [
    'Claire Dupont, ‘La crise des ports’, *Le Monde*, 12 May 2019.',
    { type: 'article-newspaper', 'container-title': 'Le Monde', issued: year(2019) },
    null,
  ],
  [
    'Dupont, C. (2019, May 12). La crise des ports. *Le Monde*.',
    { type: 'article-newspaper', 'container-title': 'Le Monde', issued: year(2019) },
    null,
  ],
  [
    'Okafor, J. (2019, May 2). Traffic rises on the connector. *The Atlanta Journal-Constitution*.',
    { type: 'article-newspaper', 'container-title': 'The Atlanta Journal-Constitution' },
    null,
  ],
  [
    'Okafor, J. (2019, May 2). Traffic rises on the connector. *Harbour Studies*.',
    { type: 'article-journal', 'container-title': 'Harbour Studies' },
    null,
  ],
  // A firm closed by `& Co.` is one body, its stop the abbreviation's (read as a person and a body `Co` before).
  [
    'Rand McNally & Co., *Commercial Atlas and Marketing Guide* (Chicago: Rand McNally, 1921), 12.',
    { type: 'book', author: [{ literal: 'Rand McNally & Co.' }], publisher: 'Rand McNally', issued: year(1921) },
    '12',
  ],
  // `Government`, `Fund` and `Nations` are words of bodies' names (read as a person, or two bodies as one, before).
  [
    'Australian Government, *Intergenerational Report 2023* (Canberra: Commonwealth of Australia, 2023), 12.',
    { type: 'book', author: [{ literal: 'Australian Government' }], publisher: 'Commonwealth of Australia' },
    '12',
  ],
  [
    'Commonwealth Fund. 2021. *Mirror, Mirror 2021*. New York: Commonwealth Fund.',
    { author: [{ literal: 'Commonwealth Fund' }], title: 'Mirror, Mirror 2021', issued: year(2021) },
    null,
  ],
  [
    'United Nations and World Bank, *Pathways for Peace: Inclusive Approaches to Preventing Violent Conflict* (Washington, DC: World Bank, 2018), 4.',
    { author: [{ literal: 'United Nations' }, { literal: 'World Bank' }], publisher: 'World Bank', issued: year(2018) },
    '4',
  ],
  // APA's year after a body's name closes it, though `&` or the stop of `Co.` kept it open (one author
  // `Rand McNally & Co. (1921)`, or two, `McKinsey` and `Company`, before).
  [
    'McKinsey & Company. (2017). *Jobs lost, jobs gained: Workforce transitions in a time of automation*. McKinsey Global Institute.',
    { author: [{ literal: 'McKinsey & Company' }], issued: year(2017), publisher: 'McKinsey Global Institute' },
    null,
  ],
  [
    'Rand McNally & Co. (1921). *Commercial atlas of America*. Rand McNally.',
    { author: [{ literal: 'Rand McNally & Co.' }], title: 'Commercial atlas of America', issued: year(1921) },
    null,
  ],
  // Two bodies joined by `&` stay two; people whose family name is `Co` stay people.
  [
    'World Health Organization & World Bank. (2017). *Tracking universal health coverage: 2017 global monitoring report*. World Bank.',
    { author: [{ literal: 'World Health Organization' }, { literal: 'World Bank' }], issued: year(2017) },
    null,
  ],
  [
    'World Health Organization & World Bank, *Tracking Universal Health Coverage* (Geneva: WHO, 2017), 4.',
    { author: [{ literal: 'World Health Organization' }, { literal: 'World Bank' }], issued: year(2017) },
    '4',
  ],
  [
    'Smith, J., & Co, A. (2010). Harbour cranes return. *Journal of Port Studies*, *3*(2), 1-10.',
    {
      type: 'article-journal',
      author: [
        { family: 'Smith', given: 'J.' },
        { family: 'Co', given: 'A.' },
      ],
      issued: year(2010),
    },
    null,
  ],
  // Pages after the imprint are the cited ones, not part of the publisher's name.
  [
    'Moreno, Laura. 2009. Street Markets of the Andes. Lima, PE: Fondo Editorial. 41-42.',
    { title: 'Street Markets of the Andes', publisher: 'Fondo Editorial', issued: year(2009) },
    '41-42',
  ],
];

describe('parse: English notes and bibliographies', () => {
  for (const [text, expected, locator] of TABLE) {
    it(text.slice(0, 50), () => {
      const r = parseReference(text);
      expect(r.failure).toBeUndefined();
      expect(r.lang).toBe('en');
      expect(r.item).toMatchObject(expected);
      expect(r.locator).toBe(locator);
    });
  }
});
