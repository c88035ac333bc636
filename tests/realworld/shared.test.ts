import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  givenVerdictsFor,
  matchFindings,
  ownVerdictsFor,
  VERDICTS,
  type GivenVerdict,
  type OwnVerdict,
} from '../../scripts/eval-realworld.mjs';
import { KINDS, makeChecker, measureRecall } from '../../scripts/plant-faults.mjs';
import { readManifest, realworldDir } from '../../scripts/realworld-data.mjs';
import { anchorsOf, type Anchors } from '../../scripts/translate-verdicts.mjs';

const dir = realworldDir();
const present = existsSync(join(dir, 'manifest.tsv'));
if (!present)
  console.log(
    `realworld tests skipped: ${dir} is absent (it ships with the project's shared folder, not with citeaudit)`,
  );

interface OwnFile {
  refused: Record<string, { passage: string; reason: string }>;
  unread: Record<string, { passage: string; reason: string }>;
  verdicts: Record<string, OwnVerdict[]>;
}
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const own = readJson(fileURLToPath(new URL('verdicts.json', import.meta.url))) as OwnFile;
const anchors = (
  readJson(fileURLToPath(new URL('anchors.json', import.meta.url))) as { documents: Record<string, Anchors> }
).documents;

describe('our own verdicts (tests/realworld/verdicts.json)', () => {
  it('each has the key, one sentence at most as its passage, a reason and a verdict', () => {
    for (const list of Object.values(own.verdicts)) {
      for (const v of list) {
        expect(VERDICTS).toContain(v.verdict);
        expect(v.ruleId).toMatch(/^[a-z-]+$/);
        expect(v.places?.map((p) => p.id).sort()).toEqual([...v.noteIds, ...v.entryIds].sort());
        expect(v.passage.length).toBeLessThanOrEqual(300);
        expect(v.passage).not.toMatch(/[.。!?！？]\s*\S/u);
        expect(v.reason.length).toBeGreaterThan(0);
      }
    }
    for (const r of [...Object.values(own.refused), ...Object.values(own.unread)]) {
      expect(r.passage.length).toBeLessThanOrEqual(300);
      expect(r.reason.length).toBeGreaterThan(0);
    }
  });
});

describe.skipIf(!present)('documents written elsewhere (../shared/realworld)', () => {
  const docs = present ? readManifest(dir) : [];
  const given = present ? (readJson(join(dir, 'verdicts.json')) as Record<string, GivenVerdict[]>) : {};

  it('names every document it has verdicts for', () => {
    const ids = new Set(docs.map((d) => d.id));
    for (const d of docs) expect(existsSync(join(dir, d.file)), d.file).toBe(true);
    const named = [given, own.verdicts, own.refused, own.unread].flatMap((o) => Object.keys(o));
    for (const id of named) expect(ids).toContain(id);
  });

  it('still reports every finding judged correct', async () => {
    const check = await makeChecker();
    for (const d of docs) {
      const judged = [...(given[d.id] ?? []), ...(own.verdicts[d.id] ?? [])];
      if (!judged.some((v) => v.verdict === 'correct')) continue;
      const file = (await check(join(dir, d.file))).file;
      expect(file, d.id).not.toBeNull();
      const current = anchorsOf(file!);
      const { unused } = matchFindings(file!.diagnostics, [
        ...givenVerdictsFor(given[d.id], anchors[d.id], current),
        ...ownVerdictsFor(own.verdicts[d.id], current),
      ]);
      expect(
        unused.filter((v) => v.verdict === 'correct'),
        d.id,
      ).toEqual([]);
    }
  });

  it('finds at least 90 % of the faults planted in copies, per kind', async () => {
    const check = await makeChecker();
    const { tally } = await measureRecall(
      docs.map((d) => ({ id: d.id, path: join(dir, d.file), project: d.kind === 'latex' })),
      { check },
    );
    for (const kind of KINDS) {
      const { planted, found } = tally[kind];
      if (planted > 0) expect(found / planted, kind).toBeGreaterThanOrEqual(0.9);
    }
    // Some 150 planted copies checked one after another: no timing is asserted, the work only needs the time.
  }, 120_000);
});
