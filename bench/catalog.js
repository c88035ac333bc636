// Catalog benchmark: import of a generated catalog (1,000,000 records unless CITEAUDIT_BENCH_CATALOG says
// otherwise) and citation lookups per second through the matcher `check --catalog` uses.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { makeRecord, rng, writeCatalogSource } from './catalog-generate.js';

export function corrupt(rand, s) {
  const chars = [...s];
  const i = 1 + Math.floor(rand() * (chars.length - 2));
  chars[i] = chars[i] === 'e' ? 'a' : /[a-z]/.test(chars[i]) ? 'e' : chars[i] === '的' ? '之' : '的';
  return chars.join('');
}

/**
 * The lookups timed: a third exact copies of catalog records, a third with a one-character slip and
 * another year, a third absent (generated with another seed).
 */
export function lookupQueries(lines, count) {
  const rand = rng(99);
  const other = rng(12345);
  const queries = [];
  for (let i = 0; i < 6000; i++) {
    const kind = i % 3;
    if (kind === 2) {
      queries.push({ kind, item: makeRecord(other, count + i) });
      continue;
    }
    const item = JSON.parse(lines[Math.floor(rand() * count)]);
    if (kind === 1) {
      item.title = corrupt(rand, item.title);
      item.issued = { 'date-parts': [[item.issued['date-parts'][0][0] + 1]] };
    }
    queries.push({ kind, item: { ...item, id: `q${i}` } });
  }
  return queries;
}

/** Per-lookup wall and CPU milliseconds (CPU beside wall: on a shared machine the wall clock also counts other processes' turns), and the matches of each kind. */
export function timeLookups(matcher, queries) {
  for (const q of queries.slice(0, 300)) matcher.match(q.item); // warm-up
  const found = [0, 0, 0];
  const c1 = process.cpuUsage();
  const t1 = performance.now();
  for (const q of queries) if (matcher.match(q.item)) found[q.kind]++;
  const ms = performance.now() - t1;
  const cpu = process.cpuUsage(c1);
  return { per: ms / queries.length, cpuPer: (cpu.user + cpu.system) / 1000 / queries.length, found };
}

export async function benchCatalog(root, count = Number(process.env.CITEAUDIT_BENCH_CATALOG || 1_000_000)) {
  const dir = join(root, 'bench/catalog');
  mkdirSync(dir, { recursive: true });
  const source = join(dir, `records-${count}.jsonl`);
  const db = join(dir, `catalog-${count}.sqlite`);
  let sqlite;
  try {
    ({ loadSqlite: sqlite } = await import('../dist/resolve/catalog/sqlite.js'));
    await sqlite();
  } catch (err) {
    console.log(`catalog: skipped (${err.message})`);
    return;
  }
  const { openCatalog } = await import('../dist/resolve/catalog/db.js');
  const { importFiles } = await import('../dist/resolve/catalog/import.js');
  const { CatalogMatcher } = await import('../dist/resolve/catalog/matcher.js');
  const { searchCatalog } = await import('../dist/resolve/catalog/search.js');

  if (!existsSync(source)) await writeCatalogSource(source, count);
  rmSync(db, { force: true });
  const t0 = performance.now();
  const conn = await openCatalog(db, 'write');
  const [report] = await importFiles(conn, [source]);
  conn.close();
  const importMs = performance.now() - t0;

  const queries = lookupQueries(readFileSync(source, 'utf8').split('\n'), count);
  const read = await openCatalog(db, 'read');
  const { per, cpuPer, found } = timeLookups(await CatalogMatcher.open(read, db), queries);
  const searches = ['马克思', '鲁迅', '数字劳动', 'Platform Capitalism', 'Harvey', '王伟', 'labor value'];
  const t2 = performance.now();
  for (let k = 0; k < 5; k++) for (const s of searches) searchCatalog(read, db, s, 20);
  const searchMs = (performance.now() - t2) / (5 * searches.length);
  read.close();

  console.log(
    `catalog: ${report.imported} records imported in ${(importMs / 1000).toFixed(1)} s (${Math.round(report.imported / (importMs / 1000))} records/s), file ${(statSync(db).size / 2 ** 20).toFixed(0)} MB`,
  );
  console.log(
    `catalog lookups (check --catalog matcher, ${queries.length}): ${per.toFixed(3)} ms each (CPU ${cpuPer.toFixed(3)} ms) → ${Math.round(1000 / per)} lookups/s; matched ${found[0]}/2000 exact, ${found[1]}/2000 with a slip and another year, ${found[2]}/2000 absent`,
  );
  console.log(`catalog search (${searches.length} queries × 5): ${searchMs.toFixed(1)} ms each`);
}
