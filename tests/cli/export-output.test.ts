import { linkSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

/** `export -o FILE` is written as reports are: a complete temporary file renamed over FILE. */
describe('export -o', () => {
  it('replaces the output whole (a reader of the old file keeps all of it) and leaves no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'citeaudit-export-o-'));
    const out = join(dir, 'works.bib');
    writeFileSync(out, 'the previous export\n');
    // A second name for the old file stands for a reader that has it open.
    linkSync(out, join(dir, 'reader.bib'));
    const before = statSync(out).ino;
    const r = cli(['export', 'fixtures/llm-labor-value.md', '--to', 'bibtex', '-o', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(cli(['export', 'fixtures/llm-labor-value.md', '--to', 'bibtex']).stdout);
    expect(statSync(out).ino).not.toBe(before);
    expect(readFileSync(join(dir, 'reader.bib'), 'utf8')).toBe('the previous export\n');
    expect(readdirSync(dir).sort()).toEqual(['reader.bib', 'works.bib']);
  });

  it('writes a device in place', () => {
    const r = cli(['export', 'fixtures/llm-labor-value.md', '-o', '/dev/null']);
    expect(r.code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});
