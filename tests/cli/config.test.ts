import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from '../../src/engine/config-schema.js';
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
});

describe('init', () => {
  it('writes a commented starter that loads, and never overwrites', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'citeaudit-init-'));
    expect(run(fresh, ['init']).code).toBe(0);
    expect(readFileSync(join(fresh, 'citeaudit.config.json'), 'utf8')).toMatch(/^\/\/ citeaudit configuration/);
    writeFileSync(join(fresh, 'paper.md'), MS);
    expect(run(fresh, ['check', 'paper.md']).code).toBe(0);
    const again = run(fresh, ['init']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  });

  it("names the schema of the citeaudit installed in the project's node_modules", () => {
    const project = mkdtempSync(join(tmpdir(), 'citeaudit-init-installed-'));
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(ROOT, join(project, 'node_modules', 'citeaudit'), 'dir');
    mkdirSync(join(project, 'chapters'));
    for (const [dir, ref] of [
      [project, './node_modules/citeaudit/schema/citeaudit.schema.json'],
      [join(project, 'chapters'), '../node_modules/citeaudit/schema/citeaudit.schema.json'],
    ] as const) {
      expect(run(dir, ['init']).code).toBe(0);
      const written = readFileSync(join(dir, 'citeaudit.config.json'), 'utf8');
      expect(written).toContain(`"$schema": "${ref}",`);
      // The path resolves from the configuration's folder, as an editor resolves it.
      expect(readFileSync(resolve(dir, ref), 'utf8')).toBe(readFileSync(join(ROOT, SCHEMA_FILE), 'utf8'));
    }
  });

  it('names its own schema by file URL where no node_modules holds citeaudit', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'citeaudit-init-global-'));
    expect(run(fresh, ['init']).code).toBe(0);
    const written = readFileSync(join(fresh, 'citeaudit.config.json'), 'utf8');
    expect(written).toContain(`"$schema": "${pathToFileURL(join(ROOT, SCHEMA_FILE)).href}",`);
  });
});

describe('did you mean', () => {
  const dir = mkdtempSync(join(tmpdir(), 'citeaudit-config-typo-'));
  mkdirSync(join(dir, 'issue'));
  writeFileSync(join(dir, 'issue/paper.md'), MS);

  it('a mistyped rule, severity, norm or setting in the configuration gets "did you mean"', () => {
    const at = join(dir, 'citeaudit.config.json');
    const refused = (config: string) => {
      writeFileSync(at, config);
      const r = run(join(dir, 'issue'), ['check', 'paper.md']);
      expect(r.code).toBe(2);
      return r.stderr.trim();
    };
    expect(refused('{ "rules": { "mising-field": "off" } }')).toBe(
      `citeaudit: ${at}: rules: unknown rule 'mising-field' (did you mean 'missing-field'?)`,
    );
    expect(refused('{ "rules": { "duplicate": "off" } }')).toBe(
      `citeaudit: ${at}: rules: unknown rule 'duplicate' (did you mean 'duplicate-citation' or 'duplicate-entry'?)`,
    );
    expect(refused('{ "rules": { "orphan-note": "warn" } }')).toBe(
      `citeaudit: ${at}: rules.orphan-note: expected "off", "info", "warning" or "error", not "warn" (did you mean 'warning'?)`,
    );
    expect(refused('{ "norm": "chicago-note" }')).toBe(
      `citeaudit: ${at}: norm: 'chicago-note' is not a norm (did you mean 'chicago-notes'?)`,
    );
    expect(refused('{ "norm": "gbt7714" }')).toBe(
      `citeaudit: ${at}: norm: 'gbt7714' is not a norm (did you mean 'gbt7714-2015' or 'gbt7714-2025'?)`,
    );
    expect(refused('{ "rule": { "orphan-note": "off" } }')).toBe(
      `citeaudit: ${at}: unknown setting 'rule' (did you mean 'rules'?)`,
    );
    expect(refused('{ "ignores": [] }')).toBe(`citeaudit: ${at}: unknown setting 'ignores' (did you mean 'ignore'?)`);
    // Nothing near: the known names instead.
    expect(refused('{ "format": "json" }')).toBe(
      `citeaudit: ${at}: unknown setting 'format' (known: norm, rules, ignore, catalog)`,
    );
    expect(refused('{ "norm": "人民出版社" }')).toBe(
      `citeaudit: ${at}: norm: '人民出版社' is not a norm (norms: auto, cass, people, law, gbt7714-2015, gbt7714-2025, chicago-notes, author-date, numeric)`,
    );
  });

  it('and on the command line, in --rule and --norm', () => {
    rmSync(join(dir, 'citeaudit.config.json'), { force: true });
    const a = run(join(dir, 'issue'), ['check', 'paper.md', '--rule', 'inconsistant-name=off']);
    expect(a.code).toBe(2);
    expect(a.stderr).toBe("citeaudit: unknown rule 'inconsistant-name' (did you mean 'inconsistent-name'?)\n");
    const b = run(join(dir, 'issue'), ['check', 'paper.md', '--rule', 'orphan-note=eror']);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(
      /expected ID=off\|info\|warning\|error, got 'orphan-note=eror' \(did you mean 'error'\?\)/,
    );
    const c = run(join(dir, 'issue'), ['check', 'paper.md', '--norm', 'casss']);
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/'casss' is not a norm \(did you mean 'cass'\?\)/);
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
