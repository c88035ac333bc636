import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile, prepare } from '../../src/cli/check-file.js';
import { checkIssue } from '../../src/issue/index.js';
import type { IssueDiagnostic, IssueForm } from '../../src/model/issue.js';

const dir = mkdtempSync(join(tmpdir(), 'citeaudit-issue-'));
let serial = 0;

/** A one-page cass manuscript whose notes are the given citations. */
function article(notes: string[]): string {
  const circled = '①②③④⑤⑥⑦⑧⑨⑩';
  const body = notes.map((_, k) => `正文第${k + 1}句<sup>${circled[k]}</sup>。`).join('');
  return `${body}\n\n${notes.map((n, k) => `${circled[k]} ${n}`).join('\n')}\n`;
}

/** Checks the articles as one issue and returns its findings across articles. */
async function issueOf(...articles: string[][]): Promise<{ paths: string[]; diagnostics: IssueDiagnostic[] }> {
  const paths: string[] = [];
  const prepared = [];
  for (const notes of articles) {
    const p = join(dir, `a${++serial}.md`);
    writeFileSync(p, article(notes));
    paths.push(p);
    const outcome = await checkFile(p, { lang: 'en', norm: 'auto', rule: {} });
    if (!outcome.ok) throw new Error(outcome.message);
    prepared.push(await prepare(outcome.result, { lang: 'en', stream: 'json' }));
  }
  const report = await checkIssue(prepared, { lang: 'en', overrides: {} });
  expect(report.articles.map((a) => a.path)).toEqual(paths);
  return { paths, diagnostics: report.diagnostics };
}

const forms = (d: IssueDiagnostic) => (d.data.forms as IssueForm[]).map((f) => [f.text, f.articles]);

const HARVEY = '[美]大卫·哈维：《马克思与〈资本论〉》，周大昕译，北京：中信出版社，2018年，第188页。';
const CAPITAL_2004 = '《资本论》第1卷，北京：人民出版社，2004年，第5页。';
const CAPITAL_1975 = '《资本论》第1卷，北京：人民出版社，1975年，第8页。';
const SUN = '孙伟平：《智能系统的劳动及其社会后果》，《哲学研究》2021年第8期。';

