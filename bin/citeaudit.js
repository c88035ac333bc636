#!/usr/bin/env node
// `--version` alone is answered here, before the command-line library loads: scripts call it often.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version + '\n');
} else {
  try {
    const { main } = await import('../dist/cli/main.js');
    await main(process.argv);
  } catch (err) {
    process.stderr.write(`citeaudit: ${err && err.message ? err.message : err}\n`);
    process.exitCode = 2;
  }
}
