import type { SourceMarkupTable } from '../model/tables.js';
import { dataTable } from '../util/data-table.js';

/** The markup the JATS and LaTeX readers know by name (data/source-markup.json), read on first use. */
export function markup(): SourceMarkupTable {
  return dataTable('source-markup') as SourceMarkupTable;
}
