// Lookups alone against an already imported catalog (catalog-N.sqlite beside records-N.jsonl in
// bench/catalog or CITEAUDIT_BENCH_CATALOG_DIR): for profiling the `check --catalog` matcher without
// waiting for an import. The same queries and timing as bench/catalog.js.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lookupQueries, timeLookups } from './catalog.js';

const root = join(import.meta.dirname, '..');
const count = Number(process.env.CITEAUDIT_BENCH_CATALOG || 1_000_000);
const dir = process.env.CITEAUDIT_BENCH_CATALOG_DIR || join(root, 'bench/catalog');
const db = join(dir, `catalog-${count}.sqlite`);
const queries = lookupQueries(readFileSync(join(dir, `records-${count}.jsonl`), 'utf8').split('\n'), count);
const { openCatalog } = await import('../dist/resolve/catalog/db.js');
const { CatalogMatcher } = await import('../dist/resolve/catalog/matcher.js');
const { per, cpuPer, found } = timeLookups(await CatalogMatcher.open(await openCatalog(db, 'read'), db), queries);
console.log(
  `catalog lookups (${count} records, ${queries.length}): ${per.toFixed(3)} ms each (CPU ${cpuPer.toFixed(3)} ms); matched ${found.join('/')} of 2000 exact/slipped/absent`,
);
