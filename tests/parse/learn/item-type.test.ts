import { describe, expect, it } from 'vitest';
import type { CslType } from '../../../src/model/csl.js';
import {
  classifyType,
  deserializeTypes,
  serializeTypes,
  trainTypes,
  typeFeatures,
} from '../../../src/parse/learn/item-type.js';
import type { Label } from '../../../src/parse/learn/labels.js';
import { labelled } from '../../helpers/labelled.js';

const article = (journal: string, v: string): Array<[Label, string]> => [
  ['author', 'Okafor, M.'],
  ['punct', ' ('],
  ['issued', '2019'],
  ['punct', '). '],
  ['title', 'Soil and rain'],
  ['punct', '. '],
  ['container-title', journal],
  ['punct', ', '],
  ['volume', v],
  ['punct', ', '],
  ['page', '12–30'],
  ['punct', '.'],
];
const book = (publisher: string): Array<[Label, string]> => [
  ['author', 'Brandt, L.'],
  ['punct', ' ('],
  ['issued', '2011'],
  ['punct', '). '],
  ['title', 'A history of maps'],
  ['punct', '. '],
  ['publisher-place', 'Leiden'],
  ['punct', ': '],
  ['publisher', publisher],
  ['punct', '.'],
];
const chapter = (book: string): Array<[Label, string]> => [
  ['author', 'Ochoa, Q.'],
  ['punct', '. '],
  ['title', 'Rivers'],
  ['punct', '. '],
  ['other', 'In'],
  ['punct', ' '],
  ['container-title', book],
  ['punct', ', '],
  ['page', '3–9'],
  ['punct', '. '],
  ['publisher', 'Brill'],
  ['punct', '.'],
];

const example = (parts: Array<[Label, string]>, type: CslType) => {
  const { text, tokens } = labelled(parts);
  return { features: typeFeatures(tokens, text), type };
};

const training = [
  ...['Journal of Soils', 'Rain Review', 'Applied Hydrology'].map((j, k) =>
    example(article(j, String(k + 3)), 'article-journal'),
  ),
  ...['Brill', 'Penguin Press', 'Verso'].map((p) => example(book(p), 'book')),
  ...['Maps and Men', 'The Delta Reader', 'Water Worlds'].map((b) => example(chapter(b), 'chapter')),
];

describe('the item-type classifier', () => {
  it('describes a string by its fields, their pairs, the cue words and its pages', () => {
    const { text, tokens } = labelled(chapter('Maps and Men'));
    const f = typeFeatures(tokens, text);
    expect(f).toContain('has=container-title');
    expect(f).toContain('has=container-title&page');
    expect(f).toContain('other:in');
    expect(f).toContain('page=range');
    // The title's words say nothing of the type.
    expect(f).not.toContain('title:rivers');
  });

  it('learns the types from examples and tells strings it did not see apart', () => {
    const m = trainTypes(training, 8, 3);
    expect(classifyType(m, example(article('Earth Letters', '9'), 'article-journal').features).type).toBe(
      'article-journal',
    );
    expect(classifyType(m, example(book('Routledge'), 'book').features).type).toBe('book');
    expect(classifyType(m, example(chapter('Coasts'), 'chapter').features).type).toBe('chapter');
  });

  it('gives the same answer and probability after a round trip through the model file', () => {
    const m = trainTypes(training, 8, 3);
    m.temperature = 2;
    const back = deserializeTypes(serializeTypes(m));
    const f = example(chapter('Coasts'), 'chapter').features;
    const a = classifyType(m, f);
    const b = classifyType(back, f);
    expect(b.type).toBe(a.type);
    expect(b.score).toBeCloseTo(a.score, 2);
    expect(b.score).toBeGreaterThan(0.3);
    expect(b.score).toBeLessThanOrEqual(1);
  });
});
