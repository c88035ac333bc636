import { describe, expect, it } from 'vitest';
import {
  addTallies,
  falseShare,
  formatTally,
  givenVerdictsFor,
  matchFindings,
  ownVerdictsFor,
  summaryLine,
  tally,
  type GivenVerdict,
  type OwnVerdict,
} from '../../scripts/eval-realworld.mjs';
import type { Finding } from '../../scripts/plant-faults.mjs';
import { parseManifest } from '../../scripts/realworld-data.mjs';
import {
  anchorsOf,
  formatAnchors,
  textHash,
  translateVerdict,
  translation,
  type Anchors,
} from '../../scripts/translate-verdicts.mjs';

const finding = (ruleId: string, noteIds: string[], entryIds: string[] = [], markerLabels: string[] = []): Finding => ({
  ruleId,
  noteIds,
  entryIds,
  markerLabels,
  message: 'whatever the message says',
});
const verdict = (
  v: GivenVerdict['verdict'],
  ruleId: string,
  noteIds: string[],
  entryIds: string[] = [],
  markerLabels: string[] = [],
): GivenVerdict => ({ verdict: v, ruleId, noteIds, entryIds, markerLabels });

describe('matching findings with verdicts', () => {
  it('matches on rule and ids, never on the message', () => {
    const { matched, unjudged } = matchFindings(
      [finding('missing-field', ['n1']), finding('missing-field', ['n2'])],
      [{ ...verdict('false', 'missing-field', ['n1']), message: 'another wording' }],
    );
    expect(matched.map((m) => m.verdict)).toEqual(['false', null]);
    expect(unjudged).toHaveLength(1);
  });

  it('compares ids as sets and marker labels only where the verdict gives them', () => {
    const { matched } = matchFindings(
      [finding('duplicate-citation', ['n28', 'n1']), finding('note-sequence', [], ['e37'], ['[37]'])],
      [
        verdict('debatable', 'duplicate-citation', ['n1', 'n28']),
        verdict('false', 'note-sequence', [], ['e37'], ['[36]']),
      ],
    );
    expect(matched.map((m) => m.verdict)).toEqual(['debatable', null]);
  });

  it('gives several findings of one key the verdicts of that key in report order, one each', () => {
    const { matched, unused } = matchFindings(
      [finding('missing-locator', ['n20']), finding('missing-locator', ['n20']), finding('missing-locator', ['n20'])],
      [verdict('debatable', 'missing-locator', ['n20']), verdict('false', 'missing-locator', ['n20'])],
    );
    expect(matched.map((m) => m.verdict)).toEqual(['debatable', 'false', null]);
    expect(unused).toEqual([]);
  });

  it('takes the given verdicts first, then our own, and lists the given ones that match nothing', () => {
    const own: OwnVerdict[] = [
      { ...verdict('correct', 'orphan-note', ['n8']), passage: '[^8]: Ibid.', reason: 'no marker' },
      { ...verdict('false', 'author-list', [], ['e1']), passage: '王明远、李华、张三、赵四著', reason: '中文著录' },
    ];
    const { matched, unused } = matchFindings(
      [finding('orphan-note', ['n8']), finding('author-list', [], ['e1'])],
      [verdict('false', 'orphan-note', ['n8']), verdict('false', 'author-list', [], ['e9'])],
      own,
    );
    expect(matched.map((m) => [m.verdict, m.source])).toEqual([
      ['false', 'given'],
      ['false', 'own'],
    ]);
    expect(unused.map((v) => v.entryIds)).toEqual([['e9']]);
  });
});

describe('summary', () => {
  it('counts an unjudged finding as false in the share', () => {
    const t = tally(
      matchFindings(
        [finding('a', ['n1']), finding('b', ['n2']), finding('c', ['n3']), finding('d', ['n4'])],
        [verdict('correct', 'a', ['n1']), verdict('debatable', 'b', ['n2']), verdict('false', 'c', ['n3'])],
      ).matched,
    );
    expect(t).toEqual({ findings: 4, correct: 1, debatable: 1, false: 1, unjudged: 1 });
    expect(falseShare(t)).toBe(0.5);
    expect(formatTally(t)).toBe('4 findings: 1 correct, 1 debatable, 1 false, 1 unjudged (false 50 %)');
    expect(falseShare(tally([]))).toBe(0);
  });

  it('ends with one line naming documents, findings and recall', () => {
    const total = addTallies(
      { findings: 3, correct: 1, debatable: 0, false: 2, unjudged: 0 },
      { findings: 1, correct: 0, debatable: 0, false: 0, unjudged: 1 },
    );
    const line = summaryLine({ documents: 3, read: 2, refused: 1, total, recall: 'orphan-note 1/1 (100 %)' });
    expect(line).toBe(
      'realworld: 3 documents, 2 read, 1 refused; 4 findings: 1 correct, 0 debatable, 2 false, 1 unjudged (false 75 %); recall: orphan-note 1/1 (100 %)',
    );
    expect(line).not.toContain('\n');
  });

  it('reads the manifest by its header', () => {
    const rows = parseManifest('id\tkind\tfile\nA1\tmarkdown\tdocs/a.md\nB2\tlatex\tdocs/b/main.tex\n');
    expect(rows).toEqual([
      { id: 'A1', kind: 'markdown', file: 'docs/a.md' },
      { id: 'B2', kind: 'latex', file: 'docs/b/main.tex' },
    ]);
  });
});

