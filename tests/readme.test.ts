import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { rulesTable as untypedRulesTable } from '../scripts/readme.mjs';

/** The rule table of README.md, as scripts/readme.mjs makes it from the built rules. */
const rulesTable = untypedRulesTable as () => Promise<string>;

describe('README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

  it('lists every rule as the code defines it (run `npm run readme` after changing a rule)', async () => {
    const table = await rulesTable();
    expect(readme).toContain(table);
  });

  it('gives the two set-up commands', () => {
    expect(readme).toContain('npm ci && node bin/citeaudit.js check fixtures/llm-labor-value.md');
    expect(readme).toContain('npm ci && npm test');
  });
});
