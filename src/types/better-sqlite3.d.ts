// better-sqlite3 is an optional dependency loaded with `await import()`; these cover what the catalog uses,
// so the sources type-check without @types/better-sqlite3.
declare module 'better-sqlite3' {
  namespace BetterSqlite3 {
    interface RunResult {
      changes: number;
      lastInsertRowid: number | bigint;
    }
    interface Statement<Row = Record<string, unknown>> {
      run(...params: unknown[]): RunResult;
      get(...params: unknown[]): Row | undefined;
      all(...params: unknown[]): Row[];
      iterate(...params: unknown[]): IterableIterator<Row>;
      pluck(on?: boolean): Statement<Row>;
      raw(on?: boolean): Statement<Row>;
    }
    interface Database {
      prepare<Row = Record<string, unknown>>(sql: string): Statement<Row>;
      exec(sql: string): Database;
      pragma(sql: string, options?: { simple?: boolean }): unknown;
      transaction<F extends (...args: never[]) => unknown>(fn: F): F;
      close(): void;
      readonly open: boolean;
      readonly inTransaction: boolean;
    }
    interface Options {
      readonly?: boolean;
      fileMustExist?: boolean;
      timeout?: number;
    }
  }
  const Database: new (filename: string, options?: BetterSqlite3.Options) => BetterSqlite3.Database;
  export default Database;
  export type { BetterSqlite3 };
}
