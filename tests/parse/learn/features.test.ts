import { describe, expect, it } from 'vitest';
import { context, FEATURES, neighbours, shape, tokenFeatures } from '../../../src/parse/learn/features.js';
import { buildLexicons, lexiconHits } from '../../../src/parse/learn/lexicons.js';
import { tokenize } from '../../../src/parse/learn/tokenize.js';
import { table } from '../../../src/resolve/tables.js';

const lex = buildLexicons({
  publishers: table('publishers'),
  journals: table('journals'),
  'western-names': table('western-names'),
});

/** The names feature `fn` fires on the token whose text is `at` (the first such token) of `text`. */
function fired(fn: string, text: string, at: string): string[] {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.text === at);
  expect(i, `${at} in ${text}`).toBeGreaterThanOrEqual(0);
  return FEATURES[fn]!(context(tokens, lex), i);
}

describe('token features', () => {
  it('kind and word', () => {
    expect(fired('kind', '北京: 商务', '商')).toEqual(['k=cjk']);
    expect(fired('word', 'New York', 'New')).toEqual(['w=new']);
    expect(fired('word', 'pp. 12', '12')).toEqual(['w=#d2']);
  });

  it('shape', () => {
    expect(tokenize('Smith SMITH s S iPhone 2019 《').map(shape)).toEqual([
      'Xx',
      'XX',
      'x',
      'X',
      'xX',
      'd4',
      'titlemark',
    ]);
  });

  it('year: fires on a four-digit year, silent on pages, volumes and far years', () => {
    expect(fired('year', '北京: 中华书局, 2012: 235', '2012')).toEqual(['year']);
    expect(fired('year', '北京: 中华书局, 2012: 235', '235')).toEqual([]);
    expect(fired('year', 'pp. 1234-1250', '1234')).toEqual([]);
  });

  it('initial: fires on `P.` of a name, silent on a capital with no stop or a spaced stop', () => {
    expect(fired('initial', 'Peebles, P. Z.', 'P')).toEqual(['initial']);
    expect(fired('initial', 'PEEBLES P Z', 'P')).toEqual([]);
    expect(fired('initial', 'Section A .', 'A')).toEqual([]);
  });

  it('abbreviation: fires on `Vol.`, silent on a long word before a stop', () => {
    expect(fired('abbreviation', 'Vol. 3', 'Vol')).toEqual(['abbr']);
    expect(fired('abbreviation', 'Processing. 3', 'Processing')).toEqual([]);
  });

  it('space: fires after white space, silent on the first token and on glued tokens', () => {
    expect(fired('space', 'New York:Norton', 'York')).toEqual(['sp']);
    expect(fired('space', 'New York:Norton', 'Norton')).toEqual([]);
    expect(fired('space', 'New York:Norton', 'New')).toEqual([]);
  });

  it('position: first and last fire only at the ends', () => {
    expect(fired('position', 'a b c', 'a')).toEqual(['rel=0', 'first']);
    expect(fired('position', 'a b c', 'b')).toEqual(['rel=3']);
    expect(fired('position', 'a b c', 'c')).toEqual(['rel=6', 'last']);
  });

  it('enclosing: the innermost marks, silent on the marks themselves and outside', () => {
    const t = '王磊：《论〈资本论〉》（2018）';
    expect(fired('enclosing', t, '论')).toEqual(['in=《》']);
    expect(fired('enclosing', t, '资')).toEqual(['in=〈〉']);
    expect(fired('enclosing', t, '2018')).toEqual(['in=（）']);
    expect(fired('enclosing', t, '《')).toEqual([]);
    expect(fired('enclosing', t, '王')).toEqual([]);
  });

  it('nationality: fires on a bracketed country, silent on a bracketed number or a bare country', () => {
    expect(fired('nationality', '〔美〕大卫·哈维', '美')).toEqual(['nat']);
    expect(fired('nationality', '〔美〕大卫·哈维', '〔')).toEqual(['nat']);
    expect(fired('nationality', '[英国]霍布斯', '国')).toEqual(['nat']);
    expect(fired('nationality', '[2] 美国研究', '美')).toEqual([]);
    expect(fired('nationality', '[2] 美国研究', '2')).toEqual([]);
  });
});

