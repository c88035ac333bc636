import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/engine/pipeline.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { readMarkdown } from '../../src/readers/markdown.js';

/** The rules of this suite, run together on the reference manuscript under its detected norm. */
const RULES = [
  'orphan-note',
  'note-sequence',
  'consecutive-duplicate',
  'ibid-ambiguous',
  'inconsistent-name',
  'inconsistent-metadata',
  'duplicate-entry',
  'uncited-entry',
  'missing-entry',
];

const bytes = readFileSync(new URL('../../fixtures/llm-labor-value.md', import.meta.url));
const doc = readMarkdown('fixtures/llm-labor-value.md', bytes);
const { analysis, diagnostics } = await checkDocument(doc, { lang: 'en', norm: 'auto', only: RULES });
const place = (id: string) => {
  const n = analysis.noteById.get(id);
  return n ? `${n.label}@p${n.page}` : analysis.entryById.get(id)!.label;
};
const byRule = (id: string) => diagnostics.filter((d) => d.ruleId === id);
const places = (d: Diagnostic) => [...d.noteIds, ...d.entryIds].map(place);

describe('reference manuscript A (llm-labor-value.md): citation rules', () => {
  it('is read as a 《中国社会科学》-style manuscript', () => {
    expect(analysis.norm?.id).toBe('cass');
    expect(doc.notes).toHaveLength(66);
  });

  it('consecutive-duplicate: exactly ⑥ and ⑦ on page 2, as information', () => {
    const d = byRule('consecutive-duplicate');
    expect(d.map((x) => [x.severity, x.messageId, places(x)])).toEqual([['info', 'adjacent', ['⑥@p2', '⑦@p2']]]);
    expect(d[0]!.data).toMatchObject({ work: '《马克思恩格斯文集》第8卷' });
    expect(d[0]!.message).toBe(
      'note ⑦ on p. 2 cites 《马克思恩格斯文集》第8卷 in full right after note ⑥ on p. 2; use Ibid. or a short form',
    );
  });

  it('inconsistent-name: exactly Dyer-Witheyford (⑥@p7) against Dyer-Witheford (⑥@p12)', () => {
    const d = byRule('inconsistent-name');
    expect(d).toHaveLength(1);
    expect(d[0]!.severity).toBe('warning');
    expect(places(d[0]!)).toEqual(['⑥@p7', '⑥@p12']);
    expect(d[0]!.data.forms).toEqual([
      { text: 'Dyer-Witheyford', noteIds: [d[0]!.noteIds[0]], places: ['note ⑥ on p. 7'] },
      { text: 'Dyer-Witheford', noteIds: [d[0]!.noteIds[1]], places: ['note ⑥ on p. 12'] },
    ]);
  });

  it('uncited-entry: the 4 entries of the list, none cited by a note, as information', () => {
    expect(byRule('uncited-entry').map((d) => [d.severity, places(d)])).toEqual([
      ['info', ['[1]']],
      ['info', ['[2]']],
      ['info', ['[3]']],
      ['info', ['[4]']],
    ]);
  });

  it('is silent on orphans, numbering, 同上, metadata, duplicate entries and missing entries', () => {
    for (const id of [
      'orphan-note',
      'note-sequence',
      'ibid-ambiguous',
      'inconsistent-metadata',
      'duplicate-entry',
      'missing-entry',
    ]) {
      expect(
        byRule(id).map((d) => d.message),
        id,
      ).toEqual([]);
    }
    expect(diagnostics).toHaveLength(6);
  });

  it('missing-entry stays silent even when forced on, since cass does not require a complete bibliography', async () => {
    const forced = await checkDocument(doc, {
      lang: 'en',
      norm: 'auto',
      only: ['missing-entry', 'inconsistent-metadata'],
      overrides: { 'missing-entry': 'warning' },
    });
    expect(forced.diagnostics).toEqual([]);
  });

  it('messages are rendered in Chinese too', async () => {
    const zh = await checkDocument(doc, {
      lang: 'zh',
      norm: 'auto',
      only: ['consecutive-duplicate', 'inconsistent-name'],
    });
    expect(zh.diagnostics.map((d) => d.message)).toEqual([
      '第2页注⑦ 与前一条注释（第2页注⑥）完整引用同一作品 《马克思恩格斯文集》第8卷，可改为“同上”',
      '人名拼写不一致：Dyer-Witheyford、Dyer-Witheford',
    ]);
  });
});
