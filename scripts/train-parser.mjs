// npm run train:parser — trains the learned reference parser's labeller (an averaged structured perceptron,
// src/parse/learn/perceptron.ts) on the strings of `npm run parser:data` (.cache/parser/), offline, and writes
// the compact model to data/parser-model.bin with its manifest, data/parser-model.manifest.json (sources and
// counts, licences, the split file's hash, the model's SHA-256). The parser uses it where the rules give up.
//   default   quick: a sample of the strings, few epochs (about a minute on one core)
//   --full    every string (the committed model)
//   --out DIR write the model and manifest to DIR instead of data/
// A twentieth of the training styles (by a hash of the style name) and of the AnyStyle lines is kept apart as a
// dev set, whose token accuracy is printed; the held-out split is scored only by `--heldout`, at milestones.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEBIAN_STYLES, TRAIN } from './parser-split.mjs';
import { readJsonl } from './jsonl.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(root, '.cache', 'parser');
const FULL = process.argv.includes('--full');
const QUICK = { rendered: 6000, anystyle: 2500, epochs: 4 };
const FULL_EPOCHS = 6;
const MIN_COUNT = 2;
const SEED = 12;
/** Weights below this (in absolute value) are left out of the committed model. */
const PRUNE = 0.05;
const SCALE = 100;
const outArg = process.argv.indexOf('--out');
const OUT = outArg > 0 ? process.argv[outArg + 1] : join(root, 'data');
const TEMPERATURES = [2, 4, 8, 12, 16, 24, 32, 48, 64];

const dist = (p) => import(join(root, 'dist', p));
const isDev = (key) =>
  parseInt(createHash('sha256').update(`citeaudit-parser-dev-1:${key}`).digest('hex').slice(0, 8), 16) % 20 === 0;

/** Every k-th line, to take about n of them. */
const sample = (xs, n) => (FULL || xs.length <= n ? xs : xs.filter((_, i) => i % Math.ceil(xs.length / n) === 0));

export async function lexicons() {
  const { table } = await dist('resolve/tables.js');
  const { buildLexicons } = await dist('parse/learn/lexicons.js');
  return buildLexicons({
    publishers: table('publishers'),
    journals: table('journals'),
    'western-names': table('western-names'),
  });
}

/** Token accuracy of a model on labelled lines, overall and per language. */
export async function tokenAccuracy(model, lines, lex) {
  const { tokenize } = await dist('parse/learn/tokenize.js');
  const { sequence } = await dist('parse/learn/labeller.js');
  const { label } = await dist('parse/learn/perceptron.js');
  const acc = {};
  for (const line of lines) {
    const tokens = tokenize(line.text);
    const pred = label(model, sequence(tokens, lex));
    for (const k of ['all', line.lang]) {
      acc[k] ??= { right: 0, total: 0, strings: 0, exact: 0 };
      acc[k].strings++;
      let all = true;
      line.tokens.forEach(([, , gold], i) => {
        acc[k].total++;
        if (pred[i] === gold) acc[k].right++;
        else all = false;
      });
      if (all) acc[k].exact++;
    }
  }
  return Object.entries(acc).map(
    ([k, a]) =>
      `${k}: ${(a.right / a.total).toFixed(4)} of ${a.total} tokens, ${(a.exact / a.strings).toFixed(3)} of ${a.strings} strings wholly right`,
  );
}

const BSD_2 = `Copyright (c) 2011-2025 Sylvester Keil. All rights reserved.

Redistribution and use in source and binary forms, with or without modification, are permitted provided that the
following conditions are met:

1. Redistributions of source code must retain the above copyright notice, this list of conditions and the following
   disclaimer.
2. Redistributions in binary form must reproduce the above copyright notice, this list of conditions and the following
   disclaimer in the documentation and/or other materials provided with the distribution.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES,
INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY,
WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.`;

