import { describe, expect, it } from 'vitest';
import { citingParts } from '../../src/notes/citing.js';

/** The citing parts of one note, as text. */
const parts = (text: string) => citingParts({ text, range: { start: 0, end: text.length } }).map((p) => p.text);

describe('citingParts: what in a note cites', () => {
  it('en: a note of commentary alone cites nothing', () => {
    expect(
      parts('This chapter draws on conversations I had with the curators, who were generous with their time.'),
    ).toEqual([]);
    expect(parts('*The Glass Garden* was the working title of the installation for a year.')).toEqual([]);
    expect(parts('I must thank Ines Varga for her help with the translations.')).toEqual([]);
  });

  it('en: commentary before and after a reference is left out', () => {
    expect(
      parts(
        'On the history of the term, which is older than it seems, see Mary Douglas, *Purity and Danger* (London: Routledge, 1966), 12. The argument was revised in later editions.',
      ),
    ).toEqual(['Mary Douglas, *Purity and Danger* (London: Routledge, 1966), 12.']);
  });

  it('en: a short form with British quotes stays whole, and a comment after it goes', () => {
    expect(parts('Douglas, ‘Purity’s Margins’, 45.')).toEqual(['Douglas, ‘Purity’s Margins’, 45.']);
    expect(parts('Douglas, ‘Purity’s Margins’, 45. Note: Douglas’s emphasis.')).toEqual([
      'Douglas, ‘Purity’s Margins’, 45.',
    ]);
  });

  it('en: Ibid. in brackets inside commentary is a citation of its own', () => {
    expect(parts('Bees dance to share where food is. (Ibid., 127.) They also dance to warn the hive.')).toEqual([
      'Ibid., 127.',
    ]);
  });

  it('en: two references in sentences of one note are two parts', () => {
    expect(
      parts(
        'Tomas Lind, *Harbour Towns* (Oslo: Cappelen, 1999), 4. The same view is held by many who wrote after him. Ana Ruiz, ‘Cranes’, *Baltic Review* 3, no. 2 (2004): 11–19.',
      ),
    ).toEqual([
      'Tomas Lind, *Harbour Towns* (Oslo: Cappelen, 1999), 4.',
      'Ana Ruiz, ‘Cranes’, *Baltic Review* 3, no. 2 (2004): 11–19.',
    ]);
  });

  it('en: a bibliography-style note without title marks is kept whole', () => {
    const note = 'Moreno, Laura. 2009. Street Markets of the Andes. Lima, PE: Fondo Editorial. 41-42.';
    expect(parts(note)).toEqual([note]);
  });

  it('en: a reference keeps its initials and abbreviations', () => {
    const note = 'C. P. Snowden, *Two Rivers*, 2nd ed. (New York, N.Y.: Norton, 1971), 3.';
    expect(parts(note)).toEqual([note]);
  });

  it('zh: a remark without title marks, year, page or imprint cites nothing', () => {
    expect(parts('写作时务必先想清楚“研究对象”，再动笔')).toEqual([]);
  });

  it('zh: a cross-reference or a bare pointer to a link cites nothing of its own', () => {
    expect(parts('见本卷《城市的边界》注[3]')).toEqual([]);
    expect(parts('参见上文第二章的讨论')).toEqual([]);
    expect(parts('请参见 http://www.example.org/philosophy/')).toEqual([]);
    // … but a note that names a note by number to repeat its citation does (法学引注手册).
    expect(parts('同前注12，第5页')).toEqual(['同前注12，第5页']);
    expect(parts('王五：《城市规划》，http://example.org/x，2020年3月1日')).toHaveLength(1);
  });

  it('zh: citations and 同上 are kept', () => {
    expect(parts('王五：《城市与乡村》，上海：上海人民出版社，2010年，第3页')).toEqual([
      '王五：《城市与乡村》，上海：上海人民出版社，2010年，第3页',
    ]);
    expect(parts('同上，第5页')).toEqual(['同上，第5页']);
  });

  it('keeps offsets into the note', () => {
    const text = 'As argued at length elsewhere, see Tomas Lind, *Harbour Towns* (Oslo: Cappelen, 1999), 4.';
    const [p] = citingParts({ text, range: { start: 100, end: 100 + text.length } });
    expect(p!.range.start).toBe(100 + text.indexOf('Tomas'));
    expect(p!.range.end).toBe(100 + text.length);
  });
});
