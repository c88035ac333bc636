import { describe, expect, it } from 'vitest';
import { allowedLabels, constraints } from '../../../src/parse/learn/constraints.js';
import { LABELS } from '../../../src/parse/learn/labels.js';
import { tokenize } from '../../../src/parse/learn/tokenize.js';

const allowed = (text: string) => {
  const tokens = tokenize(text);
  const a = allowedLabels(tokens);
  return tokens.map((t, i) => `${t.text}:${a[i] ? [...a[i]].sort().join('|') : '*'}`);
};

describe('declared constraints (data/parse-constraints.json)', () => {
  it('name only known labels', () => {
    for (const c of constraints()) for (const l of c.labels) expect(LABELS).toContain(l);
  });

  it('keep the inside of 《》 a title or container, not the marks, not what follows', () => {
    expect(allowed('《资本论》第1卷')).toEqual([
      '《:*',
      '资:collection-title|container-title|title',
      '本:collection-title|container-title|title',
      '论:collection-title|container-title|title',
      '》:*',
      '第:*',
      '1:*',
      '卷:*',
    ]);
  });

  it('count nested marks: 〈〉 inside 《》 stays inside', () => {
    const a = allowed('《论〈资本论〉》');
    for (const x of a.slice(1, -1)) expect(x).toMatch(/:collection-title\|container-title\|title$/u);
    expect(a.at(-1)).toBe('》:*');
  });

  it('make a DOI a DOI, a link a URL or a DOI (a style prints a DOI as a link) and a type code a type', () => {
    expect(allowed('[J]. doi:10.1234/x https://a.org')).toEqual([
      '[J]:type',
      '.:*',
      'doi:10.1234/x:DOI',
      'https://a.org:DOI|URL',
    ]);
  });

  it('leave an unclosed mark and plain text free', () => {
    expect(allowed('《资本论 2019')).toEqual(['《:*', '资:*', '本:*', '论:*', '2019:*']);
  });

  it('apply a declared cue list it is given, not a built-in one', () => {
    const tokens = tokenize('“A” [M]');
    expect(
      allowedLabels(tokens, [{ cue: 'inside', open: '“', close: '”', labels: ['title'] }]).map((s) =>
        s ? [...s] : null,
      ),
    ).toEqual([null, ['title'], null, null]);
  });
});