describe('lexicon features', () => {
  const lexFired = (text: string, at: string) => fired('lexicon', text, at);

  it('publishers, journals and Western names from the project tables', () => {
    expect(lexFired('北京：中信出版社，2017', '中')).toContain('lex=publisher:B');
    expect(lexFired('北京：中信出版社，2017', '社')).toContain('lex=publisher:I');
    expect(lexFired('《世界经济》2018年', '世')).toContain('lex=journal:B');
    expect(lexFired('哈贝马斯：《交往》', '哈')).toContain('lex=westname:B');
    expect(lexFired('Habermas, J.', 'Habermas')).toContain('lex=westname:B');
    expect(lexFired('北京：中华大学，2017', '华')).toEqual([]);
  });

  it('places, roles, months, pages, legal words, prefixes and ibid from data/lexicon', () => {
    expect(lexFired('New York: Norton', 'New')).toContain('lex=place:B');
    expect(lexFired('成都：巴蜀书社', '成')).toContain('lex=place:B');
    expect(lexFired('张寅译，北京', '译')).toContain('lex=role-translator:B');
    expect(lexFired('R. Smith, trans. London', 'trans')).toContain('lex=role-translator:B');
    expect(lexFired('ed. J. Doe', 'ed')).toContain('lex=role-editor:B');
    expect(lexFired('王明主编', '主')).toContain('lex=role-editor:B');
    expect(lexFired('Smith (March 2019)', 'March')).toContain('lex=month:B');
    expect(lexFired('第247页', '第')).toContain('lex=page:B');
    expect(lexFired('第247页', '页')).toContain('lex=page:I');
    expect(lexFired('pp. 12', 'pp')).toContain('lex=page:B');
    expect(lexFired('《民法典》第12条', '第')).toContain('lex=legal:B');
    expect(lexFired('参见王明', '参')).toContain('lex=prefix:B');
    expect(lexFired('Ibid., 45.', 'Ibid')).toContain('lex=ibid:B');
  });

  it('stays silent on words that only contain an entry or share its start', () => {
    expect(lexFired('Edinburgh', 'Edinburgh')).toContain('lex=place:B');
    expect(lexFired('edition 2', 'edition')).toEqual([]);
    expect(lexFired('Marching on', 'Marching')).toEqual([]);
    expect(lexFired('第247卷', '第')).not.toContain('lex=page:B');
  });

  it('takes the longest entry of a lexicon from each start', () => {
    const hits = lexiconHits(tokenize('Frankfurt am Main: Suhrkamp'), lex);
    expect(hits[2]).toContain('place:I');
  });
});

describe('neighbour features', () => {
  it('see two tokens either side, with the string ends as BOS/EOS', () => {
    const tokens = tokenize('王明，2018。');
    const f = neighbours(context(tokens, lex), 0);
    expect(f).toContain('-1:BOS');
    expect(f).not.toContain('-2:BOS');
    expect(f).toContain('1:w=明');
    expect(f).toContain('2:w=,'); // NFKC: the full-width comma is the comma
    expect(f.some((x) => x.startsWith('3:'))).toBe(false);
    expect(neighbours(context(tokens, lex), 4)).toContain('1:EOS');
  });

  it('combine into one list per token', () => {
    const all = tokenFeatures(tokenize('Doe, J. 2019.'), lex);
    expect(all).toHaveLength(6);
    expect(all[4]).toContain('year');
    expect(all[4]).toContain('-1:w=.');
  });
});

describe('token features from the whole string', () => {
  it('kind: a link to doi.org says whether a DOI is printed apart as well', () => {
    expect(fired('kind', 'Wu, B. 2020. Rain. https://doi.org/10.1000/x1', 'https://doi.org/10.1000/x1')).toEqual([
      'k=url',
      'doihost',
    ]);
    const both = 'Rain. https://doi.org/10.1000/x1. DOI:10.1000/x1';
    expect(fired('kind', both, 'https://doi.org/10.1000/x1')).toEqual(['k=url', 'doihost+doi']);
    expect(fired('kind', 'Rain. https://example.org/a', 'https://example.org/a')).toEqual(['k=url']);
  });

  it('affix: the first and last three letters of a longer word, silent on short words and numbers', () => {
    expect(fired('affix', 'Proceedings of Hydrology', 'Hydrology')).toEqual(['pre=hyd', 'suf=ogy']);
    expect(fired('affix', 'Proceedings of Hydrology', 'of')).toEqual([]);
    expect(fired('affix', 'pp. 12345', '12345')).toEqual([]);
  });

  it('before: counts the segments ended (not by an initial) and says a year and a title came first', () => {
    const text = 'Okafor, M. A. 2019. “Rain.” Water Letters 4.';
    expect(fired('before', text, 'Okafor')).toEqual(['seg=0']);
    // `M.` and `A.` are initials: no segment ends there.
    expect(fired('before', text, '2019')).toEqual(['seg=0']);
    expect(fired('before', text, 'Water')).toEqual(['seg=2', 'year<', 'title<']);
  });

  it('after: names before a role word of their segment take its role, names in another segment do not', () => {
    const text = 'Wu, B. Rain. In A. Li, C. Okafor, eds., Water. 谢远涛, 译. 北京';
    expect(fired('after', text, 'Li')).toEqual(['editor>']);
    expect(fired('after', text, 'Wu')).toEqual([]);
    expect(fired('after', text, '谢')).toEqual(['translator>']);
    expect(fired('after', text, '北')).toEqual([]);
  });
});
