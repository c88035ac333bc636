import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/engine/pipeline.js';
import { toJsonReport } from '../../src/formatters/json.js';
import { readMarkdown } from '../../src/readers/markdown.js';

const PATH = 'fixtures/llm-labor-value.md';
const doc = readMarkdown(PATH, readFileSync(new URL('../../fixtures/llm-labor-value.md', import.meta.url)));
const { analysis, diagnostics } = await checkDocument(doc, { lang: 'en', norm: 'auto' });
const at = (label: string, page: number) => {
  const note = doc.notes.find((n) => n.label === label && n.page === page);
  if (!note) throw new Error(`no note ${label}@p${page}`);
  return analysis.citationsByNote.get(note.id) ?? [];
};
const places = (ids: string[]) =>
  ids.map((id) => {
    const n = analysis.noteById.get(id);
    return n ? `${n.label}@p${n.page}` : analysis.entryById.get(id)?.label;
  });
const byRule = (id: string) => diagnostics.filter((d) => d.ruleId === id);

describe('the reference manuscript: structure', () => {
  it('has 66 notes on 13 pages, each linked to exactly one marker', () => {
    expect(doc.notes).toHaveLength(66);
    expect(doc.pages).toBe(13);
    expect(doc.markers).toHaveLength(66);
    for (const n of doc.notes) expect(n.markerIds).toHaveLength(1);
    for (const m of doc.markers) expect(m.targets).toHaveLength(1);
    expect(byRule('orphan-marker')).toEqual([]);
    expect(byRule('orphan-note')).toEqual([]);
  });

  it('numbers notes ①… on every page', () => {
    const perPage = new Map<number, string[]>();
    for (const n of doc.notes) perPage.set(n.page!, [...(perPage.get(n.page!) ?? []), n.label]);
    expect([...perPage.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(perPage.get(2)).toEqual(['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨']);
    expect(perPage.get(13)).toEqual(['①', '②', '③', '④']);
  });

  it('has 4 reference-list entries, none cited by a note', () => {
    expect(doc.entries.map((e) => e.label)).toEqual(['[1]', '[2]', '[3]', '[4]']);
    expect(byRule('uncited-entry').map((d) => [d.severity, places(d.entryIds)])).toEqual([
      ['info', ['[1]']],
      ['info', ['[2]']],
      ['info', ['[3]']],
      ['info', ['[4]']],
    ]);
  });

  it('re-joins the body across a note block that cuts a word', () => {
    expect(doc.body).toContain('飞速提升。撇开“超级智能”');
    expect(doc.body).not.toContain('① 孙伟平');
    expect(doc.body).not.toContain('[美] 大卫·哈维：');
  });

  it('does not take <sup>st</sup> inside a note for a marker', () => {
    expect(doc.markers.some((m) => m.label === 'st')).toBe(false);
    expect(at('④', 6)[0]!.item.title).toContain('21st-Century');
  });
});

describe('the reference manuscript: parsing', () => {
  it('④@p2: a translated book', () => {
    const [c] = at('④', 2);
    expect(c!.kind).toBe('full');
    expect(c!.item).toMatchObject({
      type: 'book',
      language: 'zh-CN',
      title: '马克思与〈资本论〉',
      'publisher-place': '北京',
      publisher: '中信出版社',
      issued: { 'date-parts': [[2018]] },
      author: [{ literal: '大卫·哈维', 'x-nationality': '[美]' }],
      translator: [{ literal: '周大昕' }],
    });
    expect(c!.locator).toBe('188');
  });

  it('⑧@p3: an English journal article', () => {
    const [c] = at('⑧', 3);
    expect(c!.item).toMatchObject({
      type: 'article-journal',
      language: 'en-US',
      'container-title': 'Journal of Classical Sociology',
      volume: '19',
      issue: '1',
      issued: { 'date-parts': [[2019]] },
      author: [
        { family: 'Hughes', given: 'C.' },
        { family: 'Southern', given: 'A.' },
      ],
    });
    expect(c!.item.page).toBeUndefined();
  });

  it('④@p6: a chapter in an edited book', () => {
    const [c] = at('④', 6);
    expect(c!.item).toMatchObject({
      type: 'chapter',
      author: [{ family: 'Lohmann', given: 'L.' }],
      editor: [
        { family: 'Panitch', given: 'Leo' },
        { family: 'Albo', given: 'Greg' },
      ],
      'container-title': 'Beyond Digital Capitalism: New Ways of Living',
      'publisher-place': 'London',
      publisher: 'The Merlin Press',
      issued: { 'date-parts': [[2020]] },
    });
    expect(c!.locator).toBe('54');
  });

  it('①@p2: repeated pages are kept as printed in the locator', () => {
    const [c] = at('①', 2);
    expect(c!.item).toMatchObject({ type: 'book', title: '马克思恩格斯文集', volume: '8', publisher: '人民出版社' });
    expect(c!.locator).toBe('185-186, 186');
  });

  it('a Chinese journal article and a 参见 prefix', () => {
    const [a] = at('①', 1);
    expect(a!.item).toMatchObject({
      type: 'article-journal',
      author: [{ literal: '孙伟平' }],
      title: '智能系统的劳动及其社会后果',
      'container-title': '哲学研究',
      issue: '8',
      issued: { 'date-parts': [[2021]] },
    });
    const [b] = at('②', 1);
    expect(b!.prefix).toBe('参见');
    expect(b!.item).toMatchObject({
      type: 'article-journal',
      author: [{ literal: '徐璐' }],
      'container-title': '当代经济研究',
    });
  });

  it('every note yields exactly one citation and none fails to parse', () => {
    for (const n of doc.notes) expect(analysis.citationsByNote.get(n.id), n.text).toHaveLength(1);
    expect(analysis.citations.filter((c) => c.failure).map((c) => c.raw)).toEqual([]);
  });
});

describe('the reference manuscript: works', () => {
  it('clusters 66 notes into 35 works (each volume its own work, Dyer-Witheford spellings one work)', () => {
    const inNotes = analysis.works.filter((w) => w.citationIds.some((id) => analysis.citationById.get(id)!.noteId));
    expect(inNotes).toHaveLength(35);
    const vol8 = analysis.works.find((w) => w.item.title === '马克思恩格斯文集' && w.item.volume === '8')!;
    const notes8 = new Set(vol8.citationIds.map((id) => analysis.citationById.get(id)!.noteId));
    expect(notes8.size).toBe(17);
    const dyer = analysis.works.filter((w) => w.item.title?.startsWith('Inhuman Power'));
    expect(dyer).toHaveLength(1);
    expect(dyer[0]!.citationIds).toHaveLength(2);
  });

  it('keeps the two Harari books apart', () => {
    const harari = analysis.works.filter((w) => w.item.author?.[0]?.literal === '尤瓦尔·赫拉利');
    expect(harari.map((w) => w.item.title).sort()).toEqual(['今日简史：人类命运大议题', '未来简史：从智人到神人']);
  });
});

describe('the reference manuscript: diagnostics', () => {
  it('duplicate-citation: one per work cited in several notes; vol. 8 in 17 notes', () => {
    const d = byRule('duplicate-citation').find((x) => x.data.work === '《马克思恩格斯文集》第8卷')!;
    expect(d.noteIds).toHaveLength(17);
  });

  it('consecutive-duplicate: ⑥ and ⑦ on page 2 only', () => {
    expect(byRule('consecutive-duplicate').map((d) => places(d.noteIds))).toEqual([['⑥@p2', '⑦@p2']]);
  });

  it('inconsistent-name: Dyer-Witheyford / Dyer-Witheford', () => {
    const d = byRule('inconsistent-name');
    expect(d).toHaveLength(1);
    expect(places(d[0]!.noteIds).sort()).toEqual(['⑥@p12', '⑥@p7']);
  });

  it('missing-field: the English articles without pages, the McKinsey page, the Biondi DOI', () => {
    const found = byRule('missing-field').map((d) => `${places(d.noteIds).join(',')} ${d.messageId}`);
    for (const place of ['⑧@p3', '①@p5', '②@p6', '①@p4', '⑨@p12'])
      expect(found.some((f) => f.startsWith(place))).toBe(true);
    expect(new Set(byRule('missing-field').flatMap((d) => places(d.noteIds)))).toEqual(
      new Set(['⑧@p3', '①@p5', '②@p6', '①@p4', '⑨@p12']),
    );
  });

  it('inconsistent-format: brackets, nationality spacing, Chinese–digit spacing', () => {
    const d = byRule('inconsistent-format');
    const texts = d
      .flatMap((x) => ((x.data.forms as Array<{ text: string }> | undefined) ?? []).map((f) => f.text))
      .join(' ');
    expect(texts).toContain('〔德〕');
    expect(d.flatMap((x) => places(x.noteIds))).toEqual(expect.arrayContaining(['②@p9', '①@p9']));
  });

  it('invalid-locator: 第185-186、186页 only', () => {
    expect(byRule('invalid-locator').map((d) => places(d.noteIds))).toEqual([['①@p2']]);
  });

  it('stays silent where silence is right', () => {
    const articles = new Set(
      analysis.citations.filter((c) => c.item.type === 'article-journal' && c.lang === 'zh').map((c) => c.noteId),
    );
    expect(byRule('missing-locator').filter((d) => d.noteIds.some((id) => articles.has(id)))).toEqual([]);
    for (const id of [
      'punctuation-width',
      'nested-title-marks',
      'author-list',
      'inconsistent-metadata',
      'ibid-ambiguous',
      'missing-entry',
      'duplicate-entry',
      'implausible-year',
      'invalid-identifier',
    ]) {
      expect(
        byRule(id).map((d) => d.message),
        id,
      ).toEqual([]);
    }
  });

  it('detects the 《中国社会科学》 norm', () => {
    expect(analysis.norm?.id).toBe('cass');
    expect(analysis.normDetected).toBe(true);
  });

  it('JSON report matches the snapshot', () => {
    expect(toJsonReport([{ path: PATH, analysis, diagnostics }])).toMatchSnapshot();
  });
});
