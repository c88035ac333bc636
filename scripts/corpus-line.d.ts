import type { CslItem } from '../src/model/csl.js';

/** One line of a corpus of ../shared/corpus (see its README): a printed reference and its structured item. */
export interface CorpusLine {
  id: string;
  text: string;
  lang: string;
  csl: CslItem;
  /** What the string does not print, moved out of `csl`. */
  hidden?: Record<string, unknown>;
  fragment?: boolean;
}
