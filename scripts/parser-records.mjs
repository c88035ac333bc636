// Chinese records for training the learned reference parser, composed from the project's tables: the records of
// ../shared/train/records.jsonl are mostly theses' .bib entries (journal articles, theses), so the shapes of
// Chinese notes and reference lists they rarely hold — corporate authors, translated books with the author's
// nationality and translators, volumes of a multivolume work, editions, chapters with editors, newspapers,
// conference papers, reports, standards, archives, webpages with access dates — are generated here, in the
// proportions below. Deterministic: one seed gives the same records (mulberry32, plant-faults.mjs's rng). Every word
// comes from data/: journals.json, publishers.json, western-names.json, lexicon/places.json,
// lexicon/nationality.json and the generator's own tables lexicon/zh-names.json, title-words.json,
// institutions.json, media.json. Used by scripts/parser-data.mjs; nothing generated is committed.
//   node scripts/parser-records.mjs [N] [SEED]   prints N records as JSON lines
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from './plant-faults.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_COUNT = 4000;
export const DEFAULT_SEED = 12;
/** The source name of the generated records and their strings; their ids are `generated:N`. */
export const GENERATED = 'generated';
export const isGenerated = (id) => String(id).startsWith(`${GENERATED}:`);

/** Shares of the CSL types, as in Chinese notes and reference lists of the social sciences (archives: manuscript). */
export const TYPE_SHARES = {
  book: 0.35,
  'article-journal': 0.35,
  chapter: 0.08,
  thesis: 0.06,
  'article-newspaper': 0.05,
  webpage: 0.04,
  report: 0.02,
  'paper-conference': 0.02,
  standard: 0.015,
  manuscript: 0.015,
};
/** Shares of the other shapes: of all records, of books, of names. */
export const SHAPE_SHARES = {
  corporateAuthor: 0.12,
  translatedBook: 0.25,
  editedBook: 0.15,
  edition: 0.1,
  volume: 0.08,
  subtitle: 0.2,
  splitName: 0.15,
};
/** Weights of 1, 2, 3, 4, 5 and 6 personal authors (a style cuts long lists with 等). */
const AUTHOR_COUNTS = [0.55, 0.2, 0.12, 0.07, 0.03, 0.03];
const HAN = /\p{Script=Han}/u;

const read = (file) => JSON.parse(readFileSync(join(root, 'data', file), 'utf8'));

/** The tables the records are made of: Chinese rows only. */
export function recordTables() {
  const institutions = read('lexicon/institutions.json');
  const nationality = read('lexicon/nationality.json');
  const western = read('western-names.json');
  return {
    names: read('lexicon/zh-names.json'),
    titles: read('lexicon/title-words.json'),
    institutions,
    media: read('lexicon/media.json'),
    places: read('lexicon/places.json').zh,
    journals: read('journals.json').journals.filter((j) => HAN.test(j.name)),
    publishers: read('publishers.json')
      .publishers.filter((p) => HAN.test(p.name))
      .map((p) => ({ name: p.name, places: p.places.map((x) => x.place) })),
    westernFamily: western.people.map((p) => p.zh[0]),
    westernGiven: western.given.map((p) => p.zh[0]),
    countries: nationality.countries,
    brackets: nationality.brackets,
  };
}

/** Draws from the tables with one PRNG. */
function drawer(random, t) {
  const g = {
    chance: (p) => random() < p,
    int: (lo, hi) => lo + Math.floor(random() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(random() * xs.length)],
    weighted: (weights) => {
      let r = random() * weights.reduce((a, b) => a + b, 0);
      const i = weights.findIndex((w) => (r -= w) < 0);
      return i < 0 ? weights.length - 1 : i;
    },
    // More recent years are cited more: 2024 back to 1985.
    year: () => 2024 - Math.floor(random() * random() * 40),
    /** A shape of the tables with its slots filled. */
    fill: (shape) =>
      shape.replace(/\{(\w+)\}/gu, (_, slot) => {
        if (slot === 'a' || slot === 'b') return g.pick(t.titles.topics);
        if (slot === 'lens') return g.pick(t.titles.lenses);
        if (slot === 'place') return g.pick(t.places);
        if (slot === 'field') return g.pick(t.institutions.fields);
        if (slot === 'university') return g.pick(t.institutions.universities).name;
        if (slot === 'year') return String(g.year());
        return String(g.int(1, 30));
      }),
  };
  return g;
}