/** What is missing to train, said in one line each; [] when all is there. */
function missing() {
  const out = [];
  if (!existsSync(join(CACHE, 'rendered.jsonl')))
    out.push(`no training strings in ${CACHE}: run npm run parser:data first`);
  if (!existsSync(TRAIN)) out.push(`no training folder at ${TRAIN} (it comes with ../shared): parser:data needs it`);
  if (!existsSync(DEBIAN_STYLES))
    out.push(
      `no Debian styles at ${DEBIAN_STYLES} (apt-get install citation-style-language-styles): English styles are not in the strings`,
    );
  return out;
}

/** The temperature whose token marginals give the gold labels of `seqs` the highest likelihood. */
async function fitTemperature(model, seqs) {
  const { emissions, rows } = await dist('parse/learn/perceptron.js');
  const { marginals } = await dist('parse/learn/marginals.js');
  const ids = new Map(model.labels.map((l, i) => [l, i]));
  const em = seqs.map((s) => emissions(model, rows(model, s.features), s.allowed));
  let best = { t: 1, nll: Infinity };
  for (const t of TEMPERATURES) {
    let nll = 0;
    seqs.forEach((s, k) => {
      const m = marginals(model, em[k], t);
      s.labels.forEach((l, i) => (nll -= Math.log(Math.max(1e-12, m[i][ids.get(l)]))));
    });
    if (nll < best.nll) best = { t, nll };
  }
  return best.t;
}

const sha256 = (s) => createHash('sha256').update(s).digest('hex');

function sourceCounts(chosen) {
  const by = {};
  for (const l of chosen) {
    const s = (by[l.source] ??= { strings: 0, zh: 0, en: 0, styles: new Set() });
    s.strings++;
    s[l.lang === 'zh' ? 'zh' : 'en']++;
    if (l.style) s.styles.add(l.style);
  }
  const licence = (src) => {
    if (src === 'anystyle')
      return {
        licence: 'BSD-2-Clause',
        notice: BSD_2,
        from: 'AnyStyle res/parser good.xml, bad.xml, ugly.xml (anystyle-en.jsonl)',
      };
    if (src === 'generated')
      return {
        licence: 'CC-BY-SA-3.0',
        records: "MIT (citeaudit's own, composed from its data/ tables by scripts/parser-records.mjs)",
        from: "zotero-chinese/styles (CSL styles, CC BY-SA 3.0) rendering records generated from citeaudit's tables",
      };
    return {
      licence: 'CC-BY-SA-3.0',
      from:
        src === 'zotero-chinese'
          ? 'zotero-chinese/styles (CSL styles) rendering records of ../shared/train/records.jsonl'
          : "Debian's citation-style-language-styles rendering records of ../shared/train/records.jsonl",
    };
  };
  return Object.entries(by).map(([source, s]) => ({
    source,
    strings: s.strings,
    zh: s.zh,
    en: s.en,
    ...(s.styles.size ? { styles: s.styles.size } : {}),
    ...licence(source),
  }));
}

