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

const FILES = ['fixtures/llm-labor-value.md', 'fixtures/export/notes-mixed.md'];

async function records(): Promise<CslItem[]> {
  const analyses = await Promise.all(FILES.map(async (p) => analyze(await readDocument(p))));
  return prepare(collectRecords(analyses), false);
}

/** The records of a RIS file: TY … ER blocks, each as its lines. */
const blocks = (ris: string) =>
  ris
    .split(/^ER {2}- *$/m)
    .map((b) => b.trim())
    .filter(Boolean)
    .map((b) => b.split('\n'));

describe('RIS as the RIS specification and Zotero read it', () => {
  it('every type keeps its authors and full date, IDs are the keys, no blank line inside a record', async () => {
    const items = await records();
    const ris = await serialise(items, 'ris');
    const recs = blocks(ris);
    expect(recs).toHaveLength(items.length);
    for (const [k, lines] of recs.entries()) {
      expect(lines[0]).toMatch(/^TY {2}- [A-Z]+$/);
      // Every line of a record is a tag line: no blank line, no continuation.
      expect(lines.filter((l) => !/^[A-Z][A-Z0-9] {2}- ./.test(l))).toEqual([]);
      expect(lines.filter((l) => l.startsWith('ID  - '))).toEqual([`ID  - ${items[k]!.id}`]);
      const names = items[k]!.author ?? [];
      expect(lines.filter((l) => l.startsWith('AU  - '))).toHaveLength(names.length);
    }
    expect(ris).toContain('ID  - caffentzis2013letters\n');
    expect(ris).toContain('ID  - lohmann2020interpretation\n');
    const news = recs.find((r) => r[0] === 'TY  - NEWS')!;
    expect(news).toEqual([
      'TY  - NEWS',
      'ID  - liu2013wumai',
      'AU  - 刘裕国',
      'AU  - 杨柳',
      'AU  - 张洋',
      'AU  - 王汉超',
      'LA  - zh-CN',
      'PY  - 2013',
      'DA  - 2013/01/12/',
      'SP  - 4',
      'T2  - 人民日报',
      'TI  - 雾霾来袭，如何突围？',
    ]);
    const harvey = recs.find((r) => r.includes('TI  - 马克思与〈资本论〉'))!;
    expect(harvey).toEqual(expect.arrayContaining(['AU  - [美]大卫·哈维', 'A4  - 周大昕', 'PY  - 2018']));
  });

  it('export → import as a library gives back what RIS carries of the records', async () => {
    const items = await records();
    const dir = mkdtempSync(join(tmpdir(), 'citeaudit-ris-'));
    writeFileSync(join(dir, 'library.ris'), await serialise(items, 'ris'));
    const back = await readLibrary(join(dir, 'library.ris'));
    const FIELDS = ['type', 'id', 'title', 'author', 'editor', 'translator', 'container-title', 'issued'] as const;
    const pick = (it: CslItem) => Object.fromEntries(FIELDS.filter((f) => it[f] !== undefined).map((f) => [f, it[f]]));
    expect(back.map(pick)).toEqual(items.map(pick));
  });
});
