import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/engine/pipeline.js';
import { NORM_IDS } from '../../src/engine/norms.js';
import { loadRules } from '../../src/rules/index.js';
import { readDocument } from '../../src/readers/index.js';
import { readMarkdown } from '../../src/readers/markdown.js';
import type { NormId } from '../../src/model/norm.js';
import { circled, pandoc, ZH_ARTICLE, ZH_BOOK, ZH_BOOK2 } from '../helpers/manuscripts.js';
import { cli, parseReport } from '../helpers/cli.js';

const FIXTURES = 'fixtures/norms/';
const path = (name: string) => fileURLToPath(new URL(`../../${FIXTURES}${name}`, import.meta.url));

async function checkFixture(name: string, norm: NormId | 'auto' = 'auto') {
  const doc = await readDocument(path(name), {});
  return checkDocument(doc, { lang: 'en', norm });
}

async function checkMarkdown(code: string, norm: NormId | 'auto' = 'auto') {
  return checkDocument(readMarkdown('case.md', new TextEncoder().encode(code)), { lang: 'en', norm });
}

const findings = (ds: Array<{ ruleId: string; messageId: string }>) => ds.map((d) => `${d.ruleId}:${d.messageId}`);

describe('norm detection: the document as a whole', () => {
  it.each([
    ['apa-en.md', 'author-date'],
    ['numeric-en.md', 'numeric'],
    ['gbt-numeric-zh.md', 'gbt7714-2015'],
    ['thesis-zh/main.tex', 'gbt7714-2015'],
  ])('%s is read as %s', async (name, norm) => {
    const { analysis } = await checkFixture(name);
    expect(analysis.norm?.id).toBe(norm);
    expect(analysis.normDetected).toBe(true);
  });

  it.each([
    ['commentary-en.md', 'notes that cite no work'],
    ['mixed-en.md', 'as many author-year citations as numbers'],
  ])('%s: no norm (%s)', async (name) => {
    const { analysis } = await checkFixture(name);
    expect(analysis.norm).toBeNull();
  });

  it('tells the Chinese note styles apart', async () => {
    const cass = await checkMarkdown(circled([[ZH_BOOK, ZH_ARTICLE]]));
    expect(cass.analysis.norm?.id).toBe('cass');
    const people = await checkMarkdown(
      circled([
        ['《马克思恩格斯文集》第1卷，人民出版社2009年版，第5页。', '《毛泽东选集》第1卷，人民出版社1991年版，第3页。'],
      ]),
    );
    expect(people.analysis.norm?.id).toBe('people');
    const law = await checkMarkdown(
      circled([['孙伟平：《智能系统的劳动》，载《哲学研究》2021年第8期。', ZH_BOOK2, '同前注1，第8页。']]),
    );
    expect(law.analysis.norm?.id).toBe('law');
  });

  it('English notes citing dated works are Chicago notes; notes that only comment are not', async () => {
    const chicago = await checkMarkdown(
      pandoc(['George Caffentzis, *In Letters of Blood and Fire*, Oakland: PM Press, 2013, p. 131.']),
    );
    expect(chicago.analysis.norm?.id).toBe('chicago-notes');
    const remarks = await checkMarkdown(pandoc(['The interviews were held in spring.', 'I thank the two coders.']));
    expect(remarks.analysis.norm).toBeNull();
  });

  it('a Chinese author-year list is GB/T 7714; English author-date with a remark in a note stays author-date', async () => {
    const zh =
      '已有研究（张明，2020；陈静，2022）讨论了平台劳动，刘洋（2021）则关注评分机制。\n\n## 参考文献\n\n' +
      '陈静. 2022. 骑手的劳动与抵抗[M]. 北京: 社会科学文献出版社.\n\n' +
      '刘洋. 2021. 评分机制与情绪劳动[J]. 青年研究, (4): 12-25.\n\n' +
      '张明. 2020. 平台经济与劳动过程[J]. 社会学研究, 35(3): 1-24.\n';
    expect((await checkMarkdown(zh)).analysis.norm?.id).toBe('gbt7714-2015');
    const text = await readFile(path('apa-en.md'), 'utf8');
    const withRemark =
      text.replace('remains a reference point.', 'remains a reference point.[^1]') +
      '\n[^1]: The interviews for this section were held in 2022.\n';
    expect((await checkMarkdown(withRemark)).analysis.norm?.id).toBe('author-date');
  });

  it('an English list without type codes is GB/T 7714 under a Chinese text, author-date under an English one', async () => {
    // Neither codes nor the entries' language decide: the running text does (the last evidence listNorm reads).
    const list =
      '\n\n## References\n\n' +
      'Brown, Anne. 2021. *Rating and Emotion*. New York: Routledge.\n\n' +
      'Jones, Ben. 2022. *Riders and Resistance*. London: Verso.\n\n' +
      'Lee, Dana. 2019. *Scores*. Chicago: University of Chicago Press.\n\n' +
      'Smith, Carl. 2020. *Platform Labour*. Oxford: Oxford University Press.\n';
    const zh =
      '已有研究（Smith，2020；Jones，2022）讨论了平台劳动，Brown（2021）与Lee（2019）则关注评分机制与情绪劳动。';
    expect((await checkMarkdown(zh + list)).analysis.norm?.id).toBe('gbt7714-2015');
    const en =
      'Earlier studies (Smith, 2020; Jones, 2022) discussed platform labour; Brown (2021) and Lee (2019) examined ratings.';
    expect((await checkMarkdown(en + list)).analysis.norm?.id).toBe('author-date');
  });

  it('a Chinese list with type codes is GB/T 7714-2025 when a coded entry gives a DOI', async () => {
    const code =
      '正文[1]，另见[2]与[3]。\n\n## 参考文献\n\n' +
      '[1] 张明, 李华. 平台经济与劳动过程[J]. 社会学研究, 2020, 35(3): 1-24. DOI: 10.19934/j.cnki.shxyj.2020.03.001.\n' +
      '[2] 陈静. 骑手的劳动与抵抗[M]. 北京: 社会科学文献出版社, 2022: 35-48.\n' +
      '[3] 刘洋. 评分机制[J]. 青年研究, 2021(4): 12-25.\n';
    expect((await checkMarkdown(code)).analysis.norm?.id).toBe('gbt7714-2025');
  });
});

