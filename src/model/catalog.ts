import type { CslItem } from './csl.js';

/** The normalised columns of one catalog record, derived from its CSL-JSON (see docs/catalog.md). */
export interface CatalogKeys {
  titleKey: string;
  authorKeys: string[];
  year: number | null;
  containerKey: string;
  isbn: string | null;
  doi: string | null;
}

/** A record found by `catalog search`, best first. */
export interface CatalogHit {
  rowid: number;
  score: number;
  source: string;
  key: string;
  item: CslItem;
}

/** What `catalog import` did with one file. */
export interface ImportFileReport {
  file: string;
  imported: number;
  replaced: number;
  skipped: Array<{ where: string; reason: string }>;
}

export interface CatalogStats {
  path: string;
  schemaVersion: number;
  records: number;
  sources: Array<{ source: string; records: number }>;
  types: Record<string, number>;
  languages: Record<string, number>;
  years: { min: number | null; max: number | null };
  withDoi: number;
  withIsbn: number;
  bytes: number;
}
