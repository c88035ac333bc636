import { describe, expect, it } from 'vitest';
import type { CitationKind, CslItem, Lang } from '../../src/model/index.js';
import { cli, parseReport } from '../helpers/cli.js';

/** One line of `extract --format jsonl`: a citation with its file, note and page. */
interface ExtractRow {
  file: string;
  noteId: string | null;
  noteLabel: string | null;
  page: number | null;
  entryId: string | null;
  id: string;
  raw: string;
  lang: Lang;
  kind: CitationKind;
  prefix: string | null;
  workId: string | null;
  locator: string | null;
  item: CslItem;
}

const MS = 'fixtures/llm-labor-value.md';

describe('citeaudit extract', () => {
  it('json: the check report without diagnostics', () => {
    const r = cli(['extract', MS]);
    expect(r.code).toBe(0);
    const f = parseReport(r.stdout).files[0]!;
    expect(f.notes).toHaveLength(66);
    expect(f.citations).toHaveLength(70);
    expect(f.diagnostics).toEqual([]);
  });

  it('jsonl: one citation a line, with its note and page', () => {
    const lines = cli(['extract', MS, '--format', 'jsonl'])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ExtractRow);
    expect(lines).toHaveLength(70);
    expect(lines[3]).toMatchObject({
      noteLabel: '②',
      page: 2,
      kind: 'full',
      item: { type: 'article-journal', 'container-title': '探索与争鸣' },
    });
  });

  it('tsv: a header and one row per citation, no tabs inside cells', () => {
    const rows = cli(['extract', MS, '--format', 'tsv']).stdout.trim().split('\n');
    expect(rows[0]!.split('\t')).toContain('locator');
    expect(rows).toHaveLength(71);
    for (const row of rows) expect(row.split('\t')).toHaveLength(21);
    expect(rows[3]).toContain('185-186, 186');
  });
});