/** A Chinese person: a surname (common ones more often) and one or two given-name characters. */
function person(g, t) {
  const roll = g.int(1, 20);
  const family = roll <= 10 ? g.pick(t.names.common) : roll <= 19 ? g.pick(t.names.surnames) : g.pick(t.names.compound);
  const given = g.pick(t.names.given) + (g.chance(0.75) ? g.pick(t.names.given) : '');
  return g.chance(SHAPE_SHARES.splitName) ? { family, given } : { literal: family + given };
}

const people = (g, t, n) => Array.from({ length: n }, () => person(g, t));
const corporate = (g, t) => ({ literal: g.fill(g.pick(t.institutions.shapes)) });

/** The authors of most types: personal (one to six) or, at the corporate share, one or two institutions. */
function authors(g, t) {
  if (g.chance(SHAPE_SHARES.corporateAuthor))
    return Array.from({ length: g.chance(0.85) ? 1 : 2 }, () => corporate(g, t));
  return people(g, t, g.weighted(AUTHOR_COUNTS) + 1);
}

/** A translated author as the project's CSL-JSON writes it: the nationality marker inside the name (`[美]约翰·罗尔斯`). */
function foreigner(g, t) {
  const [open, close] = Array.from(g.pick(t.brackets));
  // The first twelve of nationality.json: the countries most translated from (美, 英, 德, 法, 日, 俄 …).
  const marker = `${open}${g.pick(t.countries.slice(0, 12))}${close}${g.chance(0.2) ? ' ' : ''}`;
  const family = g.pick(t.westernFamily);
  return { literal: marker + (g.chance(0.7) ? `${g.pick(t.westernGiven)}·${family}` : family) };
}

function title(g, shapes, t) {
  const main = g.fill(g.pick(shapes));
  return g.chance(SHAPE_SHARES.subtitle) ? `${main}——${g.fill(g.pick(t.titles.subtitleShapes))}` : main;
}

function imprint(g, t) {
  const p = g.pick(t.publishers);
  return { publisher: p.name, 'publisher-place': g.pick(p.places) };
}

const pages = (g) => {
  const first = g.int(1, 240);
  return `${first}-${first + g.int(2, 24)}`;
};
const day = (g, year) => [year, g.int(1, 12), g.int(1, 28)];
const issued = (parts) => ({ 'date-parts': [parts] });

function book(g, t) {
  const item = { title: title(g, t.titles.bookShapes, t), ...imprint(g, t), issued: issued([g.year()]) };
  if (g.chance(SHAPE_SHARES.translatedBook)) {
    item.author = Array.from({ length: g.chance(0.85) ? 1 : 2 }, () => foreigner(g, t));
    item.title = title(g, t.titles.translatedShapes, t);
    item.translator = people(g, t, g.weighted([0.5, 0.3, 0.2]) + 1);
  } else if (g.chance(SHAPE_SHARES.editedBook)) item.editor = people(g, t, g.int(1, 3));
  else item.author = authors(g, t);
  if (g.chance(SHAPE_SHARES.edition)) item.edition = String(g.int(2, 6));
  if (g.chance(SHAPE_SHARES.volume)) item.volume = String(g.int(1, 12));
  return item;
}

function article(g, t) {
  const item = {
    author: authors(g, t),
    title: title(g, t.titles.articleShapes, t),
    'container-title': g.pick(t.journals).name,
    issued: issued([g.year()]),
    page: pages(g),
  };
  if (g.chance(0.35)) item.volume = String(g.int(1, 60));
  if (g.chance(0.9)) item.issue = g.chance(0.3) ? String(g.int(1, 9)).padStart(2, '0') : String(g.int(1, 12));
  return item;
}

function chapter(g, t) {
  const item = {
    author: authors(g, t),
    title: title(g, t.titles.articleShapes, t),
    'container-title': g.fill(g.pick(t.titles.bookShapes)),
    ...imprint(g, t),
    issued: issued([g.year()]),
    page: pages(g),
  };
  if (g.chance(0.75)) item.editor = people(g, t, g.int(1, 2));
  return item;
}

function thesis(g, t) {
  const university = g.pick(t.institutions.universities);
  return {
    author: [person(g, t)],
    title: title(g, t.titles.articleShapes, t),
    genre: g.pick(t.institutions.degrees),
    publisher: university.name,
    'publisher-place': university.place,
    issued: issued([g.year()]),
  };
}

