import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, parseReport, type JsonReport } from '../helpers/cli.js';

/** `-q` shows errors only, and the terminal report's last line says how many findings it hid. */
const MS = 'fixtures/llm-labor-value.md';
const dir = mkdtempSync(join(tmpdir(), 'citeaudit-quiet-'));

/** Warnings and infos of a full JSON report, files and issue alike. */
function lower(report: JsonReport): { warning: number; info: number } {
  const all = [...report.files.flatMap((f) => f.diagnostics), ...(report.issue?.diagnostics ?? [])];
  return {
    warning: all.filter((d) => d.severity === 'warning').length,
    info: all.filter((d) => d.severity === 'info').length,
  };
}

describe('--quiet', () => {
  it('ends the terminal report with the number of findings of lower severity it hid', () => {
    const full = lower(parseReport(cli(['check', MS, '--format', 'json']).stdout));
    expect(full.warning).toBeGreaterThan(0);
    expect(full.info).toBeGreaterThan(0);
    const r = cli(['check', MS, '-q', '--lang', 'en']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(full).toEqual({ warning: 10, info: 16 });
    expect(lines.at(-1)).toBe('26 findings of lower severity hidden by --quiet (10 warnings, 16 infos)');
    // Nothing was shown, and the summary no longer claims there were no problems.
    expect(lines.at(-2)).toBe('✔ no errors');
    expect(r.stdout).not.toMatch(/ (warning|info) {2}/);
    const zh = cli(['check', MS, '-q', '--lang', 'zh']).stdout.trimEnd().split('\n');
    expect(zh.at(-1)).toBe(
      `--quiet 隐藏了 ${full.warning + full.info} 个较低级别的问题（${full.warning} 个警告，${full.info} 条提示）`,
    );
    // Nothing hidden, nothing said.
    const clean = join(dir, 'clean.md');
    writeFileSync(clean, '正文<sup>①</sup>。\n\n① 孙伟平：《智能系统的劳动》，北京：人民出版社，2021年，第5页。\n');
    expect(cli(['check', clean, '-q', '--lang', 'en']).stdout.trimEnd().split('\n').at(-1)).toBe('✔ no problems');
  });

  it('counts the findings across articles it hid, after the files-checked line', () => {
    const HARVEY = '[美]大卫·哈维：《马克思与〈资本论〉》，周大昕译，北京：中信出版社，2018年，第188页。';
    const a = join(dir, 'a.md');
    const b = join(dir, 'b.md');
    writeFileSync(a, `正文<sup>①</sup>。\n\n① ${HARVEY}\n`);
    writeFileSync(b, `正文<sup>①</sup>。\n\n① ${HARVEY.replace('周大昕', '王大明')}\n`);
    const report = parseReport(cli(['check', a, b, '--format', 'json']).stdout);
    expect(report.issue?.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([
      ['inconsistent-metadata', 'warning'],
    ]);
    expect(lower(report)).toEqual({ warning: 1, info: 0 });
    const lines = cli(['check', a, b, '-q', '--lang', 'en']).stdout.trimEnd().split('\n');
    // One of each: the singular.
    expect(lines.slice(-2)).toEqual([
      '2 files checked',
      '1 finding of lower severity hidden by --quiet (1 warning, 0 infos)',
    ]);
  });

  it('leaves the machine formats as they were', () => {
    const json = cli(['check', MS, '-q', '--format', 'json']).stdout;
    expect(Object.keys(JSON.parse(json) as object)).toEqual(['version', 'files', 'summary']);
    expect(json).not.toContain('hidden');
    for (const format of ['sarif', 'junit', 'markdown'])
      expect(cli(['check', MS, '-q', '--format', format]).stdout).not.toContain('hidden');
  });
});
