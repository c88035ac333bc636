import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/pipeline.js';
import { prepare, serialise } from '../../src/exporters/index.js';
import { collectRecords } from '../../src/exporters/records.js';
import type { CslItem } from '../../src/model/csl.js';
import { readDocument } from '../../src/readers/index.js';
import { readLibrary } from '../../src/resolve/library.js';
import { cli, parseItems } from '../helpers/cli.js';
import { cslErrors, describeWithSchemas } from '../helpers/schemas.js';

const MS = 'fixtures/llm-labor-value.md';
// An edition's era before the title (`乾隆《嘉定县志》`): a field CSL has no variable for.
const ERA = '正文<sup>①</sup>。\n\n① 乾隆《嘉定县志》卷一《疆域志》，第3页。\n';

function tmp(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'citeaudit-csl-'));
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}

/** The records `export` writes, before serialising: what an import of the export must give back. */
async function records(paths: string[]): Promise<CslItem[]> {
  const analyses = await Promise.all(paths.map(async (p) => analyze(await readDocument(p))));
  return prepare(collectRecords(analyses), false);
}

describeWithSchemas('CSL-JSON against the CSL 1.0 input schema (../shared/schemas/csl-data.json)', () => {
  it('the exports of the reference manuscript, the mixed notes, the catalogue list and an era are valid', () => {
    for (const file of [MS, 'fixtures/export/notes-mixed.md', 'fixtures/catalog/retrieval.md', tmp('era.md', ERA)]) {
      const r = cli(['export', file, '--to', 'csl-json']);
      expect(r.code, file).toBe(0);
      expect(cslErrors(JSON.parse(r.stdout)), file).toEqual([]);
    }
  });
});

describe('CSL-JSON export: nationality markers inside the name, extra fields in note', () => {
  it('keeps [美] where CSL processors print it, and no name property CSL does not define', () => {
    const json = parseItems(cli(['export', MS]).stdout);
    expect(json.find((r) => r.title === '马克思与〈资本论〉')).toMatchObject({
      translator: [{ literal: '周大昕' }],
      author: [{ literal: '[美]大卫·哈维' }],
    });
    const names = json.flatMap((r) => [...(r.author ?? []), ...(r.editor ?? []), ...(r.translator ?? [])]);
    expect(names.filter((n) => 'x-nationality' in n)).toEqual([]);
    // 等 and et al. are never exported as a name.
    expect(names.filter((n) => /^(?:等|et al\.?|others)$/.test(n.literal ?? n.family ?? ''))).toEqual([]);
  });

  it('export → import as a library gives the records back, marker and era included', async () => {
    const era = tmp('era.md', ERA);
    const expected = await records([MS, 'fixtures/export/notes-mixed.md', era]);
    expect(expected.some((it) => it.author?.some((n) => n['x-nationality'] === '[美]'))).toBe(true);
    expect(expected.some((it) => it['x-era'] === '乾隆')).toBe(true);
    const text = await serialise(expected, 'csl-json');
    expect(text).not.toContain('x-nationality');
    expect(text).toContain('"note": "x-era: 乾隆"');
    const file = tmp('library.json', text);
    expect(await readLibrary(file)).toEqual(expected);
  });
});
