import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/engine/pipeline.js';
import { placeOf } from '../../src/notes/places.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { NormId } from '../../src/model/norm.js';
import { readMarkdown } from '../../src/readers/markdown.js';
import { readText } from '../../src/readers/text.js';

export interface Case {
  name: string;
  /** The manuscript, Markdown unless `format` says text. */
  code: string;
  format?: 'markdown' | 'text';
  norm?: NormId;
}

export interface ExpectedDiagnostic {
  messageId: string;
  /** Short names of the notes involved (`placeOf`: `①@p1`, `[^2]`), whatever language messages use. Checked when given. */
  places?: string[];
  line?: number;
  /** Substring the rendered English message must contain. */
  message?: string;
  /** Subset of `data` that must match. */
  data?: Record<string, unknown>;
}

export interface InvalidCase extends Case {
  errors: ExpectedDiagnostic[];
}

export async function runOne(ruleId: string, c: Case, lang: 'zh' | 'en' = 'en'): Promise<Diagnostic[]> {
  const bytes = new TextEncoder().encode(c.code);
  const doc = c.format === 'text' ? readText('case.txt', bytes) : readMarkdown('case.md', bytes);
  // The rule is forced on at warning so that a norm whose default is `off` still shows what it finds.
  const { analysis, diagnostics } = await checkDocument(doc, {
    lang,
    norm: c.norm ?? 'auto',
    only: [ruleId],
    overrides: { [ruleId]: 'warning' },
  });
  const place = (id: string) => placeOf(analysis, id);
  return diagnostics.map((d) => Object.assign(d, { places: [...d.noteIds, ...d.entryIds].map(place) }));
}

/**
 * ESLint's RuleTester, for manuscripts: every valid case must stay silent, every invalid case must
 * produce exactly the listed diagnostics, in order.
 */
export function ruleTester(ruleId: string, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, async () => {
        const got = await runOne(ruleId, c);
        expect(got.map((d) => `${d.messageId}: ${d.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, async () => {
        const got = await runOne(ruleId, c);
        expect(
          got.map((d) => d.messageId),
          got.map((d) => d.message).join('\n'),
        ).toEqual(c.errors.map((e) => e.messageId));
        c.errors.forEach((e, k) => {
          const d = got[k]! as Diagnostic & { places: string[] };
          if (e.places) expect(d.places).toEqual(e.places);
          if (e.line !== undefined) expect(d.line).toBe(e.line);
          if (e.message) expect(d.message).toContain(e.message);
          if (e.data) expect(d.data).toMatchObject(e.data);
        });
        // Messages exist in both languages and every placeholder is filled.
        const zh = await runOne(ruleId, c, 'zh');
        for (const d of [...got, ...zh]) expect(d.message).not.toMatch(/\{\{/);
      });
    }
  });
}
