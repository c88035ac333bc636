import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'citeaudit-bad-'));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

/** Bad input: one line naming the file and the problem, exit 2, never a stack trace. */
function expectOneLine(r: ReturnType<typeof cli>, path: string, problem: RegExp) {
  expect(r.code).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(path);
  expect(lines[0]).toMatch(problem);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('bad input', () => {
  it('a missing file', () => {
    const p = join(dir, 'nope.md');
    expectOneLine(cli(['check', p]), p, /no such file/);
  });

  it('a folder with no manuscripts', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    writeFileSync(join(empty, 'image.png'), 'x');
    expectOneLine(cli(['check', empty]), empty, /no manuscripts/);
  });

  it('an empty file', () => {
    const p = file('empty.md', '');
    expectOneLine(cli(['check', p]), p, /empty/);
  });

  it('a binary file', () => {
    const p = file('binary.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    expectOneLine(cli(['check', p]), p, /binary/);
  });

  it('bytes that are neither UTF-8 nor recognisably GB18030 or Big5', () => {
    const p = file(
      'latin1.md',
      new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0xe0, 0x20, 0x6c, 0x61, 0x20, 0x63, 0x72, 0xe8, 0x6d, 0x65, 0x0a]),
    );
    expectOneLine(
      cli(['check', p]),
      p,
      /invalid UTF-8 at byte 3, and not recognisably GB18030 or Big5 either; give --encoding/,
    );
  });

  it('an unknown --encoding', () => {
    const p = file('enc.md', '正文。\n');
    expectOneLine(cli(['check', p, '--encoding', 'klingon']), p, /unknown encoding 'klingon'/);
  });

  it('an unknown format', () => {
    const p = file('paper.pdf', '%PDF-1.4');
    expectOneLine(cli(['check', p]), p, /unknown format '\.pdf'/);
  });

  it('a manuscript with no notes is read, said so, and passes', () => {
    const p = file('plain.md', '# 标题\n\n没有任何注释的正文。\n');
    const r = cli(['check', p]);
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([
      `citeaudit: ${p}: no notes, citation markers or reference list found`,
    ]);
    expect(r.stdout).toContain('no problems');
  });

  it('an unknown rule and a bad severity are usage errors', () => {
    const p = file(
      'one.md',
      '正文<sup>①</sup>。\n\n① 孙伟平：《智能系统的劳动及其社会后果》，《哲学研究》2021年第8期。\n',
    );
    const a = cli(['check', p, '--rule', 'no-such-rule=off']);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/unknown rule 'no-such-rule'/);
    const b = cli(['check', p, '--rule', 'orphan-note=loud']);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/expected ID=off\|info\|warning\|error/);
  });

  it('refuses to write the report over the input', () => {
    const p = file(
      'keep.md',
      '正文<sup>①</sup>。\n\n① 孙伟平：《智能系统的劳动及其社会后果》，《哲学研究》2021年第8期。\n',
    );
    const before = readFileSync(p, 'utf8');
    const r = cli(['check', p, '-o', p]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refusing to write the report over the input/);
    expect(readFileSync(p, 'utf8')).toBe(before);
  });

  it('an unknown option and an unknown command exit 2', () => {
    expect(cli(['check', '--bogus']).code).toBe(2);
    expect(cli(['frobnicate']).code).toBe(2);
  });
});
