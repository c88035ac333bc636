import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfigText, starter } from '../../src/engine/config.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { cli } from '../helpers/cli.js';

/** Configuration syntax errors name the line and column, not a character position. */
describe('configuration syntax', () => {
  const TRAILING = [
    '// editorial settings',
    '{',
    '  "norm": "auto",',
    '  "rules": {',
    '    "duplicate-citation": "off", // not in this issue',
    '  }',
    '}',
    '',
  ].join('\n');

  it('a trailing comma is reported with its line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'citeaudit-cfgsyntax-'));
    const p = join(dir, 'citeaudit.config.json');
    writeFileSync(p, TRAILING);
    const message =
      'not valid JSON at line 5, column 32: trailing comma (remove it: JSON allows none after the last item)';
    expect(() => loadConfig(p, RULE_IDS)).toThrow(message);
    const r = cli(['check', 'fixtures/llm-labor-value.md', '--config', p]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`citeaudit: ${p}: ${message}\n`);
  });

  it('other syntax errors too, in code points of the line, comments skipped', () => {
    expect(parseConfigText('{\n  "norm": "auto"\n  "rules": {}\n}')).toEqual({
      error: "not valid JSON at line 3, column 3: ',' expected",
    });
    expect(parseConfigText('{ "ignore": ["草稿/"], /* 注 */ ] }')).toEqual({
      error: 'not valid JSON at line 1, column 30: a property name in double quotes expected',
    });
    expect(parseConfigText('{ "norm": "auto", [1,] }')).toEqual({
      error: 'not valid JSON at line 1, column 19: a property name in double quotes expected',
    });
    // A byte-order mark is not a column.
    expect(parseConfigText('\uFEFF{"norm": "auto",}')).toEqual({
      error: 'not valid JSON at line 1, column 16: trailing comma (remove it: JSON allows none after the last item)',
    });
    expect(parseConfigText('{ "norm": "auto" /* open')).toEqual({
      error: 'not valid JSON at line 1, column 18: unclosed comment',
    });
    expect(parseConfigText('')).toEqual({ error: 'not valid JSON at line 1, column 1: a value expected' });
  });

  it('comments, a byte-order mark and the starter configuration still read', () => {
    expect(parseConfigText(`\uFEFF${TRAILING.replace('"off", //', '"off" //')}`)).toEqual({
      value: { norm: 'auto', rules: { 'duplicate-citation': 'off' } },
    });
    expect(parseConfigText(starter('./node_modules/citeaudit/schema/citeaudit.schema.json'))).toEqual({
      value: {
        $schema: './node_modules/citeaudit/schema/citeaudit.schema.json',
        norm: 'auto',
        rules: {},
        ignore: ['drafts/', '*.bak.md'],
      },
    });
  });
});
