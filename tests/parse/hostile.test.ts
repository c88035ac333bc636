import { describe, expect, it } from 'vitest';
import { scanManuscript } from '../../src/notes/scan.js';
import { splitNote } from '../../src/notes/split.js';
import { parseReference } from '../../src/parse/index.js';

/** Inputs that break naive patterns: every one must come back with an item, never an exception. */
const HOSTILE: Record<string, string> = {
  commas: 'A. B, '.repeat(3000),
  titleMarks: '《'.repeat(5000),
  closers: '》'.repeat(5000),
  pageList: `第${'1、'.repeat(3000)}页`,
  quotes: '“'.repeat(5000),
  apa: 'Smith, J. ('.repeat(1000),
  bibliography: 'Smith, John. '.repeat(1000),
  onlyLink: 'https://example.org/a',
  onlyPunctuation: '，。；：、',
  controlChars: '\u0000\u0001\u0002',
  surrogates: '\ud83d\ude00《书》\ud800',
  rtl: '\u202e《书》，北京：出版社，2000年',
};

describe('hostile input', () => {
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`${name}: parsed or refused with a reason, never thrown`, () => {
      const r = parseReference(text);
      expect(typeof r.item.type).toBe('string');
      if (r.item.type === 'document') expect(r.failure).toBeTruthy();
      expect(() => splitNote(text)).not.toThrow();
      expect(() => scanManuscript(`${text}\n`, { markdown: true })).not.toThrow();
    });
  }

  it('refuses a citation longer than any reference', () => {
    const r = parseReference(`孙伟平：《书》，${'很长的评论'.repeat(2000)}`);
    expect(r.failure).toMatch(/longer than/);
  });
});
