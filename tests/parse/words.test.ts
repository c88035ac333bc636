import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../src/model/csl.js';
import { parseReference } from '../../src/parse/index.js';
import { kindByMaker, legalType } from '../../src/parse/en/kinds.js';
import { PARSE_WORDS } from '../../src/parse/words.js';

// Every word of the lists of data/parse-words.json read by src/parse/en does its part, and a word not in them does
// not: a check fails when a pattern stops reading its list or reads another; the names of real bodies and
// periodicals pin the words that matter most.
const W = PARSE_WORDS;
const parsed = (text: string) => parseReference(text).item;
const byPublisher = (publisher: string, title = 'Harbour Lights'): CslItem['type'] | null =>
  kindByMaker({ id: '', type: 'book', title, publisher });

describe('parse words: English notes and bibliographies', () => {
  it('knows a magazine by its name, with or without `The`; a periodical with a volume is otherwise a journal', () => {
    const note = (periodical: string) =>
      parsed(`Ana Ruiz, “Harbour Cranes Return,” ${periodical}, vol. 5 (2019): 3–9.`);
    for (const w of W.magazineNames) {
      expect(note(w)).toMatchObject({ type: 'article-magazine', 'container-title': w });
      expect(note(`The ${w}`).type).toBe('article-magazine');
    }
    expect(note('The New Yorker').type).toBe('article-magazine');
    expect(note('Harbour Review').type).toBe('article-journal');
  });

  it("reads a part of a meeting's host as a conference paper", () => {
    const note = (host: string) =>
      parsed(
        `Ana Ruiz, “Harbour Cranes Return,” in ${host} of the Harbour Society, ed. Ben Ode (Lima: Fondo, 2019), 3–9.`,
      );
    for (const w of W.meetingWords) expect(note(w).type).toBe('paper-conference');
    expect(note('Annals').type).not.toBe('paper-conference');
  });

  it("reads a body's titled paper with nothing after it as a report, and a body heading a bibliography entry", () => {
    for (const w of [...W.bodyWords, ...W.issuerWords]) {
      expect(parsed(`United ${w}, “Harbour Survey 2024.”`)).toMatchObject({
        type: 'report',
        author: [{ literal: `United ${w}` }],
      });
      expect(parsed(`Northern ${w} for the Arts. 2019. *Harbour Survey 2024*. Lima: Fondo Editorial.`).author).toEqual([
        { literal: `Northern ${w} for the Arts` },
      ]);
    }
    expect(
      parsed('United Nations Department of Economic and Social Affairs, “E-Government Survey 2024.”'),
    ).toMatchObject({
      type: 'report',
      author: [{ literal: 'United Nations Department of Economic and Social Affairs' }],
    });
    expect(parsed('World Bank. 2019. *World Development Report 2019*. Washington, DC: World Bank.').author).toEqual([
      { literal: 'World Bank' },
    ]);
    expect(parsed('United Harbour, “Harbour Survey 2024.”').type).not.toBe('report');
    expect(
      parsed('Northern Harbour for the Arts. 2019. *Harbour Survey 2024*. Lima: Fondo Editorial.').author,
    ).not.toEqual([{ literal: 'Northern Harbour for the Arts' }]);
  });

  it("does not end a plain title at an abbreviation's stop", () => {
    for (const w of W.titleAbbreviations)
      expect(parsed(`Ruiz, Ana. 2019. Letters to ${w}. Jones from the Front. Lima: Fondo Editorial.`).title).toBe(
        `Letters to ${w}. Jones from the Front`,
      );
    expect(parsed('Ruiz, Ana. 2019. Letters to Harbour. Jones from the Front. Lima: Fondo Editorial.').title).toBe(
      'Letters to Harbour',
    );
  });
});

describe("parse words: a work's kind by its maker", () => {
  it('knows a recording by its label, a major one only as the whole publisher or one of several', () => {
    for (const w of W.recordLabels) {
      expect(byPublisher(w)).toBe('song');
      expect(byPublisher(`Parkwood; ${w}`)).toBe('song');
      expect(byPublisher(`${w} University Press`)).toBeNull();
    }
    for (const w of W.recordLabelWords) expect(byPublisher(`Harbour ${w}`)).toBe('song');
    for (const w of W.musicTitleWords) expect(byPublisher('Harbour Press', `${w} in D`)).toBe('song');
    expect(byPublisher('Harbour Press', 'Suite in D')).toBeNull();
  });

  it('knows films and broadcasts by their makers', () => {
    for (const w of W.studioWords) {
      expect(byPublisher(`Harbour ${w}`)).toBe('motion_picture');
      expect(byPublisher(`Harbour ${w}`, 'Pilot (Episode 1)')).toBe('broadcast');
    }
    for (const w of W.broadcastWords) expect(byPublisher(`Harbour ${w}`)).toBe('broadcast');
    for (const w of W.broadcasters) {
      expect(byPublisher(w)).toBe('broadcast');
      expect(byPublisher(`${w} Books`)).toBe('broadcast');
      expect(byPublisher(`Parkwood; ${w}`)).toBe('broadcast');
    }
    // `ABC-CLIO` publishes books: these networks count only when named alone.
    for (const w of W.broadcastersAlone) {
      expect(byPublisher(w)).toBe('broadcast');
      expect(byPublisher(`${w}-CLIO`)).toBeNull();
    }
    for (const w of W.videoPlatforms) expect(byPublisher(w)).toBe('motion_picture');
    expect(byPublisher('Harbour Books')).toBeNull();
  });

  it('knows datasets, repository papers, standards and cases', () => {
    for (const w of W.dataHosts) expect(byPublisher(`Harbour ${w}`)).toBe('dataset');
    for (const w of W.paperRepositories) expect(byPublisher(w)).toBe('article');
    for (const w of W.dataTitleWords)
      expect(byPublisher('Harbour Press', `Harbour ${w.toLowerCase()} 2019`)).toBe('dataset');
    for (const w of W.mapTitleWords) expect(byPublisher('Harbour Press', `Harbour ${w}`)).toBe('map');
    for (const w of W.letterWords) expect(byPublisher('', `[${w} to Bess of Hardwick]`)).toBe('personal_communication');
    for (const w of W.episodeWords) expect(byPublisher('Harbour Films', `Pilot (${w} 1)`)).toBe('broadcast');
    expect(byPublisher('', '[Notes to Bess of Hardwick]')).toBeNull();
    for (const w of W.standardBodies) {
      expect(legalType('Harbour cranes', [{ literal: `${w} 9001` }])).toBe('standard');
      expect(legalType('Harbour cranes', [{ literal: `Harbour Institute (${w})` }])).toBe('standard');
    }
    expect(legalType('Harbour cranes', [{ literal: 'Harbour Institute (HI)' }])).toBeNull();
    for (const w of W.companyForms)
      expect(legalType(`Chevron U.S.A., ${w}. v. Natural Resources Defense Council`, undefined)).toBe('legal_case');
    expect(legalType('Chevron U.S.A., Harbour. v. Natural Resources Defense Council', undefined)).toBeNull();
  });
});