function newspaper(g, t) {
  const item = {
    title: g.fill(g.pick(t.titles.newsShapes)),
    'container-title': g.pick(t.media.newspapers),
    issued: issued(day(g, g.year())),
    page: String(g.int(1, 16)),
  };
  if (g.chance(0.8)) item.author = people(g, t, g.weighted([0.7, 0.2, 0.1]) + 1);
  return item;
}

function webpage(g, t) {
  const site = g.pick(t.media.websites);
  const y = g.year();
  const [, m, d] = day(g, y);
  const stamp = `${y}${String(m).padStart(2, '0')}`;
  const item = {
    title: title(g, t.titles.newsShapes, t),
    'container-title': site.name,
    URL: `https://${site.host}/${g.pick(t.media.urlSections)}/${stamp}/t${stamp}${String(d).padStart(2, '0')}_${g.int(100000, 999999)}.html`,
    accessed: issued(day(g, Math.min(2024, y + g.int(0, 3)))),
  };
  if (g.chance(0.7)) item.issued = issued([y, m, d]);
  const who = g.int(1, 10);
  if (who <= 5) item.author = [corporate(g, t)];
  else if (who <= 8) item.author = people(g, t, g.int(1, 2));
  return item;
}

function report(g, t) {
  const by = corporate(g, t);
  return {
    author: [by],
    title: g.fill(g.pick(t.titles.reportShapes)),
    ...(g.chance(0.5) ? imprint(g, t) : { publisher: by.literal, 'publisher-place': g.pick(t.places) }),
    issued: issued([g.year()]),
  };
}

function conferencePaper(g, t) {
  const university = g.pick(t.institutions.universities);
  const item = {
    author: authors(g, t),
    title: title(g, t.titles.articleShapes, t),
    'container-title': g.fill(g.pick(t.titles.conferenceShapes)),
    ...(g.chance(0.5) ? imprint(g, t) : { publisher: university.name, 'publisher-place': university.place }),
    issued: issued([g.year()]),
    page: pages(g),
  };
  if (g.chance(0.3)) item.editor = people(g, t, g.int(1, 2));
  return item;
}

function standard(g, t) {
  const year = g.year();
  const press = g.pick(t.institutions.standardPublishers);
  return {
    author: [g.chance(0.7) ? { literal: g.pick(t.institutions.standardBodies) } : corporate(g, t)],
    title: g.fill(g.pick(t.titles.standardShapes)),
    number: `${g.pick(t.institutions.standardCodes)} ${g.int(1000, 40000)}—${year}`,
    publisher: press.name,
    'publisher-place': press.place,
    issued: issued([year]),
  };
}

function archive(g, t) {
  const year = g.int(1912, 1990);
  const item = {
    title: g.fill(g.pick(t.titles.archiveShapes)),
    archive: g.fill(g.pick(t.institutions.archives)),
    archive_location: g.fill(g.pick(t.institutions.archiveLocations)),
    issued: issued(g.chance(0.6) ? day(g, year) : [year]),
  };
  if (g.chance(0.5)) item.author = [corporate(g, t)];
  return item;
}

const MAKERS = {
  book,
  'article-journal': article,
  chapter,
  thesis,
  'article-newspaper': newspaper,
  webpage,
  report,
  'paper-conference': conferencePaper,
  standard,
  manuscript: archive,
};

/** `count` records `{ id: 'generated:N', lang: 'zh', csl }` from `seed`: the same seed, the same records. */
export function generateRecords({ count = DEFAULT_COUNT, seed = DEFAULT_SEED, tables = recordTables() } = {}) {
  const g = drawer(rng(seed), tables);
  const types = Object.keys(TYPE_SHARES);
  const weights = Object.values(TYPE_SHARES);
  return Array.from({ length: count }, (_, k) => {
    const type = types[g.weighted(weights)];
    const id = `${GENERATED}:${k + 1}`;
    return { id, lang: 'zh', csl: { id, type, language: 'zh-CN', ...MAKERS[type](g, tables) } };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [count, seed] = process.argv.slice(2).map(Number);
  for (const r of generateRecords({ count: count || DEFAULT_COUNT, seed: seed || DEFAULT_SEED }))
    process.stdout.write(`${JSON.stringify(r)}\n`);
}
