import { describe, expect, it } from 'vitest';
import { cli, type JsonDiagnostic, parseReport } from '../helpers/cli.js';

const MS = 'fixtures/llm-labor-value.md';
// The manuscript's own works exported as BibTeX, with 未来简史's year changed (2017 → 2016) and
// "Artificial" misspelt in Inhuman Power's title (see fixtures/library/README.md).
const OWN = 'fixtures/library/own-works.bib';

const diagnostics = (args: string[]): JsonDiagnostic[] =>
  parseReport(cli(['check', MS, '--format', 'json', ...args]).stdout).files[0]!.diagnostics;
const key = (d: JsonDiagnostic) => `${d.ruleId}|${d.line}|${d.column}|${d.message}`;

describe('the reference manuscript against a library of its own works', () => {
  it('reports exactly the changed year and the misspelt title, and nothing else changes', () => {
    const without = new Set(diagnostics([]).map(key));
    const added = diagnostics(['--bib', OWN]).filter((d) => !without.has(key(d)));
    const found = added
      .map((d) => [d.ruleId, String(d.data.field), String(d.data.cited), String(d.data.record)])
      .sort((a, b) => a[1]!.localeCompare(b[1]!));
    expect(found).toEqual([
      ['metadata-mismatch', 'issued', '2017', '2016'],
      [
        'metadata-mismatch',
        'title',
        'Inhuman Power: Artificial Intelligence and the Future of Capitalism',
        'Inhuman Power: Artifical Intelligence and the Future of Capitalism',
      ],
    ]);
    expect(added.map((d) => d.data.recordId).sort()).toEqual(['dyerwitheyford2019inhuman', 'helali2017weilai']);
  });
});
