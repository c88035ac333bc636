import type { CslItem, CslName } from '../../model/csl.js';
import { anyOf } from '../../util/regexp.js';
import { PARSE_WORDS } from '../words.js';

/**
 * English references without italics or quotes say what they are only through words: a case name
 * (`Brown v. Board of Education`), an act, a constitution, a standard body, a preprint server, an atlas.
 * These are the cues, each explicit in the string; anything without one stays what its shape says
 * (a book), rather than being guessed into a finer type.
 */

const WORDS = PARSE_WORDS;
// `Brown v. Board of Education`, `Chevron U.S.A., Inc. v. Natural Resources Defense Council`.
const CASE_NAME = new RegExp(`^[^,]{2,80}\\sv\\.\\s|^[^,]{2,60},\\s(?:${anyOf(WORDS.companyForms)})\\.\\sv\\.\\s[A-Z]`);
// A standard's body leads its author's name or stands in brackets after it (`Deutsches Institut für Normung (DIN)`).
const STANDARD_BODY = new RegExp(`^(?:${anyOf(WORDS.standardBodies)})\\b|\\((?:${anyOf(WORDS.standardBodies)})\\)`);
const STANDARD_TITLE = /\bStandard\b|\s—\sPart\s\d|\bPartie\s\d/;
const LAW_TITLE =
  /\bAct(?: of \d{4})?$|^(?:[A-Z]\.){1,3}\s?Const\.|^(?:S|H\.\s?R)\.\s?(?:Res|Con\. Res|J\. Res)\.|^Exec\. Order|\bCharter\b|^(?:Pub\. L\.|Public Law)|\bConvention on\b/;
// Preprint servers and open repositories hold papers outside any journal issue.
const PREPRINT_SERVER = new RegExp(`^(?:\\p{L}*[Xx]iv|${anyOf(WORDS.paperRepositories)})$`, 'u');
// Audiovisual and recorded works name their makers where a book names its publisher: record labels,
// production companies, broadcasters (network names and the call signs of US stations, `WBEZ Chicago`).
// … or the name of a major label alone (`Columbia`, `RCA`; `Parkwood; Columbia`), which no book publisher
// uses without a `University Press` after it.
const LABEL = new RegExp(
  `\\b(?:${anyOf(WORDS.recordLabelWords)})\\b|(?:^|;\\s*)(?:${anyOf(WORDS.recordLabels)})(?:;|$)`,
);
const MUSIC_TITLE = new RegExp(`\\b(?:${anyOf(WORDS.musicTitleWords)}|Op\\. \\d)\\b`);
const STUDIO = new RegExp(`\\b(?:${anyOf(WORDS.studioWords)})\\b`);
// A network leads the publisher or one of several (`BBC Four`, `HBO; Sky`); `NPR`, `CNN`, `ABC` only stand alone
// (`ABC-CLIO` publishes books), as does a US station's call sign.
const BROADCASTER = new RegExp(
  `^(?:${anyOf(WORDS.broadcastersAlone)}|[KW][A-Z]{3}(?:\\s[A-Z][a-z]+)?)$|(?:^|;\\s*)(?:${anyOf(WORDS.broadcasters)})\\b|` +
    `\\b(?:${anyOf(WORDS.broadcastWords)})\\b`,
);
const EPISODE = new RegExp(`\\((?:${anyOf(WORDS.episodeWords)})\\s`);
export const HEARING = /\bHearings? (?:before|on)\b/;
// `[Letter to Bess of Hardwick]`, `Nixon to Kissinger`: a letter, described or named by its parties.
const LETTER = new RegExp(`^\\[(?:${anyOf(WORDS.letterWords)})\\b`);
// Named by its parties only when no author precedes (a title may read `Faust Attempts to Seduce Marguerite`).
const PARTIES = /^[A-Z][\p{L}.'’-]+(?:\s[A-Z][\p{L}.'’-]+)?\sto\s[A-Z][\p{L}.'’-]+(?:\s[A-Z][\p{L}.'’-]+)?$/u;
const APP_STORE = /^https?:\/\/(?:itunes\.apple\.com|apps\.apple\.com|play\.google\.com)\//;
const DATA_TITLE = new RegExp(`\\b(?:${anyOf(WORDS.dataTitleWords)})\\b`, 'i');
// Data archives and test collections publish datasets and instruments (`National Archive of Data on Arts and
// Culture`, `ETS TestLink`).
const DATA_HOST = new RegExp(`\\b(?:${anyOf(WORDS.dataHosts)}|Archives? of (?:[A-Z][a-z]+ )?Data)\\b`);
const MAP_TITLE = new RegExp(`\\b(?:${anyOf(WORDS.mapTitleWords)})\\b`);
// `Milwaukee, WI, United States`: a venue with a state or province code; a talk or a poster was given there.
const VENUE = /,\s[A-Z]{2,3},\s[A-Z]/;
const UNPUBLISHED_AT = /\b(?:Department|School|Faculty) of\b|\bUniversity\b/;
export const VIDEO_PLATFORM = new RegExp(`^(?:${anyOf(WORDS.videoPlatforms)})$`);
/** A periodical whose name says it is a newspaper (data/parse-words.json): `The New York Times`, `Le Monde`. */
export const NEWSPAPER = new RegExp(`\\b(?:${anyOf(WORDS.newspaperWords)})\\b`);
/**
 * The words of a body named whole as an author, before a title or as the issuer of a report
 * (data/parse-words.json, bodyWords and issuerWords): `Canada Council for the Arts`, `World Bank`.
 */
