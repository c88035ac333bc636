// The page callbacks of this test run in the browser: they see the DOM and its types.
/// <reference lib="dom" />
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';

/**
 * The HTML report opened in a real browser: Debian's Chromium driven by playwright-core (no browser
 * download). The page must run without console errors, show the counts of the JSON result, filter,
 * and stay inert with hostile note text, and pass axe-core's WCAG 2 A and AA rules. A screenshot goes
 * to test-artefacts/ (not versioned).
 */
const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present)
  console.log(
    `HTML browser tests skipped: ${CHROMIUM} is absent (apt-get install chromium; .ci/run installs it when it runs as root)`,
  );

const ARTEFACTS = join(ROOT, 'test-artefacts');
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Note text that would run script or load an image if the report did not escape it.
const HOSTILE = [
  '正文<sup>①</sup>，又<sup>②</sup>，再<sup>③</sup>。',
  '',
  '① 张三：《<script>window.__pwned = 1</script>》，北京：人民出版社，2020年，第5页。',
  '',
  '② 李四：《<img src=x onerror="window.__pwned = 2">与</textarea>》,北京：人民出版社，2021年，第6页。',
  '',
  '③ 王五："\'><svg onload="window.__pwned=3">，《哲学研究》2021年第8期。',
  '',
  // A link the report may keep, one it must not, and a vertical tab (U+000B) an HTML page must not hold.
  '正文<sup>④</sup>。',
  '',
  '④ 赵六：《数字劳动》，[出版社页面](https://example.org/book)，[坏链接](javascript:window.__pwned=4)，北京：人民出版社，2020年\u000b，第7页。',
  '',
].join('\n');

/** axe-core's tags for the success criteria of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
const WCAG2_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeOutcome {
  violations: Array<{ id: string; help: string; nodes: string[] }>;
  passes: string[];
}

/** Runs axe-core in the page (injected through the debugging protocol, so the page's CSP does not apply). */
async function axe(page: import('playwright-core').Page): Promise<AxeOutcome> {
  await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    const run = (globalThis as unknown as { axe: typeof import('axe-core') }).axe.run;
    const r = await run(document, { runOnly: { type: 'tag', values: tags } });
    return {
      violations: r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.html) })),
      passes: r.passes.map((v) => v.id),
    };
  }, WCAG2_AA);
}

interface JsonFile {
  path: string;
  notes: unknown[];
  entries: unknown[];
  citations: unknown[];
  works: unknown[];
  diagnostics: Array<{ ruleId: string; severity: string }>;
}

