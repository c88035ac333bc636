import type { CslItem } from '../../src/model/csl.js';

/**
 * An article in a magazine, as the shared corpus gives it (en-apa-or-chicago.jsonl, cass:apa.10.1:15c): BibLaTeX
 * writes it `@article` with `entrysubtype = {magazine}`, BibTeX as a journal's article.
 */
export const MAGAZINE_ARTICLE: CslItem = {
  id: 'weir2017',
  type: 'article-magazine',
  author: [{ family: 'Weir', given: 'K.' }],
  title: 'Forgiveness Can Improve Mental and Physical Health',
  'container-title': 'Monitor on Psychology',
  volume: '48',
  issue: '1',
  issued: { 'date-parts': [[2017, 1]] },
  page: '30',
  language: 'en-US',
};
