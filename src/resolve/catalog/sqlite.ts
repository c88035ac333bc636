import { UsageError } from '../../util/errors.js';
import type { BetterSqlite3 } from 'better-sqlite3';

export type Database = BetterSqlite3.Database;
export type Statement<Row> = BetterSqlite3.Statement<Row>;
type DatabaseClass = new (filename: string, options?: BetterSqlite3.Options) => Database;

let loaded: DatabaseClass | null = null;

/**
 * better-sqlite3 is an optional dependency (a native module compiled at install): only the catalog
 * needs it, and when it is missing the rest of citeaudit works and catalog commands say why they cannot.
 */
export async function loadSqlite(): Promise<DatabaseClass> {
  if (loaded) return loaded;
  try {
    const mod = await import('better-sqlite3');
    loaded = mod.default;
    // The native part loads on first use: open a throwaway database so that a broken build fails here.
    new loaded(':memory:').close();
    return loaded;
  } catch (err) {
    loaded = null;
    throw new UsageError(
      `the catalog needs the optional package better-sqlite3 12.x, which is not installed or did not build (${(err as Error).message.split('\n')[0]}); reinstall with 'npm install better-sqlite3@12'`,
    );
  }
}