describe('rules run under their norms only', () => {
  it('author-list: an APA list of four authors is not cut at three; the same list under GB/T is', async () => {
    expect(findings((await checkFixture('apa-en.md')).diagnostics)).toEqual([]);
    const gbt = await checkFixture('apa-en.md', 'gbt7714-2015');
    expect(gbt.diagnostics.filter((d) => d.ruleId === 'author-list').map((d) => d.data.count)).toEqual([4]);
  });

  it('author-list: a printed GB/T list of four authors fires; a .bib record of six does not', async () => {
    const printed = await checkFixture('gbt-numeric-zh.md');
    const tooMany = printed.diagnostics.filter((d) => d.ruleId === 'author-list');
    expect(tooMany.map((d) => [d.messageId, d.entryIds])).toEqual([['tooMany', ['e2']]]);
    const thesis = await checkFixture('thesis-zh/main.tex');
    expect(findings(thesis.diagnostics)).toEqual([]);
  });

  it('note-sequence: [5] before [4] is out of turn under GB/T 7714, not in an English numeric list', async () => {
    const gbt = await checkFixture('gbt-numeric-zh.md');
    const order = gbt.diagnostics.filter((d) => d.messageId === 'citationOrder');
    expect(order.map((d) => d.data)).toEqual([{ number: 5, expected: 4, count: 1 }]);
    expect(findings((await checkFixture('numeric-en.md')).diagnostics)).toEqual([]);
    const asGbt = await checkFixture('numeric-en.md', 'gbt7714-2015');
    expect(findings(asGbt.diagnostics)).toContain('note-sequence:citationOrder');
  });

  it('missing-field: an IEEE proceedings paper needs no publisher; under Chicago notes it does', async () => {
    expect(findings((await checkFixture('numeric-en.md')).diagnostics)).not.toContain('missing-field:missing');
    const chicago = await checkFixture('numeric-en.md', 'chicago-notes');
    const missing = chicago.diagnostics.filter((d) => d.ruleId === 'missing-field');
    expect(missing.map((d) => d.entryIds[0])).toEqual(['e1', 'e2']);
  });

  it('under no norm only the rules of every norm run', async () => {
    // Notes that only comment, one of them without its marker: no norm, and the orphan is still found.
    const code = pandoc([
      'The interviews were held in spring.',
      'I thank the two coders.',
      'The same scheme was used twice.',
      'See the appendix for the questions.',
    ]).replace('[^4]', '');
    const { analysis, diagnostics } = await checkMarkdown(code);
    expect(analysis.norm).toBeNull();
    expect(findings(diagnostics)).toEqual(['orphan-note:orphan']);
  });

  it('a note-style rule is off under no norm, and runs when --rule names it', async () => {
    // Two dated citations beside an undated one are too little to recognise Chicago notes.
    const code = pandoc([
      'George Caffentzis, *In Letters of Blood and Fire*, Oakland: PM Press, 2013, p. 131.',
      'George Caffentzis, *In Letters of Blood and Fire*, Oakland: PM Press, 2013, p. 131.',
      'Mary Poole, *A Field Guide to Interviews*, London: Northfield Press.',
    ]);
    const unforced = await checkMarkdown(code);
    expect(unforced.analysis.norm).toBeNull();
    expect(findings(unforced.diagnostics)).not.toContain('consecutive-duplicate:adjacent');
    const doc = readMarkdown('case.md', new TextEncoder().encode(code));
    const forced = await checkDocument(doc, { lang: 'en', overrides: { 'consecutive-duplicate': 'warning' } });
    const adjacent = forced.diagnostics.filter((d) => d.ruleId === 'consecutive-duplicate');
    expect(adjacent.map((d) => [d.noteIds, d.fix])).toEqual([[['n1', 'n2'], null]]);
  });

  it('norm null checks under no norm, as a fixed file is checked again when none was recognised', async () => {
    const doc = await readDocument(path('gbt-numeric-zh.md'), {});
    const none = await checkDocument(doc, { lang: 'en', norm: null });
    expect(none.analysis.norm).toBeNull();
    expect(none.analysis.normDetected).toBe(false);
    expect(findings(none.diagnostics)).toEqual([]);
  });

  it('every rule declares its norms, each a known norm', async () => {
    for (const rule of await loadRules()) {
      const { norms } = rule.meta;
      if (norms === 'all') continue;
      expect(norms.length, rule.meta.id).toBeGreaterThan(0);
      for (const n of norms) expect(NORM_IDS, rule.meta.id).toContain(n);
    }
  });
});