describe('checks across the articles of an issue', () => {
  it('the same work with another translator in another article: once, naming both articles and the notes', async () => {
    const { paths, diagnostics } = await issueOf([HARVEY, SUN], [SUN, HARVEY.replace('周大昕', '王大明')], [HARVEY]);
    expect(diagnostics).toHaveLength(1);
    const d = diagnostics[0]!;
    expect(d).toMatchObject({
      ruleId: 'inconsistent-metadata',
      messageId: 'acrossArticles',
      severity: 'warning',
      articles: paths,
    });
    expect(forms(d)).toEqual([
      ['周大昕', [paths[0], paths[2]]],
      ['王大明', [paths[1]]],
    ]);
    expect((d.data.forms as IssueForm[])[1]!.places).toEqual([`${paths[1]} note ② on p. 1`]);
    expect(d.message).toBe(
      `《马克思与〈资本论〉》: translator differs between articles: “周大昕” (${paths[0]}, ${paths[2]}); “王大明” (${paths[1]})`,
    );
  });

  it('the same classic in different editions: one finding for the imprint, not one per field', async () => {
    const { paths, diagnostics } = await issueOf(
      [CAPITAL_2004],
      [CAPITAL_1975],
      [CAPITAL_2004.replace('第5页', '第9页')],
    );
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'inconsistent-metadata', messageId: 'editions', articles: paths });
    expect(forms(diagnostics[0]!)).toEqual([
      ['北京, 人民出版社, 2004', [paths[0], paths[2]]],
      ['北京, 人民出版社, 1975', [paths[1]]],
    ]);
    expect(diagnostics[0]!.message).toMatch(/^《资本论》第1卷 is cited in different editions across articles: /);
  });

  it('a journal article with another year in another article is a metadata conflict, not an edition', async () => {
    const { diagnostics } = await issueOf([SUN], [SUN.replace('2021年', '2020年')]);
    expect(diagnostics.map((d) => [d.messageId, d.data.field])).toEqual([['acrossArticles', 'issued']]);
  });

  it('an author spelt differently in different articles', async () => {
    const a = 'N. Dyer-Witheford, *Cyber-Proletariat*, London: Pluto Press, 2015, p. 3.';
    const b = 'N. Dyer-Witheyford, *Inhuman Power*, London: Pluto Press, 2019, p. 110.';
    const { paths, diagnostics } = await issueOf([a], [b]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'inconsistent-name', messageId: 'acrossArticles', articles: paths });
    expect(forms(diagnostics[0]!)).toEqual([
      ['Dyer-Witheford', [paths[0]]],
      ['Dyer-Witheyford', [paths[1]]],
    ]);
  });

  it('a Chinese transliteration spelt two ways in two articles', async () => {
    const a = '[德]哈贝马斯：《交往行为理论》，曹卫东译，上海：上海人民出版社，2004年，第3页。';
    const b = '[德]哈伯马斯：《认识与兴趣》，郭官义译，上海：学林出版社，1999年，第3页。';
    const { diagnostics } = await issueOf([a], [b]);
    expect(diagnostics.map((d) => d.data.spellings)).toEqual([['哈贝马斯', '哈伯马斯']]);
  });

  it('a short transliteration that only the name table knows (福柯 / 傅柯), and never Castells for Castro', async () => {
    const a = '[法]福柯：《规训与惩罚》，刘北成、杨远婴译，北京：生活·读书·新知三联书店，2003年，第5页。';
    const b = '[法]傅柯：《知识考古学》，谢强、马月译，北京：生活·读书·新知三联书店，2003年，第9页。';
    const castells = '[美]曼纽尔·卡斯特尔：《网络社会的崛起》，夏铸九等译，北京：社会科学文献出版社，2001年，第5页。';
    const castro = '[古]菲德尔·卡斯特罗：《历史将宣判我无罪》，北京：人民出版社，1962年，第5页。';
    const { diagnostics } = await issueOf([a, castells], [b, castro]);
    expect(diagnostics.map((d) => d.data.spellings)).toEqual([['福柯', '傅柯']]);
  });

  describe('stays silent', () => {
    it('when the articles agree, or one leaves out what the other gives', async () => {
      const noTranslator = HARVEY.replace('周大昕译，', '');
      const noYear = CAPITAL_2004.replace('2004年，', '');
      expect(
        (await issueOf([HARVEY, CAPITAL_2004, SUN], [HARVEY.replace('第188页', '第20页'), noYear, SUN])).diagnostics,
      ).toEqual([]);
      expect((await issueOf([HARVEY], [noTranslator.replace(/，北京：中信出版社，2018年/, '')])).diagnostics).toEqual(
        [],
      );
    });

    it('when an article is in traditional characters', async () => {
      expect(
        (await issueOf([SUN], ['孫偉平：《智能系統的勞動及其社會後果》，《哲學研究》2021年第8期。'])).diagnostics,
      ).toEqual([]);
    });

    it('for the translation beside the original', async () => {
      const translated = '[美]大卫·哈维：《资本的限度》，张寅译，北京：中信出版社，2017年，第5页。';
      const original = '[美]大卫·哈维：《资本的限度》，北京：中信出版社，2006年，第5页。';
      expect((await issueOf([translated], [original])).diagnostics).toEqual([]);
    });

    it('for different people with similar names, and different works with one title', async () => {
      const wang1 = '王宁：《全球化与文化研究》，北京：人民出版社，2003年，第5页。';
      const wang2 = '王平：《全球化与文化》，北京：人民出版社，2003年，第5页。';
      const thomson = 'Edward Thomson, *The Making*, London: Gollancz, 1963, p. 9.';
      const thompson = 'E. P. Thompson, *The Making of the English Working Class*, London: Gollancz, 1963, p. 9.';
      const introA = '张三：《导论》，北京：人民出版社，2003年，第5页。';
      const introB = '李四：《导论》，上海：上海人民出版社，2010年，第5页。';
      expect((await issueOf([wang1, thomson, introA], [wang2, thompson, introB])).diagnostics).toEqual([]);
    });

    it('for a variant inside one article only (that article reports it)', async () => {
      const a = 'N. Dyer-Witheford, *Cyber-Proletariat*, London: Pluto Press, 2015, p. 3.';
      const b = 'N. Dyer-Witheyford, *Inhuman Power*, London: Pluto Press, 2019, p. 110.';
      expect((await issueOf([a, b], [a])).diagnostics).toEqual([]);
    });
  });

  it('a rule set to off is not checked across articles either', async () => {
    const paths = [join(dir, 'off1.md'), join(dir, 'off2.md')];
    writeFileSync(paths[0]!, article([CAPITAL_2004]));
    writeFileSync(paths[1]!, article([CAPITAL_1975]));
    const prepared = [];
    for (const p of paths) {
      const o = await checkFile(p, { lang: 'en', norm: 'auto', rule: {} });
      if (!o.ok) throw new Error(o.message);
      prepared.push(await prepare(o.result, { lang: 'en', stream: 'json' }));
    }
    expect(
      (await checkIssue(prepared, { lang: 'en', overrides: { 'inconsistent-metadata': 'off' } })).diagnostics,
    ).toEqual([]);
    const zh = await checkIssue(prepared, { lang: 'zh', overrides: { 'inconsistent-metadata': 'error' } });
    expect(zh.diagnostics.map((d) => [d.severity, d.message])).toEqual([
      [
        'error',
        `《资本论》第1卷 在各篇文章中引用了不同版本：“北京, 人民出版社, 2004”（${paths[0]}）；“北京, 人民出版社, 1975”（${paths[1]}）`,
      ],
    ]);
  });
});
