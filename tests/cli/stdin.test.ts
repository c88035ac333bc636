import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, parseReport, ROOT, type Run } from '../helpers/cli.js';

/** `check -` and `parse -` read standard input; `--stdin-filename` names it, as ESLint and Prettier do. */
const BIN = fileURLToPath(new URL('../../bin/citeaudit.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'citeaudit-stdin-'));

function piped(args: string[], input: string): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 30000,
    env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const MS = readFileSync(join(ROOT, 'fixtures/llm-labor-value.md'), 'utf8');
const TEX = [
  '\\documentclass{ctexart}',
  '\\begin{document}',
  '正文\\footnote{孙伟平：《智能系统的劳动》,北京：人民出版社，2021年，第5页。}。',
  '\\end{document}',
  '',
].join('\n');

describe('standard input', () => {
  it('check - reads the manuscript from standard input and reports it as <stdin>, as the file would be', () => {
    const p = join(dir, 'copy.md');
    writeFileSync(p, MS);
    const fromFile = parseReport(cli(['check', p, '--format', 'json']).stdout).files[0]!;
    const r = piped(['check', '-', '--format', 'json'], MS);
    expect(r.stderr).toBe('');
    const fromStdin = parseReport(r.stdout).files[0]!;
    expect(fromStdin.path).toBe('<stdin>');
    expect(fromStdin.format).toBe('markdown');
    expect(fromStdin.diagnostics).toEqual(fromFile.diagnostics);
    expect(fromStdin.diagnostics.length).toBeGreaterThan(0);
    expect(fromStdin.notes).toHaveLength(66);
    const plain = piped(['check', '-'], MS);
    expect(plain.stdout.split('\n')[0]).toBe('<stdin>');
  });

  it('--stdin-filename gives the name in the report and the format', () => {
    const r = piped(['check', '-', '--stdin-filename', 'chapter/paper.tex', '--format', 'json'], TEX);
    const file = parseReport(r.stdout).files[0]!;
    expect(file.path).toBe('chapter/paper.tex');
    expect(file.format).toBe('latex');
    expect(file.notes.map((n) => n.text)).toEqual(['孙伟平：《智能系统的劳动》,北京：人民出版社，2021年，第5页。']);
    expect(file.diagnostics.map((d) => d.ruleId)).toContain('punctuation-width');
  });

  it('--fix-dry-run prints the diff under that name; --fix refuses to write standard input', () => {
    const dry = piped(['check', '-', '--stdin-filename', 'paper.tex', '--fix-dry-run', '--format', 'json'], TEX);
    expect(dry.stderr).toContain('--- paper.tex');
    expect(dry.stderr).toContain('+正文\\footnote{孙伟平：《智能系统的劳动》，北京');
    const fix = piped(['check', '-', '--fix'], TEX);
    expect(fix.code).toBe(2);
    expect(fix.stderr.trim()).toBe(
      'citeaudit: --fix cannot write standard input (--fix-dry-run prints the diff of the fixes)',
    );
  });

  it('- is checked alone, and --stdin-filename needs it; empty input is one line and exit 2', () => {
    const both = piped(['check', '-', 'fixtures/llm-labor-value.md'], MS);
    expect(both.code).toBe(2);
    expect(both.stderr.trim()).toBe("citeaudit: '-' (standard input) is checked alone: give no other files with it");
    const named = cli(['check', 'fixtures/llm-labor-value.md', '--stdin-filename', 'x.md']);
    expect(named.code).toBe(2);
    expect(named.stderr.trim()).toBe("citeaudit: --stdin-filename names standard input: give '-' as the file to check");
    const empty = piped(['check', '-'], '');
    expect(empty.code).toBe(2);
    expect(empty.stderr.trim()).toBe('citeaudit: <stdin>: file is empty');
  });

  it('parse - reads references from standard input, as parse with no argument does', () => {
    const refs =
      '孙伟平：《智能系统的劳动》，北京：人民出版社，2021年，第5页。\n\nGeorge Caffentzis, In Letters of Blood and Fire, Oakland: PM Press, 2013.\n';
    const dash = piped(['parse', '-', '-f', 'jsonl'], refs);
    expect(dash.code).toBe(0);
    const lines = dash.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; title: string });
    expect(lines.map((i) => [i.id, i.title])).toEqual([
      ['1', '智能系统的劳动'],
      ['3', 'In Letters of Blood and Fire'],
    ]);
    expect(piped(['parse', '-f', 'jsonl'], refs).stdout).toBe(dash.stdout);
    expect(piped(['parse', '--input', '-', '-f', 'jsonl'], refs).stdout).toBe(dash.stdout);
  });
});