describe('the reports say when no norm is recognised', () => {
  const file = `${FIXTURES}commentary-en.md`;

  it('JSON: norm null', () => {
    const r = cli(['check', file, '--format', 'json']);
    expect(parseReport(r.stdout).files[0]!.norm).toBeNull();
  });

  it.each([
    ['stylish', 'en', 'norm none recognised (only the rules of every norm ran)'],
    ['stylish', 'zh', '规范 未识别（只运行适用于所有规范的规则）'],
    ['markdown', 'en', 'Norm: none recognised (only the rules of every norm ran)'],
    ['markdown', 'zh', '规范：未识别（只运行适用于所有规范的规则）'],
    ['html', 'en', '<td>none</td>'],
    ['html', 'zh', '<td>未识别</td>'],
  ])('%s (%s)', (format, lang, text) => {
    const r = cli(['check', file, '--format', format, '--lang', lang]);
    expect(r.stdout).toContain(text);
  });

  it('--norm takes the new norms', () => {
    for (const norm of ['author-date', 'numeric']) {
      const r = cli(['check', file, '--norm', norm, '--format', 'json']);
      expect(parseReport(r.stdout).files[0]!.norm).toBe(norm);
    }
    expect(cli(['check', file, '--norm', 'apa']).code).toBe(2);
  });

  it('a recognised norm is named as before', () => {
    const r = cli(['check', `${FIXTURES}apa-en.md`, '--lang', 'en']);
    expect(r.stdout).toContain('norm author-date (detected)');
    expect(cli(['check', `${FIXTURES}apa-en.md`, '--format', 'markdown']).stdout).not.toContain('Norm:');
  });
});
