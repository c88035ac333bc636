import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, parseReport } from '../helpers/cli.js';

const MS = 'fixtures/llm-labor-value.md';
const dir = mkdtempSync(join(tmpdir(), 'citeaudit-cli-'));

describe('citeaudit check on the reference manuscript', () => {
  it('prints a stylish report and exits 0 (warnings and infos only)', () => {
    const r = cli(['check', MS, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('66 notes, 4 entries, 70 citations, 39 works; norm cass (detected)');
    expect(r.stdout).toMatch(/One name spelled differently: Dyer-Witheyford, Dyer-Witheford\s+inconsistent-name/);
    // Places in the reader's language: the forms' places, and a list in the message.
    expect(r.stdout).toMatch(/^ +"Dyer-Witheyford" note ⑥ on p\. 7$/m);
    expect(r.stdout).toContain('is cited in full in 2 notes: note ③ on p. 2, note ① on p. 8  duplicate-citation');
    expect(r.stdout).not.toMatch(/@p\d/);
    expect(r.stdout).toMatch(/✖ \d+ problems \(0 errors, \d+ warnings, \d+ infos\)/);
  });

  it('speaks Chinese with --lang zh and from the locale', () => {
    const zh = cli(['check', MS, '--lang', 'zh']).stdout;
    expect(zh).toContain('人名拼写不一致：Dyer-Witheyford、Dyer-Witheford');
    expect(zh).toMatch(/^ +"Dyer-Witheyford" 第7页注⑥$/m);
    expect(zh).toContain('第2页注① 的页码 186 重复出现：第185-186、186页');
    expect(zh).not.toMatch(/@p\d/);
    expect(cli(['check', MS], { LANG: 'zh_CN.UTF-8' }).stdout).toContain('条注释');
  });

  it('writes the JSON contract', () => {
    const r = cli(['check', MS, '--format', 'json']);
    expect(r.code).toBe(0);
    const j = parseReport(r.stdout);
    expect(Object.keys(j)).toEqual(['version', 'files', 'summary']);
    expect(j.version).toBe(1);
    const f = j.files[0]!;
    expect(Object.keys(f)).toEqual([
      'path',
      'format',
      'encoding',
      'norm',
      'notes',
      'entries',
      'citations',
      'works',
      'diagnostics',
    ]);
    expect(f).toMatchObject({ path: MS, format: 'markdown', encoding: 'utf-8', norm: 'cass' });
    expect(Object.keys(f.notes[0]!)).toEqual(['id', 'label', 'page', 'line', 'text', 'markers']);
    expect(Object.keys(f.citations[0]!)).toEqual([
      'id',
      'noteId',
      'entryId',
      'raw',
      'lang',
      'kind',
      'prefix',
      'workId',
      'item',
      'locator',
    ]);
    expect(Object.keys(f.diagnostics[0]!)).toEqual([
      'ruleId',
      'severity',
      'messageId',
      'message',
      'line',
      'column',
      'noteIds',
      'entryIds',
      'markerLabels',
      'data',
      'fix',
    ]);
    expect(j.summary).toMatchObject({ files: 1, notes: 66, entries: 4, citations: 70, works: 39, errors: 0 });
  });

  it('--rule raises a rule to error and the exit code follows', () => {
    const r = cli(['check', MS, '--rule', 'inconsistent-name=error', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(parseReport(r.stdout).summary.errors).toBe(1);
  });

  it('--rule off silences a rule', () => {
    const r = cli(['check', MS, '--rule', 'duplicate-citation=off', '--format', 'json']);
    expect(parseReport(r.stdout).files[0]!.diagnostics.some((d) => d.ruleId === 'duplicate-citation')).toBe(false);
  });

  it('--max-warnings 0 fails on warnings', () => {
    const r = cli(['check', MS, '--max-warnings', '0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/too many warnings \(\d+; --max-warnings 0\)/);
  });

  it('--quiet keeps errors only', () => {
    const r = cli(['check', MS, '--quiet', '--format', 'json']);
    expect(parseReport(r.stdout).files[0]!.diagnostics).toEqual([]);
  });

  it('--norm chooses the norm', () => {
    const r = cli(['check', MS, '--norm', 'chicago-notes', '--format', 'json']);
    expect(parseReport(r.stdout).files[0]!.norm).toBe('chicago-notes');
  });

  it('-o writes the report to a file and leaves the manuscript alone', () => {
    const before = readFileSync(MS);
    const out = join(dir, 'report.json');
    const r = cli(['check', MS, '--format', 'json', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(parseReport(readFileSync(out, 'utf8')).summary.notes).toBe(66);
    expect(readFileSync(MS).equals(before)).toBe(true);
  });

  it('checks a folder, each file once, in sorted order', () => {
    const r = cli(['check', 'fixtures', '--format', 'json']);
    const paths = parseReport(r.stdout).files.map((f) => f.path);
    expect(paths).toContain('fixtures/llm-labor-value.md');
    expect([...paths].sort()).toEqual(paths);
  });

  it('exits 1 on an error-level finding', () => {
    const p = join(dir, 'orphan.md');
    writeFileSync(
      p,
      '正文<sup>①</sup>与<sup>②</sup>。\n\n① 孙伟平：《智能系统的劳动及其社会后果》，《哲学研究》2021年第8期。\n',
    );
    const r = cli(['check', p, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error\s+Marker ② \(page 1\) has no matching note\s+orphan-marker/);
  });

  it('reads plain text and UTF-8 with BOM', () => {
    const p = join(dir, 'paper.txt');
    writeFileSync(p, '\ufeff劳动能力”①。\n\n①孙伟平：《智能系统的劳动及其社会后果》，《哲学研究》2021年第8期。\n');
    const j = parseReport(cli(['check', p, '--format', 'json']).stdout);
    expect(j.files[0]).toMatchObject({ format: 'text', encoding: 'utf-8-bom' });
    expect(j.files[0]!.notes[0]!.markers).toHaveLength(1);
  });
});

describe('other commands', () => {
  it('--version prints the package version', () => {
    const r = cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  });

  it('--help lists the commands', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/check \[options\] <files\.\.\.>/);
    expect(r.stdout).toMatch(/rules/);
  });

  it('rules lists every rule id', () => {
    const r = cli(['rules', '--format', 'json']);
    const ids = (JSON.parse(r.stdout) as Array<{ id: string }>).map((x) => x.id);
    expect(ids).toHaveLength(22);
    expect(ids).toContain('inconsistent-format');
    expect(cli(['rules', '--lang', 'zh']).stdout).toContain('书名号内嵌套书名号');
  });
});
