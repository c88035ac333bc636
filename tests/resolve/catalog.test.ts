import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadChineseConverter } from '../../src/util/normalize.js';
import { openCatalog } from '../../src/resolve/catalog/db.js';
import { importFiles } from '../../src/resolve/catalog/import.js';
import { doiKey, isbnKey } from '../../src/resolve/catalog/keys.js';
import { CatalogMatcher, mayAgree } from '../../src/resolve/catalog/matcher.js';
import { defaultCatalogPath } from '../../src/resolve/catalog/paths.js';
import { searchCatalog } from '../../src/resolve/catalog/search.js';
import { loadSqlite, type Database } from '../../src/resolve/catalog/sqlite.js';
import { catalogStats } from '../../src/resolve/catalog/stats.js';

let unavailable: string | null = null;
try {
  await loadSqlite();
} catch (err) {
  unavailable = (err as Error).message;
  console.log(`catalog tests skipped: ${unavailable}`);
}

const F = 'fixtures/catalog';
const FILES = [`${F}/zh.bib`, `${F}/en.ris`, `${F}/mixed.json`, `${F}/lines.jsonl`];

describe('catalog keys and paths', () => {
  it('puts the catalog in the user data folder unless told otherwise', () => {
    expect(defaultCatalogPath({ XDG_DATA_HOME: '/data/x' }, 'linux', '/home/u')).toBe(
      '/data/x/citeaudit/catalog.sqlite',
    );
    expect(defaultCatalogPath({}, 'linux', '/home/u')).toBe('/home/u/.local/share/citeaudit/catalog.sqlite');
    expect(defaultCatalogPath({ XDG_DATA_HOME: 'relative' }, 'darwin', '/Users/u')).toBe(
      '/Users/u/.local/share/citeaudit/catalog.sqlite',
    );
    expect(defaultCatalogPath({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32', 'C:\\Users\\u')).toMatch(
      /^C:\\Users\\u\\AppData\\Roaming[\\/]citeaudit[\\/]catalog\.sqlite$/,
    );
  });

  it('normalises ISBN-10 to ISBN-13 and DOIs to their lower-case bare form', () => {
    expect(isbnKey('0-19-936026-5')).toBe('9780199360260');
    expect(isbnKey('978-0-19-936026-0')).toBe('9780199360260');
    expect(isbnKey('12345')).toBeNull();
    expect(doiKey('https://doi.org/10.1177/1468795X19829737')).toBe('10.1177/1468795x19829737');
    expect(doiKey('not a doi')).toBeNull();
  });

  it('a record title that cannot agree with the cited one is told from the keys alone', () => {
    expect(mayAgree('theworldofwork', 'theworldofwork')).toBe(true);
    expect(mayAgree('智能系统的劳动', '智能系统之劳动')).toBe(true);
    // a dropped subtitle: one key begins with the other, whatever the lengths
    expect(mayAgree('马克思与资本论', '马克思与资本论一部入门读物的导读')).toBe(true);
    expect(mayAgree('inlettersofbloodandfireworkmachinesandthecrisisofcapitalism', 'inlettersofbloodandfire')).toBe(
      true,
    );
    // another subtitle, or a title of another length that is not its beginning: no agreement possible
    expect(mayAgree('马克思与资本论', '马克思主义哲学原理新编教程')).toBe(false);
    expect(mayAgree('thecrisisofcapitalism', 'thecrisisofcapitalismandthestate'.replace('the', 'a'))).toBe(false);
    expect(mayAgree('', 'x')).toBe(false);
    // the quick bucketed count never rejects what the exact count accepts: slips, swaps, characters sharing
    // a bucket (code points 1,024 apart) and characters outside the BMP (two UTF-16 units each)
    expect(mayAgree('theworldofwork', 'theworldofwrok')).toBe(true);
    expect(mayAgree('theworldofwork', 'theworldofworkers')).toBe(true);
    expect(mayAgree('thewordlofwork', 'aworldofwork')).toBe(true);
    expect(mayAgree('𠀀𠀁史记研究', '𠀀𠀂史记研究')).toBe(true);
    expect(mayAgree('𠀀𠀁史记研究', '𠀃𠀂史记研究')).toBe(false);
    expect(mayAgree('abcdefghij', 'abcdefghij'.replace('a', String.fromCharCode('a'.charCodeAt(0) + 1024)))).toBe(true);
  });
});

describe.skipIf(unavailable !== null)('catalog import, search, lookup', () => {
  let db: Database;
  let path: string;
  beforeAll(async () => {
    await loadChineseConverter();
    path = join(mkdtempSync(join(tmpdir(), 'citeaudit-cat-')), 'c.sqlite');
    db = await openCatalog(path, 'write');
  });
  afterAll(() => {
    db.close();
  });

  it('imports BibTeX, RIS, CSL-JSON and JSON lines with Chinese and English records, reporting what it skipped', async () => {
    const r = await importFiles(db, FILES);
    expect(r.map((x) => [x.imported, x.replaced, x.skipped.length])).toEqual([
      [5, 0, 0],
      [2, 0, 0],
      [2, 0, 2],
      [3, 0, 1],
    ]);
    expect(r[2]!.skipped).toEqual([
      { where: 'item 3', reason: 'no title' },
      { where: 'item 4', reason: 'not a CSL-JSON object' },
    ]);
    expect(r[3]!.skipped).toEqual([{ where: 'line 3', reason: 'not valid JSON' }]);
    const s = catalogStats(db, path);
    expect(s.records).toBe(12);
    expect(s.years).toEqual({ min: 1973, max: 2020 });
    expect(s.withDoi).toBe(1);
    expect(s.withIsbn).toBe(1);
  });

  it('importing a file again replaces its records instead of duplicating them (RIS included, which has no keys)', async () => {
    const r = await importFiles(db, [`${F}/zh.bib`, `${F}/en.ris`]);
    expect(r.map((x) => [x.imported, x.replaced])).toEqual([
      [0, 5],
      [0, 2],
    ]);
    expect(catalogStats(db, path).records).toBe(12);
    // the replaced records' matcher keys went with them: every key names a record, and each record is found by its keys
    expect(db.prepare('SELECT count(*) AS n FROM record_keys WHERE id NOT IN (SELECT id FROM records)').get()).toEqual({
      n: 0,
    });
    expect(db.prepare('SELECT count(*) AS n FROM records WHERE id NOT IN (SELECT id FROM record_keys)').get()).toEqual({
      n: 0,
    });
    expect(db.prepare('SELECT count(DISTINCT id) AS n FROM record_keys').get()).toEqual({ n: 12 });
    expect(
      db
        .prepare('SELECT count(*) AS n FROM record_keys k JOIN records r USING (id) WHERE k.title_key <> r.title_key')
        .get(),
    ).toEqual({ n: 0 });
    // the re-imported records are still found, once each
    expect(searchCatalog(db, path, '孙伟平').map((h) => h.item.title)).toEqual(['智能社会的哲学思考']);
  });

  it('a key repeated within one file: the later record replaces the earlier, keys and all, even inside one batch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'citeaudit-dup-'));
    const file = join(dir, 'dup.json');
    const own = join(dir, 'dup.sqlite');
    const db = await openCatalog(own, 'write');
    writeFileSync(
      file,
      JSON.stringify([
        {
          id: 'dup',
          type: 'book',
          title: 'Zzyzx Road Chronicles',
          author: [{ family: 'Quill' }],
          issued: { 'date-parts': [[1999]] },
        },
        {
          id: 'dup',
          type: 'book',
          title: 'Qwerty Keyboards Explained',
          author: [{ family: 'Quill' }],
          issued: { 'date-parts': [[2001]] },
        },
      ]),
    );
    const [r] = await importFiles(db, [file]);
    expect([r!.imported, r!.replaced]).toEqual([1, 1]);
    const keys = db
      .prepare('SELECT k.key FROM record_keys k JOIN records r ON r.id = k.id WHERE r.key = ? ORDER BY k.key')
      .pluck()
      .all('dup');
    expect(keys).toEqual(['a:quill|2001', 't:qwer', 'u:tyke']);
    expect(db.prepare("SELECT count(*) AS n FROM record_keys WHERE key IN ('t:zzyz', 'a:quill|1999')").get()).toEqual({
      n: 0,
    });
    expect(db.prepare('SELECT count(*) AS n FROM record_keys WHERE id NOT IN (SELECT id FROM records)').get()).toEqual({
      n: 0,
    });
    const m = await CatalogMatcher.open(db, own);
    expect(
      m.match({
        id: 'x',
        type: 'book',
        title: 'Qwerty Keyboards Explained',
        author: [{ family: 'Quill' }],
        issued: { 'date-parts': [[2001]] },
      })?.record.title,
    ).toBe('Qwerty Keyboards Explained');
    expect(
      m.match({
        id: 'x',
        type: 'book',
        title: 'Zzyzx Road Chronicles',
        author: [{ family: 'Quill' }],
        issued: { 'date-parts': [[1999]] },
      }),
    ).toBeNull();
    db.close();
  });

  it('finds a two-character Chinese author, simplified and traditional records alike', () => {
    const hits = searchCatalog(db, path, '鲁迅');
    expect(hits.map((h) => h.key).sort()).toEqual(['lu1981', 'luxun1973nahan', 'luxun2005quanji']);
    expect(hits.every((h) => h.score >= 3)).toBe(true); // found as an author, not only in 《鲁迅全集》
    expect(
      searchCatalog(db, path, '魯迅')
        .map((h) => h.key)
        .sort(),
    ).toEqual(['lu1981', 'luxun1973nahan', 'luxun2005quanji']);
  });

  it('the trigram index alone cannot answer a two-character query: the short-key index does', () => {
    expect(db.prepare('SELECT rowid FROM records_fts WHERE records_fts MATCH ?').all('"鲁迅"')).toEqual([]);
    expect(searchCatalog(db, path, '资本').map((h) => h.key)).toEqual(['huang2020rengong']);
  });

  it('finds a long title fragment, words in any case, best match first', () => {
    const hits = searchCatalog(db, path, 'world of work and the crisis of capitalism');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.item).toMatchObject({
      title: 'The World of Work and the Crisis of Capitalism: Marx and the Fourth Industrial Revolution',
      DOI: '10.1177/1468795X19829737',
    });
    expect(searchCatalog(db, path, '价值危机、资本应对').map((h) => h.key)).toEqual(['huang2020rengong']);
    expect(searchCatalog(db, path, 'Harvey contradictions').map((h) => h.key)).toEqual(['harvey2014']);
  });

  it('every word must occur: a query with one absent word finds nothing', () => {
    expect(searchCatalog(db, path, 'Harvey Platform')).toEqual([]);
    expect(searchCatalog(db, path, '鲁迅 呐喊').map((h) => h.key)).toEqual(['luxun1973nahan']);
    expect(searchCatalog(db, path, '不存在的书名')).toEqual([]);
  });

  it('refuses a query too short for any index', () => {
    expect(() => searchCatalog(db, path, 'of')).toThrow(/too short/);
  });

  it('looks a citation up through the --bib matcher: a match, another volume abstained, an absent work unmatched', async () => {
    const m = await CatalogMatcher.open(db, path);
    expect(
      m.match({ id: 'x', type: 'book', title: '马克思恩格斯文集', volume: '8', issued: { 'date-parts': [[2009]] } })
        ?.record.id,
    ).toBe('ma2009v8');
    expect(m.match({ id: 'x', type: 'book', title: '马克思恩格斯文集', volume: '5' })).toBeNull();
    // a one-letter slip in a long title is still the record
    expect(
      m.match({
        id: 'x',
        type: 'book',
        title: 'Seventeen Contradictions and the End of Capitalsm',
        author: [{ family: 'Harvey' }],
      })?.record.id,
    ).toBe('harvey2014');
    expect(
      m.match({
        id: 'x',
        type: 'book',
        title: 'Seventeen Contradictions and the Future of Money',
        author: [{ family: 'Harvey' }],
      }),
    ).toBeNull();
    // a subtitle the record lacks, and a subtitle the citation leaves out (titles of another length)
    expect(
      m.match({
        id: 'x',
        type: 'book',
        title: 'Seventeen Contradictions and the End of Capitalism: Essays on a Crisis',
        author: [{ family: 'Harvey' }],
      })?.record.id,
    ).toBe('harvey2014');
    expect(
      m.match({
        id: 'x',
        type: 'article-journal',
        title: 'The World of Work and the Crisis of Capitalism',
        author: [{ family: 'Hughes' }],
        issued: { 'date-parts': [[2019]] },
      })?.record.title,
    ).toMatch(/^The World of Work and the Crisis of Capitalism: Marx/);
    // traditional characters in the citation meet the simplified record
    expect(
      m.match({ id: 'x', type: 'book', title: '未來簡史：從智人到智神', author: [{ literal: '尤瓦尔·赫拉利' }] })
        ?.record.id,
    ).toBe('harari2017weilai');
  });
});
