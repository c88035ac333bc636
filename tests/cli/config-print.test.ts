import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PrintedConfig } from '../../src/cli/config-print.js';
import { parseReport, ROOT } from '../helpers/cli.js';

const BIN = join(ROOT, 'bin/citeaudit.js');
const run = (cwd: string, args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1', XDG_DATA_HOME: join(cwd, 'data') },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const printed = (stdout: string) => JSON.parse(stdout) as PrintedConfig;

/** A folder with a configuration (Chinese comment included) and two manuscripts. */
function project() {
  const dir = mkdtempSync(join(tmpdir(), 'citeaudit-config-print-'));
  mkdirSync(join(dir, 'issue'));
  copyFileSync(join(ROOT, 'fixtures/llm-labor-value.md'), join(dir, 'issue/paper.md'));
  copyFileSync(join(ROOT, 'fixtures/norms/apa-en.md'), join(dir, 'apa.md'));
  const config = join(dir, 'citeaudit.config.json');
  writeFileSync(
    config,
    '{\n  // 编辑部的设置\n  "norm": "chicago-notes",\n  "rules": { "duplicate-citation": "off", "inconsistent-name": "info" },\n' +
      '  "ignore": ["drafts/"],\n  "catalog": "refs/catalog.sqlite"\n}\n',
  );
  return { dir, config };
}

describe('config --print FILE', () => {
  const { dir, config } = project();

  it('gives every value with where it comes from: the command line, the file, the norm', () => {
    const r = run(dir, [
      'config',
      '--print',
      'issue/paper.md',
      '--format',
      'json',
      '--rule',
      'inconsistent-name=error',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const c = printed(r.stdout);
    expect(c.file).toBe(join('issue', 'paper.md'));
    expect(c.configuration).toBe(config);
    expect(c.norm).toEqual({
      setting: 'chicago-notes',
      source: { type: 'file', path: config },
      value: 'chicago-notes',
      detected: false,
    });
    expect(c.rules['duplicate-citation']).toEqual({ severity: 'off', source: { type: 'file', path: config } });
    expect(c.rules['inconsistent-name']).toEqual({ severity: 'error', source: { type: 'option', option: '--rule' } });
    expect(c.rules['orphan-note']).toEqual({
      severity: 'error',
      source: { type: 'norm', norm: 'chicago-notes', belongs: true },
    });
    expect(c.rules['author-list']).toEqual({
      severity: 'off',
      source: { type: 'norm', norm: 'chicago-notes', belongs: false },
    });
    expect(c.ignore).toEqual([{ pattern: 'drafts/', source: { type: 'file', path: config } }]);
    expect(c.catalog).toEqual({ path: join(dir, 'refs/catalog.sqlite'), source: { type: 'file', path: config } });
  });

  it('says what check applies: every finding has the severity printed for its rule', () => {
    const args = ['issue/paper.md', '--rule', 'inconsistent-name=error', '--rule', 'uncited-entry=off'];
    const c = printed(run(dir, ['config', '--print', ...args, '--format', 'json']).stdout);
    const report = parseReport(run(dir, ['check', ...args, '--format', 'json']).stdout);
    const found = report.files[0]!.diagnostics;
    expect(found.length).toBeGreaterThan(10);
    for (const d of found) expect(`${d.ruleId}: ${d.severity}`).toBe(`${d.ruleId}: ${c.rules[d.ruleId]!.severity}`);
    const ruleIds = new Set(found.map((d) => d.ruleId));
    for (const [id, r] of Object.entries(c.rules)) if (r.severity === 'off') expect(ruleIds.has(id), id).toBe(false);
  });

  it('--norm wins over the file; auto recognises the norm of the document', () => {
    const a = printed(run(dir, ['config', '--print', 'issue/paper.md', '--format', 'json', '--norm', 'law']).stdout);
    expect(a.norm).toEqual({
      setting: 'law',
      source: { type: 'option', option: '--norm' },
      value: 'law',
      detected: false,
    });
    const alone = mkdtempSync(join(tmpdir(), 'citeaudit-config-print-none-'));
    copyFileSync(join(ROOT, 'fixtures/norms/apa-en.md'), join(alone, 'apa.md'));
    const b = printed(run(alone, ['config', '--print', 'apa.md', '--format', 'json']).stdout);
    expect(b.configuration).toBeNull();
    expect(b.norm).toEqual({ setting: 'auto', source: { type: 'default' }, value: 'author-date', detected: true });
    expect(b.rules['missing-entry']).toEqual({
      severity: 'warning',
      source: { type: 'norm', norm: 'author-date', belongs: true },
    });
    expect(b.catalog).toEqual({ path: join(alone, 'data/citeaudit/catalog.sqlite'), source: { type: 'default' } });
  });
});

describe('config --print FILE without a norm', () => {
  it('where no norm is recognised, only the rules of every norm run', () => {
    const alone = mkdtempSync(join(tmpdir(), 'citeaudit-config-print-no-norm-'));
    copyFileSync(join(ROOT, 'fixtures/norms/commentary-en.md'), join(alone, 'commentary.md'));
    const none = printed(run(alone, ['config', '--print', 'commentary.md', '--format', 'json']).stdout);
    expect(none.norm).toEqual({ setting: 'auto', source: { type: 'default' }, value: null, detected: true });
    expect(none.rules['missing-field']).toEqual({
      severity: 'off',
      source: { type: 'norm', norm: null, belongs: false },
    });
    expect(none.rules['orphan-note']).toEqual({
      severity: 'error',
      source: { type: 'norm', norm: null, belongs: true },
    });
    const text = run(alone, ['config', '--print', 'commentary.md', '--lang', 'zh']).stdout;
    expect(text).toContain('\n  规范      未识别（只运行适用于所有规范的规则）\n');
    expect(text).toContain('\n    missing-field          off      未识别规范时不运行\n');
    expect(text).toContain('\n    orphan-note            error    未识别规范时的默认级别\n');
  });
});

describe('config --print FILE, as text and on bad input', () => {
  const { dir, config } = project();

  it('reads as text in English and in Chinese', () => {
    const en = run(dir, ['config', '--print', 'apa.md', '--rule', 'orphan-note=info', '--lang', 'en']).stdout;
    expect(en.split('\n').slice(0, 4)).toEqual([
      'apa.md',
      `  configuration  ${config}`,
      `  norm           chicago-notes — ${config}`,
      '  rules',
    ]);
    expect(en).toContain('\n    orphan-note            info     command line --rule\n');
    expect(en).toContain('\n    inconsistent-name      info     ' + config + '\n');
    expect(en).toContain('\n    author-list            off      not a rule of norm chicago-notes\n');
    expect(en).toContain('\n    missing-field          warning  default of norm chicago-notes\n');
    expect(en).toContain(`\n  ignore\n    drafts/  ${config}\n`);
    const zh = run(dir, ['config', '--print', 'issue/paper.md', '--lang', 'zh', '--norm', 'auto']).stdout;
    expect(zh).toContain('\n  规范      cass — 根据文稿识别（"auto"：命令行 --norm）\n');
    expect(zh).toContain('\n    missing-entry          off      不属于规范 cass\n');
    expect(zh).toContain('\n    orphan-note            error    规范 cass 的默认级别\n');
    expect(zh).toContain(`\n  文献库    ${join(dir, 'refs/catalog.sqlite')} — ${config}\n`);
  });

  it('lists the inline comments of the file, with their lines', () => {
    const text = readFileSync(join(dir, 'apa.md'), 'utf8').split('\n');
    text.splice(2, 0, '<!-- citeaudit-disable-next-line uncited-entry, missing-field -- 待核 -->');
    writeFileSync(join(dir, 'commented.md'), text.join('\n'));
    const c = printed(run(dir, ['config', '--print', 'commented.md', '--format', 'json']).stdout);
    expect(c.inline).toEqual([
      { directive: 'disable-next-line', rules: ['uncited-entry', 'missing-field'], file: 'commented.md', line: 3 },
    ]);
    const en = run(dir, ['config', '--print', 'commented.md', '--lang', 'en']).stdout;
    expect(en).toMatch(
      /\n {2}inline comments\n {4}line 3 {2}citeaudit-disable-next-line uncited-entry, missing-field\n$/,
    );
    const zh = run(dir, ['config', '--print', 'commented.md', '--lang', 'zh']).stdout;
    expect(zh).toMatch(/\n {2}行内注释\n {4}第 3 行 {2}citeaudit-disable-next-line uncited-entry, missing-field\n$/);
  });

  it('a file that cannot be read, or a mistyped rule, is one line and exit code 2', () => {
    const missing = run(dir, ['config', '--print', 'nope.md']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('citeaudit: nope.md: no such file or directory\n');
    const typo = run(dir, ['config', '--print', 'apa.md', '--rule', 'orphan-notes=off']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe("citeaudit: unknown rule 'orphan-notes' (did you mean 'orphan-note'?)\n");
    expect(readFileSync(config, 'utf8')).toMatch(/^\{\n {2}\/\/ 编辑部的设置/);
  });
});
