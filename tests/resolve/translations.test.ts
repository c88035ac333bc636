import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/engine/pipeline.js';
import { readMarkdown } from '../../src/readers/markdown.js';
import { circled } from '../helpers/manuscripts.js';

async function check(notes: string[]) {
  const doc = readMarkdown('case.md', new TextEncoder().encode(circled([notes])));
  return checkDocument(doc, { lang: 'en', norm: 'cass' });
}

const ZH = '[德] 尤尔根·哈贝马斯：《交往行为理论》第1卷，曹卫东译，上海：上海人民出版社，2004年，第5页。';
const EN = 'Jürgen Habermas, *The Theory of Communicative Action*, vol. 1, Boston: Beacon Press, 1984, p. 3.';

describe('a translation and its original cited in one manuscript', () => {
  it('are linked: two works, the translation recording its original, and no finding about either', async () => {
    const { analysis, diagnostics } = await check([ZH, EN]);
    expect(analysis.works).toHaveLength(2);
    const [zh, en] = analysis.works;
    expect(analysis.translations?.get(zh!.id)).toBe(en!.id);
    expect(zh!.item['original-title']).toBe('The Theory of Communicative Action');
    expect(zh!.item['original-author']).toEqual([{ family: 'Habermas', given: 'Jürgen' }]);
    const about = [
      'duplicate-citation',
      'duplicate-entry',
      'inconsistent-name',
      'inconsistent-metadata',
      'consecutive-duplicate',
    ];
    expect(diagnostics.filter((d) => about.includes(d.ruleId)).map((d) => d.message)).toEqual([]);
  });

  it('a Taiwan transliteration and the German title link too', async () => {
    const { analysis } = await check([
      '[德] 哈伯马斯：《交往行为理论》，曹卫东译，上海：上海人民出版社，2004年，第5页。',
      'Jürgen Habermas, *Theorie des kommunikativen Handelns*, Frankfurt am Main: Suhrkamp, 1981, S. 3.',
    ]);
    expect(analysis.translations?.size).toBe(1);
  });

  it('another work of the same author, or the same title by another author, is not linked', async () => {
    const other = await check([
      ZH,
      'Jürgen Habermas, *Between Facts and Norms*, Cambridge, MA: MIT Press, 1996, p. 3.',
    ]);
    expect(other.analysis.translations).toBeUndefined();
    expect(other.analysis.works.some((w) => w.item['original-title'])).toBe(false);
    const namesake = await check(['张三：《交往行为理论》，北京：人民出版社，2004年，第5页。', EN]);
    expect(namesake.analysis.translations).toBeUndefined();
  });
});
