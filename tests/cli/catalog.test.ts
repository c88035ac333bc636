import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSqlite } from '../../src/resolve/catalog/sqlite.js';
import type { CatalogHit, CatalogStats } from '../../src/model/catalog.js';
import { cli, type JsonDiagnostic, parseReport, ROOT } from '../helpers/cli.js';

let unavailable: string | null = null;
try {
  await loadSqlite();
} catch (err) {
  unavailable = (err as Error).message;
  console.log(`catalog CLI tests skipped: ${unavailable}`);
}

const MS = 'fixtures/llm-labor-value.md';
const BIB = 'fixtures/library/refs.bib';
/** What `catalog search --format json` prints. */
interface SearchJson {
  query: string;
  catalog: string;
  hits: Array<Pick<CatalogHit, 'score' | 'key' | 'source' | 'item'>>;
}
const search = (text: string) => JSON.parse(text) as SearchJson;
const stats = (text: string) => JSON.parse(text) as CatalogStats;
const resolveDiags = (args: string[]): JsonDiagnostic[] =>
  parseReport(cli(['check', MS, '--format', 'json', ...args]).stdout).files[0]!.diagnostics.filter(
    (d) => d.ruleId === 'unresolved' || d.ruleId === 'metadata-mismatch',
  );

describe.skipIf(unavailable !== null)('citeaudit catalog', () => {
  let dir: string;
  let cat: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'citeaudit-catcli-'));
    cat = join(dir, 'refs.sqlite');
    const r = cli(['catalog', 'import', BIB, '--catalog', cat]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${BIB}: 4 imported, 0 replaced, 0 skipped`);
    expect(r.stdout).toMatch(/: 4 records \(/);
  });

  it('check --catalog gives the findings --bib gives with the same data', () => {
    const viaBib = resolveDiags(['--bib', BIB]);
    const viaCatalog = resolveDiags(['--catalog', cat]);
    expect(viaCatalog).toEqual(viaBib);
    const mismatch = viaCatalog.filter((d) => d.ruleId === 'metadata-mismatch');
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]).toMatchObject({
      data: { field: 'issued', cited: '2018', record: '2017', recordId: 'harvey2018' },
    });
    expect(viaCatalog.filter((d) => d.ruleId === 'unresolved')).toHaveLength(35);
    // both at once: the library answers first, the catalog holds nothing more, so nothing changes
    expect(resolveDiags(['--bib', BIB, `--catalog=${cat}`])).toEqual(viaBib);
  });

  it('--catalog with no file uses the configured catalog, resolved against the configuration folder', () => {
    writeFileSync(join(dir, 'citeaudit.config.json'), '{ "catalog": "refs.sqlite" }');
    const viaConfig = resolveDiags([`--config=${join(dir, 'citeaudit.config.json')}`, '--catalog']);
    expect(viaConfig).toEqual(resolveDiags(['--bib', BIB]));
  });

  it('--catalog with no file and no configuration uses the user data folder', () => {
    const xdg = mkdtempSync(join(tmpdir(), 'citeaudit-xdg-'));
    const r = cli(['check', MS, '--catalog'], { XDG_DATA_HOME: xdg });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      `citeaudit: ${join(xdg, 'citeaudit', 'catalog.sqlite')}: catalog not found (create it with 'citeaudit catalog import FILE…')`,
    );
    expect(cli(['catalog', 'import', BIB], { XDG_DATA_HOME: xdg }).code).toBe(0);
    expect(cli(['check', MS, '--catalog', '--format', 'json'], { XDG_DATA_HOME: xdg }).code).toBe(0);
  });

  it('search prints ranked records, as text or JSON; no hit is exit 1', () => {
    const text = cli(['catalog', 'search', 'Marx', 'Fourth', 'Industrial', '--catalog', cat]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^1\. Hughes, C\.; Southern, A\. The World of Work and the Crisis of Capitalism/);
    const json = search(cli(['catalog', 'search', '哈维', '--catalog', cat, '--format', 'json']).stdout);
    expect(json.hits.map((h) => h.key)).toEqual(['harvey2018']);
    expect(json.hits[0]!.item).toMatchObject({ title: '马克思与〈资本论〉', publisher: '中信出版社' });
    const none = cli(['catalog', 'search', '不存在', '--catalog', cat, '--lang', 'zh']);
    expect(none.code).toBe(1);
    expect(none.stdout).toBe('未找到与“不存在”匹配的记录\n');
  });

  it('stats reports counts in JSON and text', () => {
    const s = stats(cli(['catalog', 'stats', '--catalog', cat, '--format', 'json']).stdout);
    expect(s).toMatchObject({
      schemaVersion: 3,
      records: 4,
      types: { book: 2, 'article-journal': 2 },
      years: { min: 2013, max: 2021 },
    });
    expect(cli(['catalog', 'stats', '--catalog', cat, '--lang', 'en']).stdout).toContain(
      'records: 4; 0 with DOI, 0 with ISBN; years 2013–2021',
    );
  });

  it('a missing, corrupt or foreign catalog file is one line and exit 2', () => {
    const missing = cli(['catalog', 'stats', '--catalog', join(dir, 'none.sqlite')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe(
      `citeaudit: ${join(dir, 'none.sqlite')}: catalog not found (create it with 'citeaudit catalog import FILE…')`,
    );
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'this is not a database, just some text that is long enough to look like a header '.repeat(20));
    for (const args of [
      ['catalog', 'stats', '--catalog', junk],
      ['check', MS, '--catalog', junk],
      ['catalog', 'import', BIB, '--catalog', junk],
    ]) {
      const r = cli(args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toBe(`citeaudit: ${junk}: not a citeaudit catalog (file is not a database)`);
    }
    const foreign = join(dir, 'foreign.sqlite');
    spawnSync(
      process.execPath,
      [
        '-e',
        `const D=require('better-sqlite3'); const d=new D(${JSON.stringify(foreign)}); d.exec('CREATE TABLE t(x)'); d.close();`,
      ],
      { cwd: ROOT },
    );
    const f = cli(['catalog', 'search', 'Marx', '--catalog', foreign]);
    expect(f.code).toBe(2);
    expect(f.stderr.trim()).toBe(`citeaudit: ${foreign}: not a citeaudit catalog (no meta table)`);
  });

  it('a catalog of another schema version is refused with the versions named', () => {
    const other = join(dir, 'other-version.sqlite');
    expect(cli(['catalog', 'import', BIB, '--catalog', other]).code).toBe(0);
    const setVersion = (v: string) =>
      spawnSync(
        process.execPath,
        [
          '-e',
          `const D=require('better-sqlite3'); const d=new D(${JSON.stringify(other)}); d.prepare("UPDATE meta SET value='${v}' WHERE key='schema_version'").run(); d.close();`,
        ],
        { cwd: ROOT },
      );
    // a version-2 catalog (title keys in a table of their own): re-import
    setVersion('2');
    const old = cli(['check', MS, '--catalog', other]);
    expect(old.code).toBe(2);
    expect(old.stderr.trim()).toBe(
      `citeaudit: ${other}: catalog schema version 2 is not the version 3 this citeaudit reads; rebuild it with 'citeaudit catalog import' into a new file`,
    );
    setVersion('4');
    const r = cli(['check', MS, '--catalog', other]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      `citeaudit: ${other}: catalog schema version 4 is not the version 3 this citeaudit reads; rebuild it with 'citeaudit catalog import' into a new file or update citeaudit`,
    );
  });

  it('check --catalog finds what --bib finds where a title block alone would not: a slip in the first letters, a dropped subtitle, a pinyin author against hanzi, a DOI under another title', () => {
    const ms = 'fixtures/catalog/retrieval.md';
    const lib = 'fixtures/catalog/retrieval.bib';
    const c = join(dir, 'retrieval.sqlite');
    expect(cli(['catalog', 'import', lib, '--catalog', c]).code).toBe(0);
    const found = (args: string[]): JsonDiagnostic[] =>
      parseReport(cli(['check', ms, '--format', 'json', '--lang', 'en', ...args]).stdout).files[0]!.diagnostics.filter(
        (d) => d.ruleId === 'unresolved' || d.ruleId === 'metadata-mismatch',
      );
    const viaBib = found(['--bib', lib]);
    const viaCatalog = found([`--catalog=${c}`]);
    expect(viaCatalog).toEqual(viaBib);
    const byNote = (n: string) =>
      viaCatalog.filter((d) => d.noteIds.includes(n)).map((d) => [d.ruleId, d.data.field, d.data.recordId, d.data.via]);
    // Plstform Capitalism: the first four letters differ from the record's
    expect(byNote('n1')).toEqual([['metadata-mismatch', 'title', 'srnicek2017', undefined]]);
    // 《数字资本主义的劳动逻辑》 against the record with its subtitle
    expect(byNote('n2')).toEqual([['metadata-mismatch', 'title', 'huang2021', undefined]]);
    // Ming Wang against 王明: found as one author, so the year slip is reported rather than the work unresolved
    expect(byNote('n3')).toEqual([['metadata-mismatch', 'issued', 'wang2019', undefined]]);
    // the DOI names the record whatever the title says
    expect(byNote('n4')).toEqual([['metadata-mismatch', 'title', 'rosenblat2016', 'DOI']]);
    // same author and year as a record, another title: not that record
    expect(byNote('n5')).toEqual([['unresolved', undefined, undefined, undefined]]);
    expect(viaCatalog).toHaveLength(5);
  });

  it('an unknown library format is refused before anything is imported', () => {
    const r = cli(['catalog', 'import', MS, '--catalog', cat]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      `citeaudit: ${MS}: unknown library format '.md' (use .bib, .ris, .json (CSL-JSON) or .jsonl (CSL-JSON lines))`,
    );
    expect(stats(cli(['catalog', 'stats', '--catalog', cat, '--format', 'json']).stdout).records).toBe(4);
  });

  it('a file that cannot be read is rolled back: the files before it stay imported, nothing of it does', () => {
    const one = join(dir, 'one.json');
    writeFileSync(one, JSON.stringify([{ id: 'fuchs2014', type: 'book', title: 'Digital Labour and Karl Marx' }]));
    const broken = join(dir, 'broken.bib');
    writeFileSync(broken, '@book{ok, title = {Fine}, year = {2000}}\n@book{bad, title = {Unclosed, year = {2001}\n');
    const r = cli(['catalog', 'import', one, broken, '--catalog', cat]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`${one}: 1 imported`);
    expect(r.stderr).toBe(
      `citeaudit: ${broken}: cannot read the bibliography: this brace is never closed at line 2, column 20\n`,
    );
    const keys = search(cli(['catalog', 'search', 'fine', '--catalog', cat, '--format', 'json']).stdout).hits;
    expect(keys).toEqual([]);
    expect(stats(cli(['catalog', 'stats', '--catalog', cat, '--format', 'json']).stdout).records).toBe(5);
  });
});

/** Every row of every stored table (FTS shadow tables included), sorted: the catalog's whole content. */
async function dump(path: string): Promise<string[]> {
  const Database = await loadSqlite();
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare<{ name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'",
      )
      .all()
      .map((t) => t.name);
    return tables.flatMap((t) =>
      db
        .prepare(`SELECT * FROM "${t}"`)
        .raw()
        .all()
        .map((row) => `${t}\t${JSON.stringify(row, (_k, v: unknown) => (v instanceof Buffer ? v.toString('hex') : v))}`)
        .sort(),
    );
  } finally {
    db.close();
  }
}

/** `n` CSL-JSON lines (more than one batch of 5,000 when n is large), then, with `bad`, a record that fails. */
function jsonl(path: string, n: number, title: string, bad = false): void {
  const lines = Array.from({ length: n }, (_, i) =>
    JSON.stringify({ id: `k${i}`, type: 'book', title: `${title} ${i}`, author: [{ family: 'Smith', given: 'A' }] }),
  );
  if (bad) lines.push(JSON.stringify({ id: 'bad', type: 'book', title: 'Bad', author: 5 }));
  writeFileSync(path, `${lines.join('\n')}\n`);
}

describe.skipIf(unavailable !== null)('catalog import: nothing half-made', () => {
  const dir = mkdtempSync(join(tmpdir(), 'citeaudit-cattx-'));

  it('a file failing half-way leaves the catalog exactly as it was before that file', async () => {
    const cat = join(dir, 'kept.sqlite');
    const data = join(dir, 'data.jsonl');
    jsonl(data, 6000, 'First');
    expect(cli(['catalog', 'import', data, '--catalog', cat]).code).toBe(0);
    const before = await dump(cat);
    expect(before.filter((r) => r.startsWith('records\t'))).toHaveLength(6000);
    // The same file again, every record changed (replacing the old ones), the last one failing.
    jsonl(data, 6000, 'Second', true);
    const r = cli(['catalog', 'import', data, '--catalog', cat]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(`^citeaudit: ${data}: import failed, nothing imported from this file \\(.+\\)\n$`),
    );
    expect(await dump(cat)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['data.jsonl', 'kept.sqlite']);
  }, 60000);

  it('a first import that fails leaves no catalog file, nor the folders made for it', () => {
    const cat = join(dir, 'new', 'deeper', 'c.sqlite');
    const r = cli(['catalog', 'import', join(dir, 'missing.json'), '--catalog', cat]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`citeaudit: ${join(dir, 'missing.json')}: file not found\n`);
    expect(existsSync(join(dir, 'new'))).toBe(false);
    const bad = join(dir, 'bad.jsonl');
    jsonl(bad, 6000, 'Half', true);
    const half = join(dir, 'half.sqlite');
    expect(cli(['catalog', 'import', bad, '--catalog', half]).code).toBe(2);
    expect(existsSync(half)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('half'))).toEqual([]);
  }, 60000);

  it('a first import keeps the files imported before the one that fails', async () => {
    const good = join(dir, 'good.jsonl');
    jsonl(good, 3, 'Good');
    const cat = join(dir, 'partial.sqlite');
    const r = cli(['catalog', 'import', good, join(dir, 'missing.json'), '--catalog', cat]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`${good}: 3 imported`);
    expect((await dump(cat)).filter((row) => row.startsWith('records\t'))).toHaveLength(3);
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual(['partial.sqlite']);
  });
});

describe('without better-sqlite3', () => {
  // A loader hook makes the optional package unresolvable, as on a machine where it did not build.
  const hide = `data:text/javascript,${encodeURIComponent(`
    import { register } from 'node:module';
    register('data:text/javascript,' + encodeURIComponent('export async function resolve(s, c, next) { if (s === "better-sqlite3") throw new Error("Cannot find package better-sqlite3"); return next(s, c); }'));
  `)}`;
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', hide, join(ROOT, 'bin/citeaudit.js'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' },
    });

  it('catalog commands exit 2 with one line saying what is missing; everything else works', () => {
    const r = run(['catalog', 'stats', '--catalog', '/nonexistent/c.sqlite']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(
      /^citeaudit: the catalog needs the optional package better-sqlite3 12\.x, which is not installed or did not build \(Cannot find package better-sqlite3\); reinstall with 'npm install better-sqlite3@12'$/,
    );
    expect(run(['check', MS, '--catalog', '/nonexistent/c.sqlite']).status).toBe(2);
    const check = run(['check', MS, '--bib', BIB, '--format', 'json']);
    expect(check.status).toBe(0);
    expect(parseReport(check.stdout).files[0]!.diagnostics.some((d) => d.ruleId === 'metadata-mismatch')).toBe(true);
  });
});
