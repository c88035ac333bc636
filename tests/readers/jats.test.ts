import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/engine/pipeline.js';
import { readJats } from '../../src/readers/jats.js';
import { cli, parseReport } from '../helpers/cli.js';

const PATH = 'fixtures/jats/article.xml';

describe('JATS reader', async () => {
  const doc = await readJats(PATH, readFileSync(new URL('../../fixtures/jats/article.xml', import.meta.url)));
  const { analysis, diagnostics } = await checkDocument(doc, { lang: 'en' });

  it('reads <fn> notes and their <xref ref-type="fn"> markers', () => {
    expect(doc.notes.map((n) => [n.label, n.text])).toEqual([
      ['1', '《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第185页。'],
      ['2', '同上，第186页。'],
    ]);
    expect(doc.markers.filter((m) => !m.numbers).map((m) => [m.label, m.targets.length])).toEqual([
      ['1', 1],
      ['2', 1],
    ]);
  });

  it('links <xref ref-type="bibr"> to the reference list, ranges included', () => {
    expect(doc.entries.map((e) => e.label)).toEqual(['[1]', '[2]', '[3]', '[4]']);
    expect(doc.markers.filter((m) => m.numbers).map((m) => m.numbers)).toEqual([[1], [2, 3]]);
  });

  it('takes <element-citation> as structured data, not parsed text', () => {
    const byEntry = (label: string) =>
      analysis.citations.find((c) => c.entryId && analysis.entryById.get(c.entryId)!.label === label)!.item;
    expect(byEntry('[1]')).toMatchObject({
      type: 'article-journal',
      language: 'zh-CN',
      author: [{ literal: '孙伟平' }],
      title: '智能系统的劳动及其社会后果',
      'container-title': '哲学研究',
      issue: '8',
      page: '30-40',
    });
    expect(byEntry('[2]')).toMatchObject({
      type: 'article-journal',
      language: 'en-US',
      volume: '19',
      issue: '1',
      page: '59-71',
      DOI: '10.1177/1468795X18810577',
      author: [
        { family: 'Hughes', given: 'C.' },
        { family: 'Southern', given: 'A.' },
      ],
    });
    expect(byEntry('[4]')).toMatchObject({
      type: 'book',
      author: [{ literal: 'McKinsey and Company' }],
      publisher: 'McKinsey',
      'publisher-place': 'New York',
    });
    // <mixed-citation> is text, parsed like any reference.
    expect(byEntry('[3]')).toMatchObject({ type: 'book', publisher: 'Routledge', issued: { 'date-parts': [[2014]] } });
  });

  it('resolves 同上 and reports nothing structural', () => {
    expect(analysis.citations.find((c) => c.kind === 'ibid')!.antecedentId).toBeTruthy();
    expect(
      diagnostics
        .filter((d) => ['orphan-marker', 'orphan-note', 'uncited-entry'].includes(d.ruleId))
        .map((d) => d.message),
    ).toEqual(['Reference-list entry [4] is not cited in the text or the notes']);
  });

  it('is checked from the command line, format jats', () => {
    const r = cli(['check', PATH, '--format', 'json']);
    expect(parseReport(r.stdout).files[0]).toMatchObject({ format: 'jats', notes: [{ label: '1' }, { label: '2' }] });
  });
});

describe('JATS bad input', () => {
  it('an article with a DOCTYPE that declares entities is refused', async () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE article [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><article><body><p>&b;</p></body></article>';
    await expect(readJats('bomb.xml', new TextEncoder().encode(xml))).rejects.toThrow(
      /DOCTYPE or entity declarations is refused/,
    );
  });

  it('XML that is not a JATS article', async () => {
    await expect(readJats('x.xml', new TextEncoder().encode('<html><body/></html>'))).rejects.toThrow(
      /not a JATS article/,
    );
  });

  it('malformed XML', async () => {
    await expect(readJats('m.xml', new TextEncoder().encode('<article><body><p>unclosed</body>'))).rejects.toThrow(
      /malformed XML|not a JATS article/,
    );
  });
});
