// npm run bench (library load): a generated 20,000-entry Zotero/JabRef-like .bib of about 20 MB, written to
// the temporary folder, read as `--bib` reads it and by citation-js (the parser `--bib` used before), in
// turns in this one process: entries per second for each (and CPU time, steadier on a busy machine), median of
// three. The reader must take no more CPU time.
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeLibrary } from './library-generate.js';

const COUNT = Number(process.env.BENCH_LIBRARY_ENTRIES ?? 20000);
const path = join(tmpdir(), `citeaudit-bench-library-${process.pid}.bib`);
const bytes = writeLibrary(path, COUNT);

const { readBib } = await import('../dist/readers/bib.js');
const { decodeText } = await import('../dist/readers/decode.js');
const [{ Cite }] = await Promise.all([import('@citation-js/core'), import('@citation-js/plugin-bibtex')]);

const readers = {
  citeaudit: async () => (await readBib(path)).size,
  'citation-js': () => new Cite(decodeText(readFileSync(path), path).text).data.length,
};

const times = { citeaudit: [], 'citation-js': [] };
const cpu = { citeaudit: [], 'citation-js': [] };
try {
  for (let round = 0; round < 3; round++) {
    for (const [name, read] of Object.entries(readers)) {
      const t = performance.now();
      const c = process.cpuUsage();
      const n = await read();
      times[name].push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu[name].push((used.user + used.system) / 1000);
      if (n !== COUNT) throw new Error(`${name} read ${n} of ${COUNT} entries`);
    }
  }
} finally {
  rmSync(path, { force: true });
}

const median = (list) => [...list].sort((a, b) => a - b)[1];
const line = (name) => {
  const ms = median(times[name]);
  return `${name} ${(ms / 1000).toFixed(2)} s → ${Math.round((COUNT / ms) * 1000)} entries/s (CPU ${(median(cpu[name]) / 1000).toFixed(2)} s)`;
};
const ratio = (of) => median(of['citation-js']) / median(of.citeaudit);
console.log(
  `library load (${COUNT} entries, ${(bytes / 1e6).toFixed(1)} MB Zotero/JabRef-like .bib, median of 3): ${line('citeaudit')}; ${line('citation-js')} (the parser before); ${ratio(times).toFixed(1)}× as fast, ${ratio(cpu).toFixed(1)}× less CPU`,
);
// CPU time decides: on a machine that other work shares, wall time says as much about the others.
if (ratio(cpu) < 1) {
  console.log('library load: SLOWER than citation-js');
  process.exitCode = 1;
}
