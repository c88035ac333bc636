import type { ParseWordsTable } from '../model/tables.js';
import { dataTable } from '../util/data-table.js';

/** data/parse-words.json, the word lists of the rule parser: read once, when the parser is first loaded. */
export const PARSE_WORDS = dataTable('parse-words') as ParseWordsTable;