describe('translating verdict ids when notes are renumbered', () => {
  // A document read first with two notes; a later reader finds a note before them (an inline note).
  const before = {
    notes: [
      { id: 'n1', label: '1', text: 'Johan Huizinga, Homo Ludens (Boston: Beacon Press, 1955), 46.' },
      { id: 'n2', label: '2', text: '同上，第48页。' },
    ],
    entries: [{ id: 'e1', label: 'huizinga1955', text: 'Homo Ludens' }],
  };
  const after = {
    notes: [
      { id: 'n1', label: null, text: 'An inline remark the old reader missed.' },
      { id: 'n2', label: '1', text: 'Johan  Huizinga, Homo Ludens (Boston: Beacon Press, 1955), 46.' },
      { id: 'n3', label: '2', text: '同上，第48页。' },
    ],
    entries: [{ id: 'e1', label: 'huizinga1955', text: 'Homo Ludens' }],
  };

  it('finds each old id again by label and text hash (whitespace folded)', () => {
    const map = translation(anchorsOf(before), anchorsOf(after));
    expect([...map]).toEqual([
      ['n1', 'n2'],
      ['n2', 'n3'],
      ['e1', 'e1'],
    ]);
    expect(textHash('a  b')).toBe(textHash(' a b'));
  });

  it('falls back on the label when the text changed, and on the k-th of equal anchors', () => {
    const old: Anchors = {
      n1: { label: '①', hash: 'x' },
      n2: { label: '①', hash: 'x' },
      n3: { label: '5', hash: 'y' },
    };
    const now: Anchors = {
      n4: { label: '①', hash: 'x' },
      n5: { label: '①', hash: 'x' },
      n6: { label: '5', hash: 'z' },
    };
    expect([...translation(old, now)]).toEqual([
      ['n1', 'n4'],
      ['n2', 'n5'],
      ['n3', 'n6'],
    ]);
  });

  it('marks an id it cannot place so that it matches nothing, and leaves unknown ids alone', () => {
    const map = translation({ n1: { label: '1', hash: 'x' } }, { n1: { label: '2', hash: 'y' } });
    const v = translateVerdict(verdict('false', 'duplicate-citation', ['n1', 'n9']), map);
    expect(v.noteIds).toEqual(['?n1', 'n9']);
  });

  it('applies to the given verdicts through recorded anchors and to our own through theirs', () => {
    const current = anchorsOf(after);
    const given = givenVerdictsFor([verdict('false', 'missing-field', ['n1'])], anchorsOf(before), current);
    expect(given[0]!.noteIds).toEqual(['n2']);
    // Without recorded anchors the ids are taken as today's.
    expect(givenVerdictsFor([verdict('false', 'missing-field', ['n1'])], undefined, current)[0]!.noteIds).toEqual([
      'n1',
    ]);
    const own: OwnVerdict = {
      ...verdict('debatable', 'missing-locator', ['n2']),
      places: [{ id: 'n2', label: '2', hash: textHash('同上，第48页。') }],
      passage: '同上，第48页。',
      reason: '同上 follows a full note',
    };
    expect(ownVerdictsFor([own], current)[0]!.noteIds).toEqual(['n3']);
  });

  it('writes anchors one id a line, as JSON', () => {
    const text = formatAnchors({ about: 'a', recorded: '2026-12-07', documents: { X: anchorsOf(before) } });
    expect(text.split('\n').filter((l) => l.includes('"hash"'))).toHaveLength(3);
    expect((JSON.parse(text) as { documents: { X: Anchors } }).documents.X).toEqual(anchorsOf(before));
  });
});