describe.skipIf(!present)('HTML report in headless Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'citeaudit-html-'));
  const hostile = join(dir, 'hostile.md');
  writeFileSync(hostile, HOSTILE);
  const inputs = ['fixtures/llm-labor-value.md', 'fixtures/latex/paper.tex', hostile];
  let browser: import('playwright-core').BrowserContext | undefined;

  beforeAll(async () => {
    mkdirSync(ARTEFACTS, { recursive: true });
    const { chromium } = await import('playwright-core');
    // A fresh profile each run: nothing from an earlier session can change what the page does.
    browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1200, height: 1600 },
    });
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(lang: 'en' | 'zh', files = inputs, name = 'report') {
    const out = join(dir, `${name}-${lang}.html`);
    const r = cli(['check', ...files, '--format', 'html', '--lang', lang, '-o', out]);
    expect(r.stderr).not.toMatch(/Error|at .*\.js/);
    const page = await browser!.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (q) => requests.push(q.url()));
    await page.goto(pathToFileURL(out).href);
    await page.waitForLoadState('load');
    return { page, problems, requests, url: pathToFileURL(out).href };
  }

  it('shows the counts of the JSON result, filters by severity and rule, no console errors', async () => {
    const json = JSON.parse(cli(['check', ...inputs, '--format', 'json']).stdout) as {
      files: JsonFile[];
      summary: Record<string, number>;
    };
    expect(json.files).toHaveLength(3);
    const { page, problems, requests, url } = await open('en');

    // Summary table: one row per file, in input order, with the JSON's counts.
    const rows = await page.$$eval('#summary tbody tr', (trs) =>
      trs.map((tr) => {
        const cell = (k: string) => Number(tr.querySelector(`[data-k="${k}"]`)!.textContent);
        return {
          path: tr.querySelector('td')!.textContent,
          notes: cell('notes'),
          entries: cell('entries'),
          citations: cell('citations'),
          works: cell('works'),
          errors: cell('errors'),
          warnings: cell('warnings'),
          infos: cell('infos'),
        };
      }),
    );
    expect(rows).toEqual(
      json.files.map((f) => ({
        path: f.path,
        notes: f.notes.length,
        entries: f.entries.length,
        citations: f.citations.length,
        works: f.works.length,
        errors: f.diagnostics.filter((d) => d.severity === 'error').length,
        warnings: f.diagnostics.filter((d) => d.severity === 'warning').length,
        infos: f.diagnostics.filter((d) => d.severity === 'info').length,
      })),
    );
    const totals = await page.$$eval('#summary tfoot [data-k]', (tds) =>
      Object.fromEntries(tds.map((td) => [td.getAttribute('data-k') ?? '', Number(td.textContent)])),
    );
    expect(totals).toEqual({
      notes: json.summary.notes,
      entries: json.summary.entries,
      citations: json.summary.citations,
      works: json.summary.works,
      errors: json.summary.errors,
      warnings: json.summary.warnings,
      infos: json.summary.infos,
    });
    expect(json.summary.notes).toBeGreaterThan(66);

    // The chart by rule shows each rule's count.
    const all = json.files.flatMap((f) => f.diagnostics);
    const byRule: Record<string, number> = {};
    for (const d of all) byRule[d.ruleId] = (byRule[d.ruleId] ?? 0) + 1;
    const bars = await page.$$eval('#chart-rules g.row', (gs) =>
      Object.fromEntries(
        gs.map((g) => [g.getAttribute('data-key') ?? '', Number(g.querySelector('text.total')!.textContent)]),
      ),
    );
    expect(bars).toEqual(byRule);
    expect(await page.locator('.finding').count()).toBe(all.length);
    expect(await page.locator('#shown-count').textContent()).toBe(String(all.length));
    // Findings are marked in the notes themselves.
    expect(await page.locator('#file-0 mark.hl').count()).toBeGreaterThan(10);

    // Hostile text is shown as text, never run.
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.places img, .places svg, .places script').count()).toBe(0);
    expect(await page.locator('#file-2 .places').textContent()).toContain('<script>window.__pwned = 1</script>');

    await page.screenshot({ path: join(ARTEFACTS, 'html-report-en.png'), fullPage: false });

    // Severity filter: infos off.
    await page.locator('input[name="severity"][value="info"]').uncheck();
    const noInfo = all.filter((d) => d.severity !== 'info');
    expect(await page.locator('#shown-count').textContent()).toBe(String(noInfo.length));
    expect(await page.locator('.finding:visible').count()).toBe(noInfo.length);
    expect(await page.locator('.finding[data-severity="info"]:visible').count()).toBe(0);
    // A highlight that only stands for infos is switched off with them.
    const infoOnly = await page.$$eval('mark[data-diags]', (ms) =>
      ms.map((m) => ({ off: m.classList.contains('off'), info: m.classList.contains('sev-info') })),
    );
    expect(infoOnly.filter((m) => m.info).every((m) => m.off)).toBe(true);
    expect(infoOnly.some((m) => !m.off)).toBe(true);

    // Rule filter on top: inconsistent-format off as well.
    await page.locator('input[name="rule"][value="inconsistent-format"]').uncheck();
    const left = noInfo.filter((d) => d.ruleId !== 'inconsistent-format');
    expect(left.length).toBeLessThan(noInfo.length);
    expect(await page.locator('#shown-count').textContent()).toBe(String(left.length));
    expect(await page.locator('.finding:visible').count()).toBe(left.length);
    const perFile = await page.$$eval('[data-file-shown]', (tds) => tds.map((td) => Number(td.textContent)));
    expect(perFile).toEqual(
      json.files.map(
        (f) => f.diagnostics.filter((d) => d.severity !== 'info' && d.ruleId !== 'inconsistent-format').length,
      ),
    );
    await page.locator('button[data-rules="none"]').click();
    expect(await page.locator('.finding:visible').count()).toBe(0);
    await page.locator('button[data-rules="all"]').click();
    expect(await page.locator('.finding:visible').count()).toBe(noInfo.length);
    await page.screenshot({ path: join(ARTEFACTS, 'html-report-en-filtered.png'), fullPage: false });

    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    await page.close();
  }, 60000);

  it('speaks Chinese with --lang zh', async () => {
    const { page, problems } = await open('zh');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toBe('引文核查报告');
    expect(await page.locator('#filters').textContent()).toContain('警告');
    await page.screenshot({ path: join(ARTEFACTS, 'html-report-zh.png'), fullPage: false });
    expect(problems).toEqual([]);
    await page.close();
  }, 60000);

  it("renders the notes' Markdown safely, shows a control character as its picture, names the charts' parts", async () => {
    const { page, problems } = await open('en');
    // Emphasis from the manuscript's Markdown, with the finding still marked inside it.
    const italic = page.locator('#file-0 .place em', { hasText: 'Inhuman Power' });
    expect(await italic.count()).toBe(2);
    expect(await italic.first().locator('mark.hl').count()).toBe(1);
    expect(await page.locator('#file-0 .places').textContent()).not.toMatch(/\*Inhuman/);
    // A web link is a link; a javascript: one is text.
    expect(
      await page.$$eval('#file-2 .places a', (as) => as.map((a) => [a.getAttribute('href'), a.textContent])),
    ).toEqual([['https://example.org/book', '出版社页面']]);
    expect(await page.locator('#file-2 .places').textContent()).toContain('坏链接');
    const controls = [...readFileSync(join(dir, 'report-en.html'), 'utf8')].filter(
      (c) => c < ' ' && !'\t\n\r'.includes(c),
    );
    expect(controls).toEqual([]);
    expect(await page.locator('#file-2 .places').textContent()).toContain('2020年\u240b，第7页');
    // Chinese quoted in English messages is marked as Chinese; a Chinese note is too.
    expect(await page.locator('#file-0 .finding span[lang="zh"]').first().textContent()).toBe(
      '《马克思恩格斯文集》第8卷',
    );
    expect(await page.locator('#f0-n1 .text').getAttribute('lang')).toBe('zh');
    expect(await page.locator('#f0-n39 .text').getAttribute('lang')).toBeNull();
    // Each chart names its axes and has a legend of the severities.
    expect(await page.locator('#chart-rules text.axis-title').allTextContents()).toEqual([
      'Rule',
      'Number of findings',
    ]);
    expect(await page.locator('#chart-files text.axis-title').allTextContents()).toEqual([
      'Article',
      'Number of findings',
    ]);
    expect(await page.locator('.chart .legend').first().locator('li').allTextContents()).toEqual([
      'Errors',
      'Warnings',
      'Infos',
    ]);
    expect(await page.locator('main').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  }, 60000);

  for (const lang of ['en', 'zh'] as const) {
    it(`the reference manuscript's report passes axe-core's WCAG 2 A and AA rules (${lang})`, async () => {
      const { page, problems } = await open(lang, ['fixtures/llm-labor-value.md'], 'reference');
      const { violations, passes } = await axe(page);
      expect(violations).toEqual([]);
      // The checks that failed before ran and passed: badge contrast, languages, landmarks' content.
      expect(passes).toEqual(expect.arrayContaining(['color-contrast', 'html-has-lang', 'valid-lang', 'svg-img-alt']));
      expect(problems).toEqual([]);
      await page.close();
    }, 60000);
  }

  it("a report of a manuscript without notes says so, and passes axe-core's WCAG 2 A and AA rules", async () => {
    const empty = join(dir, 'no-notes.md');
    writeFileSync(empty, '# 标题\n\n只有正文，没有注释。\n');
    const { page, problems } = await open('en', [empty], 'no-notes');
    expect(await page.locator('#file-0 p.empty').allTextContents()).toEqual([
      'No findings',
      'No notes or reference-list entries found',
    ]);
    expect(await page.locator('.chart p').allTextContents()).toEqual(['No findings', 'No findings']);
    expect(await page.locator('#file-0 > p').first().textContent()).toMatch(
      /^0 notes, 0 entries, 0 citations, 0 works;/,
    );
    const { violations, passes } = await axe(page);
    expect(violations).toEqual([]);
    expect(passes).toEqual(expect.arrayContaining(['color-contrast', 'html-has-lang']));
    expect(problems).toEqual([]);
    await page.close();
  }, 60000);
});
