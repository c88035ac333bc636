import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { analyze } from '../src/core/pipeline.js';
import { readMarkdown } from '../src/readers/markdown.js';
it('dump', async () => {
  const doc = readMarkdown('x.md', readFileSync('/work/main/fixtures/llm-labor-value.md'));
  const a = await analyze(doc, {});
  const out: string[] = [];
  for (const n of doc.notes) {
    for (const c of a.citationsByNote.get(n.id) ?? []) out.push(`${n.label}@p${n.page} ${c.id} ${c.kind} ${c.workId} ante=${c.antecedentId} loc=${c.locator} pre=${c.prefix} | ${c.raw.slice(0,110)}`);
  }
  for (const e of doc.entries) for (const c of a.citationsByEntry.get(e.id) ?? []) out.push(`${e.label} ${c.id} ${c.kind} ${c.workId} | ${c.raw.slice(0,110)}`);
  for (const w of a.works) out.push(`${w.id} ${w.key} ${JSON.stringify(w.item.author)} ${w.citationIds.join(',')}`);
  (await import('node:fs')).writeFileSync('/tmp/ca/dump.txt', out.join('\n'));
});
