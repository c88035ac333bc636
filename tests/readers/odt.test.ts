import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/engine/pipeline.js';
import { readOdt } from '../../src/readers/odt.js';

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
const note = (id: string, label: string, body: string) =>
  `<text:note text:id="${id}" text:note-class="footnote"><text:note-citation text:label="${label}">${label}</text:note-citation><text:note-body><text:p>${body}</text:p></text:note-body></text:note>`;

function odt(body: string): Uint8Array {
  return zipSync({
    mimetype: strToU8('application/vnd.oasis.opendocument.text'),
    'content.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:body><office:text>${body}</office:text></office:body></office:document-content>`,
    ),
  });
}

describe('ODT reader', () => {
  it('reads text:note footnotes in place, with their labels', async () => {
    const doc = await readOdt(
      'paper.odt',
      odt(
        `<text:h>引言</text:h><text:p>活劳动是价值的唯一源泉${note('ftn1', '①', '《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第185页。')}，<text:span>机器</text:span>是对象化的知识力量${note('ftn2', '②', '同上，第186页。')}。</text:p>`,
      ),
    );
    expect(doc.format).toBe('odt');
    expect(doc.notes.map((n) => [n.label, n.text, n.source?.id])).toEqual([
      ['①', '《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第185页。', 'ftn1'],
      ['②', '同上，第186页。', 'ftn2'],
    ]);
    expect(doc.text).toContain('机器是对象化的知识力量');
    const { analysis, diagnostics } = await checkDocument(doc, { lang: 'en' });
    expect(analysis.citations[1]!.kind).toBe('ibid');
    expect(diagnostics.filter((d) => d.ruleId.startsWith('orphan'))).toEqual([]);
  });

  it('leaves tracked deletions out', async () => {
    const doc = await readOdt(
      't.odt',
      odt(
        '<text:tracked-changes><text:changed-region><text:deletion><text:p>删去的文字</text:p></text:deletion></text:changed-region></text:tracked-changes><text:p>保留的文字</text:p>',
      ),
    );
    expect(doc.text).toContain('保留的文字');
    expect(doc.text).not.toContain('删去的文字');
  });
});
