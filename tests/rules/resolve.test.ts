import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../src/resolve/match.js';
import { readLibrary } from '../../src/resolve/library.js';
import { cli, parseReport } from '../helpers/cli.js';

const MS = 'fixtures/llm-labor-value.md';
const BIB = 'fixtures/library/refs.bib';
const diags = (args: string[]) =>
  parseReport(cli(['check', MS, '--format', 'json', ...args]).stdout).files[0]!.diagnostics;

describe('resolving against a library (--bib)', () => {
  it('reports a year that differs from the record, and nothing for records that agree', () => {
    const d = diags(['--bib', BIB]).filter((x) => x.ruleId === 'metadata-mismatch');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({
      severity: 'warning',
      data: { field: 'issued', cited: '2018', record: '2017', recordId: 'harvey2018' },
    });
  });

  it('lists the works the library does not have, once each', () => {
    const d = diags(['--bib', BIB]).filter((x) => x.ruleId === 'unresolved');
    expect(d).toHaveLength(35);
    expect(
      d.some(
        (x) =>
          x.data.work === '“The World of Work and the Crisis of Capitalism: Marx and the Fourth Industrial Revolution”',
      ),
    ).toBe(false);
  });

  it('stays silent without bibliographic data', () => {
    expect(diags([]).filter((x) => x.ruleId === 'unresolved' || x.ruleId === 'metadata-mismatch')).toEqual([]);
  });

  it('a library file that cannot be read is one line, exit 2', () => {
    const r = cli(['check', MS, '--bib', 'fixtures/library/none.bib']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('citeaudit: fixtures/library/none.bib: bibliography file not found');
  });
});

describe('matching', () => {
  it('reads CSL-JSON and RIS libraries too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'citeaudit-lib-'));
    writeFileSync(
      join(dir, 'lib.json'),
      JSON.stringify([
        {
          id: 'x',
          type: 'book',
          title: 'Digital Labor and Karl Marx',
          author: [{ family: 'Fuchs', given: 'C.' }],
          issued: { 'date-parts': [[2014]] },
        },
      ]),
    );
    writeFileSync(
      join(dir, 'lib.ris'),
      'TY  - BOOK\nAU  - Fuchs, Christian\nTI  - Digital Labor and Karl Marx\nPY  - 2014\nPB  - Routledge\nER  - \n',
    );
    for (const f of ['lib.json', 'lib.ris']) {
      const items = await readLibrary(join(dir, f));
      expect(items[0]).toMatchObject({ type: 'book', title: 'Digital Labor and Karl Marx' });
    }
  });

  it('abstains on another volume of a collection and on weak title matches', () => {
    const m = new Matcher([
      { id: 'v8', type: 'book', title: '马克思恩格斯文集', volume: '8', issued: { 'date-parts': [[2009]] } },
      {
        id: 'other',
        type: 'book',
        title: 'Automation and the Future of Work',
        author: [{ family: 'Benanav', given: 'Aaron' }],
      },
    ]);
    expect(m.match({ id: '', type: 'book', title: '马克思恩格斯文集', volume: '5' })).toBeNull();
    expect(m.match({ id: '', type: 'book', title: '马克思恩格斯文集', volume: '8' })?.record.id).toBe('v8');
    expect(
      m.match({ id: '', type: 'book', title: 'Automation and the Future of Leisure', author: [{ family: 'Benanav' }] }),
    ).toBeNull();
  });
});
