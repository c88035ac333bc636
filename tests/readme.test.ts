import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesTable } from '../scripts/readme.mjs';

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
