import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BRACE_DEPTH, readBib } from '../../src/readers/bib.js';
import { cli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'citeaudit-bib-'));

/** A library with a good entry, then one whose title nests `depth` braces, on line 4 after `  title = {`. */
function nested(name: string, depth: number): string {
  const p = join(dir, name);
  writeFileSync(
    p,
    [
      '@book{ok, title = {Fine}, year = {2001}}',
      '',
      '@book{deep,',
      `  title = {${'{'.repeat(depth)}x${'}'.repeat(depth)}},`,
      '  year = {2000}',
      '}',
      '',
    ].join('\n'),
  );
  return p;
}

describe('.bib nesting', () => {
  it('braces nested too deep are one clear error naming the file, line and column, not a stack overflow', async () => {
    const p = nested('deep.bib', 20_000);
    // The entry's brace is level 1, the title's level 2 at column 11 of line 4: level 257 is 255 columns further.
    const message = `cannot read the bibliography: braces nested more than ${MAX_BRACE_DEPTH} deep at line 4, column ${10 + MAX_BRACE_DEPTH}`;
    await expect(readBib(p)).rejects.toThrow(message);
    await expect(readBib(p)).rejects.toMatchObject({ name: 'InputError', file: p });
    const r = cli(['check', 'fixtures/llm-labor-value.md', '--bib', p]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`citeaudit: ${p}: ${message}\n`);
  });

  it(`reads braces nested ${MAX_BRACE_DEPTH} deep, the entry's own counted`, async () => {
    const lib = await readBib(nested('ok.bib', MAX_BRACE_DEPTH - 2));
    expect([...lib.keys()]).toEqual(['ok', 'deep']);
    expect(lib.get('deep')?.title).toBe('x');
  });
});