export const ISSUER_WORDS = anyOf([...WORDS.bodyWords, ...WORDS.issuerWords]);

function bodyName(list: CslName[] | undefined): string {
  return (list ?? []).map((n) => n.literal ?? n.family ?? '').join(', ');
}

/** A legal or standard title makes its own type, whatever else was found. */
export function legalType(title: string, authors: CslName[] | undefined): CslItem['type'] | null {
  if (title.indexOf(' v. ') !== -1 && CASE_NAME.test(title)) return 'legal_case';
  if (STANDARD_BODY.test(bodyName(authors)) || STANDARD_TITLE.test(title)) return 'standard';
  if (LAW_TITLE.test(title)) return 'legislation';
  return null;
}

/** Finer types for a plain English reference read as a book. */
export function refinePlainType(it: CslItem): void {
  const title = it.title ?? '';
  const legal = legalType(title, it.author);
  if (legal) {
    it.type = legal;
    return;
  }
  if (HEARING.test(title)) {
    it.type = 'hearing';
    return;
  }
  if (it.type === 'webpage' && APP_STORE.test(it.URL ?? '')) it.type = 'software';
  if (it.type === 'book') it.type = kindByMaker(it) ?? 'book';
}

/**
 * What a work read as a book is by the words of its publisher, title or place: a letter, a recording, a
 * broadcast, a film, a preprint, a dataset, a map, a talk, an unpublished paper; null when they say nothing.
 */
export function kindByMaker(it: CslItem): CslItem['type'] | null {
  const title = it.title ?? '';
  const publisher = typeof it.publisher === 'string' ? it.publisher : '';
  if (LETTER.test(title) || (!it.author && PARTIES.test(title))) return 'personal_communication';
  if (publisher && (LABEL.test(publisher) || MUSIC_TITLE.test(title))) return 'song';
  if (publisher && (BROADCASTER.test(publisher) || (STUDIO.test(publisher) && EPISODE.test(title)))) return 'broadcast';
  if (publisher && STUDIO.test(publisher)) return 'motion_picture';
  const place = typeof it['publisher-place'] === 'string' ? it['publisher-place'] : '';
  if (publisher && PREPRINT_SERVER.test(publisher)) return 'article';
  if (DATA_TITLE.test(title) || DATA_HOST.test(publisher)) return 'dataset';
  if (MAP_TITLE.test(title)) return 'map';
  if (publisher && VIDEO_PLATFORM.test(publisher)) return 'motion_picture';
  if (!publisher && place && VENUE.test(place)) return 'speech';
  if (!publisher && place && UNPUBLISHED_AT.test(place)) return 'manuscript';
  return null;
}
