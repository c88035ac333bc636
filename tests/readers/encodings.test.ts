import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/readers/markdown.js';

const UTF8 = readFileSync(new URL('../../fixtures/llm-labor-value.md', import.meta.url));
const TRAD =
  '正文論述<sup>①</sup>。這是一個關於資本與勞動的討論，我們將從馬克思的觀點出發。\n\n① 孫偉平：《智能系統的勞動及其社會後果》，《哲學研究》2021年第8期。\n';

// Byte fixtures are generated with the decoders' inverse tables, kept in fixtures/encodings/.
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/encodings/${name}`, import.meta.url));

describe('encodings', () => {
  it('reads the reference manuscript saved as GB18030 exactly as the UTF-8 one', () => {
    const doc = readMarkdown('gbk.md', fixture('llm-labor-value.gb18030.md'));
    const ref = readMarkdown('utf8.md', UTF8);
    expect(doc.encoding).toBe('gb18030');
    expect(doc.text).toBe(ref.text);
    expect(doc.notes).toHaveLength(66);
  });

  it('tells Big5 from GB18030 by what reads as Chinese', () => {
    const big5 = readMarkdown('big5.md', fixture('traditional.big5.md'));
    expect(big5.encoding).toBe('big5');
    expect(big5.text).toContain('這是一個關於資本與勞動的討論');
    const gb = readMarkdown('gb.md', fixture('traditional.gb18030.md'));
    expect(gb.encoding).toBe('gb18030');
    expect(gb.text).toBe(TRAD);
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TRAD, 'utf16le')]);
    const doc = readMarkdown('le.md', le);
    expect(doc.encoding).toBe('utf-16le');
    expect(doc.notes[0]!.label).toBe('①');
  });

  it('--encoding skips detection and is reported', () => {
    const doc = readMarkdown('gbk.md', fixture('traditional.gb18030.md'), 'gbk');
    expect(doc.encoding).toBe('gbk');
    expect(doc.text).toBe(TRAD);
  });
});
