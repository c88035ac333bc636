// Verdicts name notes and entries by the ids of the JSON report (`n5`, `e12`). When a change renumbers
// them (a new Markdown reader finding more notes, JATS read with its front matter), the verdicts are
// translated here, never by hand: each id is kept with an anchor — the note's or entry's label and a
// hash of its text — and an anchor is looked up in the current report by label and hash, then by hash
// alone, then by label alone (each only when it picks one place). Our own verdicts carry their anchors
// (`places`); the given ones of ../shared/realworld/verdicts.json are anchored by
// tests/realworld/anchors.json, the ids of the report they were judged on.
//
// `node scripts/translate-verdicts.mjs` prints, per document, the ids that no longer mean what they
// meant (old → new, or lost). `--write-anchors` records the anchors of documents that have none yet (read
// for the first time; their verdicts' ids are taken as today's), `--force` of all of them again (only
// while the ids the verdicts use are today's, i.e. before a renumbering). Runs on dist/ (build first).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A short hash of a place's text, whitespace folded: it identifies the text without copying it. */
export function textHash(text) {
  return createHash('sha256')
    .update((text ?? '').replace(/\s+/g, ' ').trim())
    .digest('hex')
    .slice(0, 12);
}

/** The anchors of a file report: `{ id: { label, hash } }` for every note and entry. */
export function anchorsOf(file) {
  const out = {};
  for (const p of [...file.notes, ...file.entries]) out[p.id] = { label: p.label ?? null, hash: textHash(p.text) };
  return out;
}

/**
 * old id → current id, for the ids of `old` (anchors as recorded) in `current` (anchors of today's
 * report), notes to notes and entries to entries: by label and hash, then by hash, then by label; where
 * several places share the anchor (the same ① note text on two pages), the k-th to the k-th when both
 * sides have as many. An id whose place cannot be told apart maps to null; ids absent from `old` are
 * not in the map.
 */
export function translation(old, current) {
  const kindOf = (id) => id.replace(/\d+$/, '');
  const keys = [(a) => `${a.label}|${a.hash}`, (a) => a.hash, (a) => (a.label === null ? null : `${a.label}`)];
  const group = (anchors, kind, key) => {
    const g = new Map();
    for (const [id, a] of Object.entries(anchors)) {
      const k = key(a);
      if (kindOf(id) !== kind || k === null) continue;
      if (!g.has(k)) g.set(k, []);
      g.get(k).push(id);
    }
    return g;
  };
  const map = new Map();
  const cache = new Map();
  const groups = (anchors, kind, n) => {
    const name = `${anchors === old ? 'o' : 'c'}|${kind}|${n}`;
    if (!cache.has(name)) cache.set(name, group(anchors, kind, keys[n]));
    return cache.get(name);
  };
  for (const [id, a] of Object.entries(old)) {
    const kind = kindOf(id);
    let hit = null;
    for (let n = 0; n < keys.length && hit === null; n++) {
      const k = keys[n](a);
      if (k === null) continue;
      const mine = groups(old, kind, n).get(k) ?? [];
      const theirs = groups(current, kind, n).get(k) ?? [];
      if (theirs.length === 1 && mine.length === 1) hit = theirs[0];
      else if (theirs.length > 1 && theirs.length === mine.length) hit = theirs[mine.indexOf(id)];
    }
    map.set(id, hit);
  }
  return map;
}

/**
 * A verdict with its ids translated. Ids the map does not know stay as they are (a document without
 * anchors is taken as numbered as today); ids mapped to null become `?old`, which matches nothing.
 */
export function translateVerdict(v, map) {
  const t = (id) => (map.has(id) ? (map.get(id) ?? `?${id}`) : id);
  return { ...v, noteIds: v.noteIds.map(t), entryIds: v.entryIds.map(t) };
}

/** The anchors an own verdict carries (`places: [{ id, label, hash }]`) as `{ id: { label, hash } }`. */
export function placesAsAnchors(places) {
  return Object.fromEntries((places ?? []).map((p) => [p.id, { label: p.label, hash: p.hash }]));
}

/** The anchors file: one line per id, so that a diff shows which ids moved. */
export function formatAnchors({ about, recorded, documents }) {
  const docs = Object.entries(documents).map(([doc, ids]) => {
    const lines = Object.entries(ids).map(([id, a]) => `   ${JSON.stringify(id)}: ${JSON.stringify(a)}`);
    return `  ${JSON.stringify(doc)}: {\n${lines.join(',\n')}\n  }`;
  });
  return `{\n "about": ${JSON.stringify(about)},\n "recorded": ${JSON.stringify(recorded)},\n "documents": {\n${docs.join(',\n')}\n }\n}\n`;
}

async function main() {
  const { readManifest, realworldDir } = await import('./realworld-data.mjs');
  const { makeChecker } = await import('./plant-faults.mjs');
  const dir = realworldDir();
  if (!existsSync(join(dir, 'manifest.tsv'))) {
    console.log(`translate-verdicts skipped: ${dir} is absent (it ships with the project's shared folder)`);
    return;
  }
  const check = await makeChecker();
  const file = join(root, 'tests/realworld/anchors.json');
  const recorded = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { documents: {} };
  recorded.documents ??= {};
  const write = process.argv.includes('--write-anchors');
  for (const doc of readManifest(dir)) {
    const report = (await check(join(dir, doc.file))).file;
    if (!report) continue;
    const now = anchorsOf(report);
    // Only documents without anchors are recorded (read for the first time), unless --force: anchors
    // recorded after a renumbering would no longer say what the verdicts' ids meant.
    if (write && (!recorded.documents[doc.id] || process.argv.includes('--force'))) recorded.documents[doc.id] = now;
    else if (recorded.documents[doc.id]) {
      const changed = [...translation(recorded.documents[doc.id], now)].filter(([a, b]) => a !== b);
      console.log(
        `${doc.id}: ${changed.length ? changed.map(([a, b]) => `${a} → ${b ?? 'lost'}`).join(', ') : 'ids unchanged'}`,
      );
    }
  }
  if (write) {
    recorded.about =
      'Anchors of the note and entry ids that the verdicts on ../shared/realworld use: label and a hash of the text ' +
      '(no text), written by scripts/translate-verdicts.mjs --write-anchors; eval:realworld translates ids through them.';
    recorded.recorded = new Date().toISOString().slice(0, 10);
    writeFileSync(file, formatAnchors(recorded));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
