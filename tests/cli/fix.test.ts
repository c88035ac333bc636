import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, parseReport } from '../helpers/cli.js';

const TEXT = [
  '正文一<sup>①</sup>，正文二<sup>②</sup>。',
  '',
  '① [美] 大卫·哈维：《马克思与《资本论》》，周大昕译，北京：中信出版社，2018年，第188页。',
  '',
  '② 孙伟平：《智能系统的劳动》,北京：人民出版社，2021年，第5页。',
  '',
].join('\n');

describe('fixes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'citeaudit-fix-'));

  it('--fix-dry-run prints the diff and changes nothing', () => {
    const p = join(dir, 'dry.md');
    writeFileSync(p, TEXT);
    const r = cli(['check', p, '--fix-dry-run', '--format', 'json']);
    // With a report for programs the diff is on standard error and standard output is the report alone.
    expect(parseReport(r.stdout).files).toHaveLength(1);
    expect(r.stderr).toContain(`--- ${p}`);
    expect(r.stderr).toContain('+① [美] 大卫·哈维：《马克思与〈资本论〉》');
    expect(r.stderr).toContain('+② 孙伟平：《智能系统的劳动》，北京');
    // With the terminal report it comes first on standard output, as `patch` takes it.
    const plain = cli(['check', p, '--fix-dry-run', '--no-color']);
    expect(plain.stdout.startsWith(`--- ${p}`)).toBe(true);
    expect(readFileSync(p, 'utf8')).toBe(TEXT);
    expect(existsSync(`${p}.bak`)).toBe(false);
  });

  it('--fix applies exactly the diff, keeps a .bak, and the fixed findings are gone', () => {
    const p = join(dir, 'fix.md');
    writeFileSync(p, TEXT);
    const r = cli(['check', p, '--fix', '--format', 'json']);
    expect(r.stderr).toMatch(/2 fix\(es\) applied/);
    const after = readFileSync(p, 'utf8');
    expect(after).toBe(
      TEXT.replace('《马克思与《资本论》》', '《马克思与〈资本论〉》').replace('劳动》,北京', '劳动》，北京'),
    );
    expect(readFileSync(`${p}.bak`, 'utf8')).toBe(TEXT);
    const ids = parseReport(r.stdout).files[0]!.diagnostics.map((d) => d.ruleId);
    expect(ids).not.toContain('nested-title-marks');
    expect(ids).not.toContain('punctuation-width');
    expect(existsSync(`${p}.citeaudit-${process.pid}.tmp`)).toBe(false);
  });
});
