import { existsSync } from 'node:fs';
import { UsageError } from '../util/errors.js';
import type { UiLang } from '../i18n/index.js';
import type { Source } from './settings.js';
import type { Io } from './io.js';

export interface CatalogCliOptions {
  /** `--catalog FILE`, else the configuration's `catalog`, else the user data folder. */
  catalog?: string;
  config?: string;
  lang: UiLang;
  version?: string;
}

/** The catalog a command uses and where that comes from: the option, the configuration found from the current folder, the default. */
export async function catalogSetting(
  explicit: string | undefined,
  config?: string,
): Promise<{ path: string; source: Source }> {
  if (explicit) return { path: explicit, source: { type: 'option', option: '--catalog' } };
  const { configFor } = await import('./settings.js');
  const cfg = configFor(`${process.cwd()}/.`, config);
  if (cfg?.catalog) return { path: cfg.catalog, source: { type: 'file', path: cfg.path } };
  const { defaultCatalogPath } = await import('../resolve/catalog/paths.js');
  return { path: defaultCatalogPath(), source: { type: 'default' } };
}

export async function catalogPath(explicit: string | undefined, config?: string): Promise<string> {
  return (await catalogSetting(explicit, config)).path;
}

/** `citeaudit catalog import FILE…`: one line per file with its counts, the first skipped items, the total. */
export async function runCatalogImport(files: string[], opts: CatalogCliOptions, io: Io): Promise<number> {
  const path = await catalogPath(opts.catalog, opts.config);
  const [{ createCatalog, openCatalog }, { importFiles }, { render }, { CATALOG }] = await Promise.all([
    import('../resolve/catalog/db.js'),
    import('../resolve/catalog/import.js'),
    import('../i18n/index.js'),
    import('../i18n/catalog.js'),
  ]);
  // A first import builds the catalog aside and puts it in place only when a file has been imported.
  const made = existsSync(path) ? null : await createCatalog(path, opts.version);
  const db = made ? made.db : await openCatalog(path, 'write', opts.version);
  const t0 = performance.now();
  let imported = 0;
  try {
    await importFiles(db, files, (r) => {
      imported++;
      io.out(
        `${render(CATALOG.imported, opts.lang, { file: r.file, imported: r.imported, replaced: r.replaced, skipped: r.skipped.length })}\n`,
      );
      for (const s of r.skipped.slice(0, 10)) io.out(`${render(CATALOG.skippedItem, opts.lang, s)}\n`);
      if (r.skipped.length > 10)
        io.out(`${render(CATALOG.moreSkipped, opts.lang, { count: r.skipped.length - 10 })}\n`);
    });
    const records = db.prepare<{ n: number }>('SELECT count(*) AS n FROM records').get()!.n;
    io.out(
      `${render(CATALOG.total, opts.lang, { path, records, seconds: ((performance.now() - t0) / 1000).toFixed(1) })}\n`,
    );
  } finally {
    // Each file is one transaction: the files imported before a failing one stay, as in an existing catalog.
    if (!made) db.close();
    else if (imported > 0) made.keep();
    else made.discard();
  }
  return 0;
}

export async function runCatalogSearch(
  query: string,
  opts: CatalogCliOptions & { format: 'text' | 'json'; limit: number },
  io: Io,
): Promise<number> {
  if (!query.trim()) throw new UsageError('catalog search: give a query');
  const path = await catalogPath(opts.catalog, opts.config);
  const [{ openCatalog }, { searchCatalog }, { loadChineseConverter }] = await Promise.all([
    import('../resolve/catalog/db.js'),
    import('../resolve/catalog/search.js'),
    import('../util/normalize.js'),
  ]);
  await loadChineseConverter();
  const db = await openCatalog(path, 'read');
  try {
    const hits = searchCatalog(db, path, query, opts.limit);
    if (opts.format === 'json') {
      io.out(
        `${JSON.stringify({ query, catalog: path, hits: hits.map((h) => ({ score: h.score, key: h.key, source: h.source, item: h.item })) }, null, 2)}\n`,
      );
    } else {
      const { formatHits } = await import('../formatters/catalog.js');
      io.out(formatHits(hits, query, opts.lang));
    }
    return hits.length ? 0 : 1;
  } finally {
    db.close();
  }
}

export async function runCatalogStats(opts: CatalogCliOptions & { format: 'text' | 'json' }, io: Io): Promise<number> {
  const path = await catalogPath(opts.catalog, opts.config);
  const [{ openCatalog }, { catalogStats }] = await Promise.all([
    import('../resolve/catalog/db.js'),
    import('../resolve/catalog/stats.js'),
  ]);
  const db = await openCatalog(path, 'read');
  try {
    const stats = catalogStats(db, path);
    if (opts.format === 'json') io.out(`${JSON.stringify(stats, null, 2)}\n`);
    else {
      const { formatStats } = await import('../formatters/catalog.js');
      io.out(formatStats(stats, opts.lang));
    }
    return 0;
  } finally {
    db.close();
  }
}

/** `check --catalog [FILE]`: the matcher for the run, open until the process ends. */
export async function catalogMatcher(option: string | true, config?: string) {
  const path = await catalogPath(option === true ? undefined : option, config);
  const [{ openCatalog }, { CatalogMatcher }, { loadChineseConverter }] = await Promise.all([
    import('../resolve/catalog/db.js'),
    import('../resolve/catalog/matcher.js'),
    import('../util/normalize.js'),
  ]);
  // Keys were built with traditional→simplified folding; lookups must fold the same way.
  await loadChineseConverter();
  return CatalogMatcher.open(await openCatalog(path, 'read'), path);
}