async function writeModel(file, chosen, epochs, dev) {
  const { encodeModel } = await dist('parse/learn/model-file.js');
  const bytes = encodeModel(file);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'parser-model.bin'), bytes);
  const manifest = {
    model: 'parser-model.bin',
    sha256: sha256(bytes),
    bytes: bytes.length,
    made: new Date().toISOString().slice(0, 10),
    mode: FULL ? 'full' : 'quick',
    trainer: {
      kind: 'averaged structured perceptron',
      epochs,
      seed: SEED,
      minCount: MIN_COUNT,
      prune: PRUNE,
      scale: SCALE,
    },
    temperature: file.temperature,
    buckets: file.buckets.length,
    hashBits: file.bits,
    weights: file.entries.length,
    split: { file: 'data/parser-split.json', sha256: sha256(readFileSync(join(root, 'data', 'parser-split.json'))) },
    strings: chosen.length,
    sources: sourceCounts(chosen),
    dev,
    licence:
      "The weights are derived from strings rendered by CSL styles (CC BY-SA 3.0) and from AnyStyle's tagged references (BSD 2-Clause, notice above); no string is stored in the model.",
  };
  writeFileSync(join(OUT, 'parser-model.manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
  return manifest;
}

async function main() {
  const gaps = missing();
  for (const g of gaps) console.log(`train:parser: ${g}`);
  const rendered = join(CACHE, 'rendered.jsonl');
  if (!existsSync(rendered)) return;
  const lex = await lexicons();
  const { tokenize } = await dist('parse/learn/tokenize.js');
  const { sequence } = await dist('parse/learn/labeller.js');
  const { train, serialize, deserialize } = await dist('parse/learn/perceptron.js');
  const lines = [
    ...readJsonl(rendered),
    ...(existsSync(join(CACHE, 'anystyle.jsonl')) ? readJsonl(join(CACHE, 'anystyle.jsonl')) : []),
  ];
  const dev = lines.filter((l) => isDev(l.source === 'anystyle' ? l.id : l.style));
  const rest = lines.filter((l) => !isDev(l.source === 'anystyle' ? l.id : l.style));
  const chosen = [
    ...sample(
      rest.filter((l) => l.source !== 'anystyle'),
      QUICK.rendered,
    ),
    ...sample(
      rest.filter((l) => l.source === 'anystyle'),
      QUICK.anystyle,
    ),
  ];
  const t0 = Date.now();
  const secs = () => ((Date.now() - t0) / 1000).toFixed(0);
  const toSeq = (l) =>
    sequence(
      tokenize(l.text),
      lex,
      l.tokens.map(([, , label]) => label),
    );
  const seqs = chosen.map(toSeq);
  console.log(`train:parser: ${seqs.length} training strings (${FULL ? 'full' : 'quick'}), features in ${secs()} s`);
  const epochs = FULL ? FULL_EPOCHS : QUICK.epochs;
  const model = train(seqs, {
    epochs,
    seed: SEED,
    minCount: MIN_COUNT,
    onEpoch: (e, a) =>
      console.log(
        `train:parser: epoch ${e}: ${(a * 100).toFixed(2)} % of training tokens right before updates, ${secs()} s`,
      ),
  });
  const devSample = dev.filter((_, i) => i % Math.max(1, Math.floor(dev.length / 3000)) === 0);
  const temperature = await fitTemperature(model, devSample.filter((_, i) => i % 8 === 0).map(toSeq));
  console.log(`train:parser: temperature ${temperature} (fitted on the dev strings), ${secs()} s`);
  const itemTypes = await trainItemTypes(chosen, devSample);
  const file = { ...serialize(model, temperature, PRUNE, SCALE), itemTypes };
  file.calibration = await fitCalibration(deserialize(file).model, temperature, devSample, lex);
  const shipped = deserialize(file).model;
  const accuracy = await tokenAccuracy(shipped, devSample, lex);
  for (const line of accuracy)
    console.log(`dev (${devSample.length} strings of styles and AnyStyle lines kept apart): ${line}`);
  const manifest = await writeModel(file, chosen, epochs, {
    strings: devSample.length,
    tokenAccuracy: accuracy,
  });
  console.log(
    `train:parser: model ${(manifest.bytes / 1e6).toFixed(1)} MB (${manifest.buckets} hashed features, ${manifest.weights} weights) in ${join(OUT, 'parser-model.bin')}, ${secs()} s`,
  );
  await devScores(shipped, temperature, devSample, lex);
  if (process.argv.includes('--heldout')) await heldOut(shipped, lex);
}

const TYPE_EPOCHS = 8;

/** Labelled tokens of a training line: its gold labels on its tokens. */
async function goldTokens(line) {
  const { tokenize } = await dist('parse/learn/tokenize.js');
  return tokenize(line.text).map((t, i) => ({ ...t, label: line.tokens[i][2] }));
}

/**
 * The item-type classifier (src/parse/learn/item-type.ts), trained on the gold labels and gold types of the
 * training strings; its temperature fitted on the dev strings' gold labels.
 */
async function trainItemTypes(chosen, dev) {
  const { typeFeatures, trainTypes, typeProbabilities, serializeTypes } = await dist('parse/learn/item-type.js');
  const examples = async (lines) => {
    const out = [];
    for (const l of lines) {
      if (!l.csl?.type) continue;
      out.push({ features: typeFeatures(await goldTokens(l), l.text), type: l.csl.type });
    }
    return out;
  };
  const train = await examples(chosen);
  const model = trainTypes(train, TYPE_EPOCHS, SEED);
  const held = (await examples(dev)).filter((e) => model.classes.includes(e.type));
  let best = { t: 1, nll: Infinity };
  for (const t of [0.5, 1, 2, 4, 8, 16]) {
    let nll = 0;
    for (const e of held)
      nll -= Math.log(Math.max(1e-12, typeProbabilities(model, e.features, t)[model.classes.indexOf(e.type)]));
    if (nll < best.nll) best = { t, nll };
  }
  model.temperature = best.t;
  const right = held.filter((e) => {
    const p = typeProbabilities(model, e.features);
    return model.classes[p.indexOf(Math.max(...p))] === e.type;
  }).length;
  console.log(
    `train:parser: item types: ${train.length} training strings, ${model.classes.length} types; dev (gold labels) ${right}/${held.length} right, temperature ${best.t}`,
  );
  return serializeTypes(model);
}

/** Fields with fewer dev points than this share the map of every field. */
const CALIBRATION_MIN = 300;

/**
 * The calibration of the field scores (src/parse/learn/calibration.ts): per field, the isotonic fit of
 * "the field is right" (the corpus scorer's comparison) on its raw score, over the dev strings' readings.
 */
export async function fitCalibration(model, temperature, lines, lex) {
  const { readWith, rawScores } = await dist('parse/learn/reading.js');
  const { isotonic } = await dist('parse/learn/calibration.js');
  const { value, FIELDS } = await import('./eval-parse.mjs');
  const points = { '*': [] };
  for (const l of lines.filter((x) => x.csl)) {
    const reading = readWith(model, temperature, lex, l.text);
    const raw = rawScores(reading);
    for (const f of FIELDS) {
      if (raw[f] === undefined) continue;
      const pred = value(reading.item, f);
      const point = [raw[f], pred !== null && pred === value(l.csl, f)];
      for (const key of [f, `${f}:${l.lang === 'zh' ? 'zh' : 'en'}`, '*']) (points[key] ??= []).push(point);
    }
  }
  const out = {};
  for (const [f, ps] of Object.entries(points)) if (f === '*' || ps.length >= CALIBRATION_MIN) out[f] = isotonic(ps);
  const right = points['*'].filter(([, ok]) => ok).length;
  console.log(
    `train:parser: calibration fitted on ${points['*'].length} dev fields (${right} right), ${Object.keys(out).length - 1} maps of a field or a field in a language`,
  );
  return out;
}

/** Field-F1 of the assembled readings (every field kept) on the dev strings, by source and language. */
async function devScores(model, temperature, lines, lex) {
  const { readWith } = await dist('parse/learn/reading.js');
  const { score, groupRows, printTable } = await import('./eval-parse.mjs');
  const read = (text) => readWith(model, temperature, lex, text);
  const bySource = new Map();
  for (const l of lines.filter((x) => x.csl)) {
    const name = `dev-${l.source}`;
    bySource.set(name, [...(bySource.get(name) ?? []), l]);
  }
  const rows = [...bySource].flatMap(([name, set]) => groupRows(name, score(set, read).groups));
  console.log('\nDev strings, the labeller alone with every field kept:\n');
  printTable(rows, ['given up']);
}

/** Milestones only: token accuracy on the held-out split (README, "The learned parser: data roles"). */
async function heldOut(model, lex) {
  const { heldOutSets } = await import('./eval-heldout.mjs');
  for (const set of await heldOutSets()) {
    const lines = set.lines.filter((l) => l.tokens);
    for (const line of await tokenAccuracy(model, lines, lex)) console.log(`held out, ${set.name}: ${line}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
