import { strToU8, zipSync } from 'fflate';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/engine/pipeline.js';
import { readDocx } from '../../src/readers/docx.js';
import { cli } from '../helpers/cli.js';
import { makeDocx } from '../helpers/docx.js';

const BOOK = '《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第185页。';
const ARTICLE = '孙伟平：《智能系统的劳动及其社会后果》，《哲学研究》2021年第8期。';

describe('DOCX reader', () => {
  for (const writer of ['word', 'libreoffice'] as const) {
    it(`reads footnotes, references and circled numbering (${writer})`, async () => {
      const bytes = makeDocx({
        writer,
        numFmt: 'decimalEnclosedCircleChinese',
        body: ['正文引用{fn:1}，又引{fn:2}。', '① 列表项不是注释', '再引{fn:3}。'],
        footnotes: { 1: BOOK, 2: ARTICLE, 3: '同上，第186页。' },
      });
      const doc = await readDocx('paper.docx', bytes);
      expect(doc.format).toBe('docx');
      expect(doc.notes.map((n) => [n.label, n.text, n.source?.id])).toEqual([
        ['①', BOOK, '1'],
        ['②', ARTICLE, '2'],
        ['③', '同上，第186页。', '3'],
      ]);
      expect(doc.markers.map((m) => [m.label, m.targets.length])).toEqual([
        ['①', 1],
        ['②', 1],
        ['③', 1],
      ]);
      expect(doc.numbering).toEqual({ footnotes: 'decimalEnclosedCircleChinese', restart: 'eachPage' });
      const { analysis, diagnostics } = await checkDocument(doc, { lang: 'en' });
      expect(analysis.citations[2]!.antecedentId).toBe(analysis.citations[1]!.id);
      expect(diagnostics.filter((d) => d.ruleId.startsWith('orphan'))).toEqual([]);
    });
  }

  it('keeps a custom mark as the label and decimal numbers by default', async () => {
    const doc = await readDocx(
      'c.docx',
      makeDocx({ body: ['甲{fn:5:*}乙{fn:6}丙{fn:7}'], footnotes: { 5: ARTICLE, 6: BOOK, 7: BOOK } }),
    );
    expect(doc.notes.map((n) => n.label)).toEqual(['*', '1', '2']);
  });

  it('accepts tracked insertions and drops deletions', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const bytes = zipSync({
      'word/document.xml': strToU8(
        `<w:document ${W}><w:body><w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删去</w:delText></w:r></w:del><w:ins><w:r><w:t>插入</w:t></w:r></w:ins><w:r><w:instrText>HYPERLINK x</w:instrText></w:r></w:p></w:body></w:document>`,
      ),
    });
    const doc = await readDocx('t.docx', bytes);
    expect(doc.text).toContain('保留插入');
    expect(doc.text).not.toContain('删去');
    expect(doc.text).not.toContain('HYPERLINK');
  });
});

describe('DOCX bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'citeaudit-docx-'));
  const file = (name: string, bytes: Uint8Array | string) => {
    const p = join(dir, name);
    writeFileSync(p, bytes);
    return p;
  };
  const oneLine = (args: string[], problem: RegExp) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(problem);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  };

  it('a .docx that is really something else', () => {
    oneLine(['check', file('fake.docx', '这不是 Word 文件')], /fake\.docx: not a DOCX file \(no zip signature\)/);
  });
  it('a truncated archive', () => {
    oneLine(
      ['check', file('cut.docx', makeDocx({ body: ['x'], footnotes: {} }).slice(0, 60))],
      /cut\.docx: corrupt DOCX archive/,
    );
  });
  it('a zip without a Word document in it', () => {
    oneLine(['check', file('empty.docx', zipSync({ 'a.txt': strToU8('x') }))], /not a Word document/);
  });
  it('XML with an entity-expansion DOCTYPE', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>';
    oneLine(
      ['check', file('bomb.docx', zipSync({ 'word/document.xml': strToU8(bomb) }))],
      /DOCTYPE or entity declarations is refused/,
    );
  });
  it('a part that inflates beyond the limit (zip bomb)', () => {
    const big = new Uint8Array(65 * 1024 * 1024);
    oneLine(
      ['check', file('zipbomb.docx', zipSync({ 'word/document.xml': big }, { level: 9 }))],
      /larger than 64 MB uncompressed \(refused\)/,
    );
  });
});
