import type { bibliography, renderNotes } from '../src/exporters/csl/render.js';
import type { loadStyle } from '../src/exporters/csl/styles.js';
import type { CslItem } from '../src/model/csl.js';
import type { CorpusLine } from './corpus-line.js';

export interface StyleEvaluation {
  n: number;
  exact: number;
  diffs: Array<{ id: string; lang: string; expected: string; got: string }>;
}
export function itemOf(line: CorpusLine): CslItem;
export function evaluate(
  lines: CorpusLine[],
  engine: { bibliography: typeof bibliography; loadStyle: typeof loadStyle },
  styleName?: string,
): Promise<StyleEvaluation>;
export function evaluateNotes(
  lines: CorpusLine[],
  engine: { renderNotes: typeof renderNotes; loadStyle: typeof loadStyle },
  styleName?: string,
): Promise<StyleEvaluation>;
