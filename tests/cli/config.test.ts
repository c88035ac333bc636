import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport, ROOT } from '../helpers/cli.js';

const BIN = join(ROOT, 'bin/citeaudit.js');
const run = (cwd: string, args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const MS = readFileSync(join(ROOT, 'fixtures/llm-labor-value.md'), 'utf8');
const rules = (stdout: string) =>
  parseReport(stdout).files.flatMap((f) => f.diagnostics.map((d) => `${d.ruleId}:${d.severity}`));

describe('configuration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'citeaudit-config-'));
  mkdirSync(join(dir, 'issue/drafts'), { recursive: true });
  writeFileSync(join(dir, 'issue/paper.md'), MS);
  writeFileSync(join(dir, 'issue/drafts/old.md'), MS);

  it('is found upward from the file, comments allowed, and sets severities and the norm', () => {
    writeFileSync(
      join(dir, 'citeaudit.config.json'),
      '// editorial settings\n{ "norm": "chicago-notes", /* strict */ "rules": { "duplicate-citation": "off", "inconsistent-name": "error" } }',
    );
    const r = run(join(dir, 'issue'), ['check', 'paper.md', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(parseReport(r.stdout).files[0]!.norm).toBe('chicago-notes');
    expect(rules(r.stdout)).toContain('inconsistent-name:error');
    expect(rules(r.stdout).some((x) => x.startsWith('duplicate-citation'))).toBe(false);
  });

  it('command-line choices win over the file', () => {
    const r = run(join(dir, 'issue'), [
      'check',
      'paper.md',
      '--format',
      'json',
      '--norm',
      'cass',
      '--rule',
      'inconsistent-name=info',
    ]);
    expect(parseReport(r.stdout).files[0]!.norm).toBe('cass');
    expect(rules(r.stdout)).toContain('inconsistent-name:info');
  });

  it('ignore patterns skip files of a folder', () => {
    writeFileSync(join(dir, 'citeaudit.config.json'), '{ "ignore": ["drafts/"] }');
    const r = run(dir, ['check', 'issue', '--format', 'json']);
    expect(parseReport(r.stdout).files.map((f) => f.path)).toEqual([join('issue', 'paper.md')]);
  });

  it('an unknown rule or a bad value names the file and the setting, exit 2', () => {
    writeFileSync(join(dir, 'citeaudit.config.json'), '{ "rules": { "no-such-rule": "off" } }');
    const a = run(join(dir, 'issue'), ['check', 'paper.md']);
    expect(a.code).toBe(2);
    expect(a.stderr.trim()).toBe(
      `citeaudit: ${join(dir, 'citeaudit.config.json')}: rules: unknown rule 'no-such-rule' (see 'citeaudit rules')`,
    );
    writeFileSync(join(dir, 'citeaudit.config.json'), '{ "rules": { "orphan-note": "loud" } }');
    expect(run(join(dir, 'issue'), ['check', 'paper.md']).stderr).toMatch(
      /rules\.orphan-note: expected "off", "info", "warning" or "error"/,
    );
    writeFileSync(join(dir, 'citeaudit.config.json'), '{ "norm": "apa7" }');
    expect(run(join(dir, 'issue'), ['check', 'paper.md']).stderr).toMatch(/norm: 'apa7' is not a norm/);
  });

  it('--config names the file to use', () => {
    writeFileSync(join(dir, 'citeaudit.config.json'), '{ "norm": "law" }');
    writeFileSync(join(dir, 'other.json'), '{ "norm": "people" }');
    const r = run(join(dir, 'issue'), ['check', 'paper.md', '--format', 'json', '--config', join(dir, 'other.json')]);
    expect(parseReport(r.stdout).files[0]!.norm).toBe('people');
  });

  it('init writes a commented starter that loads, and never overwrites', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'citeaudit-init-'));
    expect(run(fresh, ['init']).code).toBe(0);
    expect(readFileSync(join(fresh, 'citeaudit.config.json'), 'utf8')).toMatch(/^\/\/ citeaudit configuration/);
    writeFileSync(join(fresh, 'paper.md'), MS);
    expect(run(fresh, ['check', 'paper.md']).code).toBe(0);
    const again = run(fresh, ['init']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  });
});

describe('inline comments', () => {
  it('<!-- citeaudit-disable id --> … <!-- citeaudit-enable --> silences findings inside', () => {
    const dir = mkdtempSync(join(tmpdir(), 'citeaudit-inline-'));
    const text = MS.replace(
      '⑥ N. Dyer-Witheyford',
      '<!-- citeaudit-disable inconsistent-name -->\n\n⑥ N. Dyer-Witheyford',
    ).replace('⑦ 刘儒、李超阳', '<!-- citeaudit-enable -->\n\n⑦ 刘儒、李超阳');
    writeFileSync(join(dir, 'paper.md'), text);
    const r = run(dir, ['check', 'paper.md', '--format', 'json']);
    const ids = rules(r.stdout);
    expect(ids.some((x) => x.startsWith('inconsistent-name'))).toBe(false);
    expect(ids.some((x) => x.startsWith('missing-field'))).toBe(true);
  });
});
