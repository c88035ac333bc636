// npm run train:parser — trains the learned reference parser's labeller (an averaged structured perceptron,
// src/parse/learn/perceptron.ts) on the strings of `npm run parser:data` (.cache/parser/), and writes the model
// to .cache/parser/model.json. Not used by any command yet (issue 12, step c).
//   default   quick: a sample of the strings, few epochs (a few minutes on one core)
//   --full    every string
// A twentieth of the training styles (by a hash of the style name) and of the AnyStyle lines is kept apart as a
// dev set, whose token accuracy is printed; the held-out split is scored only by `--heldout`, at milestones.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(root, '.cache', 'parser');
const FULL = process.argv.includes('--full');
const QUICK = { rendered: 6000, anystyle: 2500, epochs: 4 };
const FULL_EPOCHS = 6;

const dist = (p) => import(join(root, 'dist', p));
const readJsonl = (p) =>
  readFileSync(p, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
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

async function main() {
  const rendered = join(CACHE, 'rendered.jsonl');
  if (!existsSync(rendered)) {
    console.log(
      `train:parser: no training strings in ${CACHE}: run npm run parser:data first (it needs ../shared/train)`,
    );
    return;
  }
  const lex = await lexicons();
  const { tokenize } = await dist('parse/learn/tokenize.js');
  const { sequence } = await dist('parse/learn/labeller.js');
  const { train, serialize } = await dist('parse/learn/perceptron.js');
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
  const seqs = chosen.map((l) =>
    sequence(
      tokenize(l.text),
      lex,
      l.tokens.map(([, , label]) => label),
    ),
  );
  console.log(
    `train:parser: ${seqs.length} training strings (${FULL ? 'full' : 'quick'}), features in ${((Date.now() - t0) / 1000).toFixed(0)} s`,
  );
  const model = train(seqs, {
    epochs: FULL ? FULL_EPOCHS : QUICK.epochs,
    seed: 12,
    minCount: 2,
    onEpoch: (e, a) =>
      console.log(
        `train:parser: epoch ${e}: ${(a * 100).toFixed(2)} % of training tokens right before updates, ${((Date.now() - t0) / 1000).toFixed(0)} s`,
      ),
  });
  const json = serialize(model);
  writeFileSync(join(CACHE, 'model.json'), json);
  console.log(
    `train:parser: model ${(json.length / 1e6).toFixed(1)} MB in ${join(CACHE, 'model.json')}, ${((Date.now() - t0) / 1000).toFixed(0)} s`,
  );
  const devSample = dev.filter((_, i) => i % Math.max(1, Math.floor(dev.length / 3000)) === 0);
  for (const line of await tokenAccuracy(model, devSample, lex))
    console.log(`dev (${devSample.length} strings of styles and AnyStyle lines kept apart): ${line}`);
  if (process.argv.includes('--heldout')) await heldOut(model, lex);
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
