// Lookups alone against an already imported catalog (bench/catalog/catalog-N.sqlite): for profiling
// the `check --catalog` matcher without waiting for an import. Same queries as bench/catalog.js.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng, makeRecord } from './catalog-generate.js';
import { corrupt } from './catalog.js';

const root = join(import.meta.dirname, '..');
const count = Number(process.env.CITEAUDIT_BENCH_CATALOG || 1_000_000);
const dir = process.env.CITEAUDIT_BENCH_CATALOG_DIR || join(root, 'bench/catalog');
const db = join(dir, `catalog-${count}.sqlite`);
const lines = readFileSync(join(dir, `records-${count}.jsonl`), 'utf8').split('\n');
const { openCatalog } = await import('../dist/resolve/catalog/db.js');
const { CatalogMatcher } = await import('../dist/resolve/catalog/matcher.js');
const rand = rng(99);
const other = rng(12345);
const queries = [];
for (let i = 0; i < 6000; i++) {
  const kind = i % 3;
  if (kind === 2) { queries.push({ kind, item: makeRecord(other, count + i) }); continue; }
  const item = JSON.parse(lines[Math.floor(rand() * count)]);
  if (kind === 1) {
    item.title = corrupt(rand, item.title);
    item.issued = { 'date-parts': [[item.issued['date-parts'][0][0] + 1]] };
  }
  queries.push({ kind, item: { ...item, id: `q${i}` } });
}
const matcher = await CatalogMatcher.open(await openCatalog(db, 'read'), db);
for (const q of queries.slice(0, 300)) matcher.match(q.item);
const found = [0, 0, 0];
const c1 = process.cpuUsage();
const t1 = performance.now();
for (const q of queries) if (matcher.match(q.item)) found[q.kind]++;
const ms = (performance.now() - t1) / queries.length;
const cpu = process.cpuUsage(c1);
console.log(`catalog lookups (${count} records, ${queries.length}): ${ms.toFixed(3)} ms each (CPU ${((cpu.user + cpu.system) / 1000 / queries.length).toFixed(3)} ms); matched ${found.join('/')} of 2000 exact/slipped/absent`);
