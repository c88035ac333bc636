// Regenerates the README sections made from the code: the rule table (from rule metadata) and the
// sample terminal output (from a run on the reference manuscript). `npm run readme` after `npm run build`.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const readmePath = `${root}README.md`;

export async function rulesTable() {
  const { listRules } = await import('../dist/cli/rules.js');
  return (await listRules('en', 'markdown')).trim();
}

export function sampleOutput() {
  const r = spawnSync(
    process.execPath,
    [`${root}bin/citeaudit.js`, 'check', 'fixtures/llm-labor-value.md', '--lang', 'en', '--no-color'],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    },
  );
  const lines = r.stdout.trimEnd().split('\n');
  const head = lines.slice(0, 24);
  const tail = lines.slice(-1);
  return ['```', '$ citeaudit check fixtures/llm-labor-value.md --lang en', ...head, '  …', ...tail, '```'].join('\n');
}

export function replaceSection(text, name, body) {
  const re = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
  return text.replace(re, `$1${body}\n$2`);
}

export function evalTable() {
  const r = spawnSync(process.execPath, [`${root}scripts/eval-parse.mjs`, '--guard-only'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (!r.stdout.startsWith('|')) return null;
  // The table only: speed depends on the machine's load and is measured by `npm run bench`.
  return r.stdout
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let text = readFileSync(readmePath, 'utf8');
  const table = evalTable();
  if (table) text = replaceSection(text, 'eval', table);
  text = replaceSection(text, 'rules', await rulesTable());
  text = replaceSection(text, 'sample', sampleOutput());
  writeFileSync(readmePath, text);
  console.log('README.md updated');
}
