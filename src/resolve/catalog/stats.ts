import { statSync } from 'node:fs';
import type { CatalogStats } from '../../model/catalog.js';
import { damaged } from './db.js';
import { SCHEMA_VERSION } from './schema.js';
import type { Database } from './sqlite.js';

function counts(db: Database, column: 'type' | 'language'): Record<string, number> {
  const rows = db
    .prepare<{ v: string | null; n: number }>(
      `SELECT ${column} AS v, count(*) AS n FROM records GROUP BY ${column} ORDER BY n DESC`,
    )
    .all();
  return Object.fromEntries(rows.map((r) => [r.v ?? '', r.n]));
}

/** `catalog stats`: what the catalog holds, by file, type, language and year. */
export function catalogStats(db: Database, path: string): CatalogStats {
  try {
    const one = <T>(sql: string) => db.prepare<T>(sql).get()!;
    const years = one<{ min: number | null; max: number | null }>(
      'SELECT min(year) AS min, max(year) AS max FROM records',
    );
    return {
      path,
      schemaVersion: SCHEMA_VERSION,
      records: one<{ n: number }>('SELECT count(*) AS n FROM records').n,
      sources: db
        .prepare<{ source: string; records: number }>(
          'SELECT s.path AS source, count(*) AS records FROM records r JOIN sources s ON s.id = r.source GROUP BY r.source ORDER BY s.path',
        )
        .all(),
      types: counts(db, 'type'),
      languages: counts(db, 'language'),
      years: { min: years.min, max: years.max },
      withDoi: one<{ n: number }>('SELECT count(*) AS n FROM records WHERE doi IS NOT NULL').n,
      withIsbn: one<{ n: number }>('SELECT count(*) AS n FROM records WHERE isbn IS NOT NULL').n,
      bytes: statSync(path).size,
    };
  } catch (err) {
    throw damaged(path, err);
  }
}
