import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, unifiedDiff } from '../../src/engine/fixer.js';
import { fixOf } from '../../src/model/diagnostic.js';

const TEXT = '甲,乙。\n丙,丁。\n戊己';

describe('fixOf', () => {
  it('makes the first edit the fix and the others its `also`, in the order of the JSON report', () => {
    const edits = [
      { range: { start: 1, end: 2 }, text: '，' },
      { range: { start: 6, end: 7 }, text: '，' },
    ];
    expect(JSON.stringify(fixOf(edits))).toBe(
      '{"range":{"start":1,"end":2},"text":"，","also":[{"range":{"start":6,"end":7},"text":"，"}]}',
    );
    expect(JSON.stringify(fixOf(edits.slice(0, 1)))).toBe('{"range":{"start":1,"end":2},"text":"，"}');
    expect(fixOf([])).toBeNull();
    expect(applyFixes(TEXT, [fixOf(edits)!]).text).toBe('甲，乙。\n丙，丁。\n戊己');
  });
});

describe('applyFixes', () => {
  it('applies a fix of several edits whole, and leaves out a fix that overlaps one taken', () => {
    const punct = { range: { start: 1, end: 2 }, text: '，' };
    const both = { range: { start: 1, end: 2 }, text: '、', also: [{ range: { start: 6, end: 7 }, text: '、' }] };
    const r = applyFixes(TEXT, [both, punct]);
    // The one-place fix goes first; the two-place fix clashes at offset 1 and is dropped entirely.
    expect(r.text).toBe('甲，乙。\n丙,丁。\n戊己');
    expect(r.applied).toEqual([punct]);
    const alone = applyFixes(TEXT, [both]);
    expect(alone.text).toBe('甲、乙。\n丙、丁。\n戊己');
  });

  it('takes a fix whose edits touch but do not overlap', () => {
    const r = applyFixes('ab', [
      { range: { start: 0, end: 1 }, text: 'A' },
      { range: { start: 1, end: 2 }, text: 'B' },
    ]);
    expect(r.text).toBe('AB');
    expect(r.applied).toHaveLength(2);
  });
});

describe('unifiedDiff', () => {
  const dir = mkdtempSync(join(tmpdir(), 'citeaudit-diff-'));
  const patch = (before: string, diff: string) => {
    const p = join(dir, 'f.txt');
    writeFileSync(p, before);
    const r = spawnSync('patch', ['--quiet', '--no-backup-if-mismatch', p], { input: diff, encoding: 'utf8' });
    expect(r.status, r.stderr + r.stdout).toBe(0);
    return readFileSync(p, 'utf8');
  };

  it('is applied by patch(1), with and without a final newline, near and far changes', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `第${i + 1}行,内容`);
    for (const end of ['\n', '']) {
      const before = lines.join('\n') + end;
      const after =
        lines.map((l, i) => (i === 0 || i === 3 || i === 20 || i === 29 ? l.replace(',', '，') : l)).join('\n') + end;
      const diff = unifiedDiff('f.txt', before, after);
      // Lines 1 and 4 share a hunk (their context meets, as in diff -u); 21 and 30 are 9 lines apart: two more.
      expect(diff.match(/^@@/gm)).toHaveLength(3);
      expect(patch(before, diff)).toBe(after);
      expect(diff.includes('\\ No newline at end of file')).toBe(end === '');
    }
    expect(unifiedDiff('f.txt', 'same\n', 'same\n')).toBe('');
  });
});
