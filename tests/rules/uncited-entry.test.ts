import { expect, it } from 'vitest';
import { checkDocument } from '../../src/engine/pipeline.js';
import { readMarkdown } from '../../src/readers/markdown.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { circled, pandoc } from '../helpers/manuscripts.js';

const BOOK = '[美] 凯文·凯利：《5000天后的世界》，潘小多译，北京：中信出版社，2023年';
const ZH_LIST =
  '见[1]，又见[2]。\n\n## 参考文献\n\n[1] 孙伟平. 智能系统的劳动[M]. 北京: 人民出版社, 2021.\n[2] 赵汀阳. 天下的当代性[M]. 北京: 中信出版社, 2016.\n';
const EN_LIST =
  '## References\n\n[1] FUCHS C. Digital labor and Karl Marx[M]. London: Routledge, 2014.\n[2] HARVEY D. Marx, capital and the madness of economic reason[M]. London: Profile Books, 2017.\n';
const BIB =
  '## Bibliography\n\nFuchs, Christian. *Digital Labor and Karl Marx*. New York: Routledge, 2014.\n\nHarvey, David. *Marx, Capital and the Madness of Economic Reason*. London: Profile Books, 2017.\n';

ruleTester('uncited-entry', {
  valid: [
    { name: 'zh: every numbered entry cited', code: ZH_LIST },
    {
      name: 'zh: a listed work also cited in a note',
      code: circled([[`${BOOK}，第3页。`]]) + `\n#### 参考文献：\n\n- [1] ${BOOK}。\n`,
    },
    {
      name: 'zh: a listed work named with its year in the prose',
      code: `凯利（2023）认为<sup>①</sup>。\n\n① 孙伟平：《智能系统的劳动》，北京：人民出版社，2021年，第5页。\n\n#### 参考文献：\n\n- [1] ${BOOK}。\n`,
    },
    {
      name: 'en: cited by a range marker',
      code: 'See [1-2].\n\n## References\n\n1. FUCHS C. Digital labor and Karl Marx[M]. London: Routledge, 2014.\n2. HARVEY D. Marx[M]. London: Profile Books, 2017.\n',
    },
    {
      name: 'en: short notes cite the works of a full bibliography',
      norm: 'chicago-notes',
      code: pandoc(['Fuchs, *Digital Labor*, 5.', 'Harvey, *Marx, Capital and the Madness*, 12.']) + `\n${BIB}`,
    },
    {
      name: 'en: author-year prose citations are not read, so nothing is judged',
      code: 'As Fuchs (2014) and Harvey (2017) argue, and others too.\n\n## References\n\nFuchs, C. (2014). *Digital labor and Karl Marx*. Routledge.\n\nSmith, A. (1776). *The wealth of nations*. Strahan.\n',
    },
  ],
  invalid: [
    {
      name: 'zh: a listed work no note cites',
      code:
        circled([['孙伟平：《智能系统的劳动》，北京：人民出版社，2021年，第5页。']]) +
        `\n#### 参考文献：\n\n- [1] ${BOOK}。\n`,
      errors: [{ messageId: 'uncited', places: ['[1]'] }],
    },
    {
      name: 'zh: a numbered entry no marker names',
      norm: 'gbt7714-2015',
      code: ZH_LIST.replace('，又见[2]', ''),
      errors: [{ messageId: 'uncited', places: ['[2]'], message: 'entry [2] is not cited' }],
    },
    {
      name: 'en: an entry no marker cites',
      code: `See [1].\n\n${EN_LIST}`,
      errors: [{ messageId: 'uncited', places: ['[2]'] }],
    },
    {
      // Each title and author-year is searched for once a document: the answer for one is not another's.
      name: 'zh: of three listed works, only the one whose author and year the prose names is left alone',
      code:
        `凯利（2023）认为<sup>①</sup>。\n\n① 孙伟平：《智能系统的劳动》，北京：人民出版社，2021年，第5页。\n\n#### 参考文献：\n\n` +
        `- [1] ${BOOK}。\n- [2] [美] 凯文·凯利：《必然》，周峰译，北京：电子工业出版社，2016年。\n` +
        `- [3] [法] 约瑟夫·希发基思：《理解和改变世界》，唐杰译，北京：中信出版社，2023年。\n`,
      errors: [
        { messageId: 'uncited', places: ['[2]'] },
        { messageId: 'uncited', places: ['[3]'] },
      ],
    },
    {
      name: 'en: a bibliography entry no note cites',
      norm: 'chicago-notes',
      code: pandoc(['Fuchs, *Digital Labor*, 5.']) + `\n${BIB}`,
      errors: [{ messageId: 'uncited', data: { place: '#2' }, message: 'entry #2 is not cited' }],
    },
  ],
});

it('uncited-entry: information after footnotes, a warning in a numeric list', async () => {
  const severities = async (code: string) => {
    const doc = readMarkdown('case.md', new TextEncoder().encode(code));
    const { analysis, diagnostics } = await checkDocument(doc, { lang: 'zh', norm: 'auto', only: ['uncited-entry'] });
    return [analysis.norm?.id, ...diagnostics.map((d) => d.severity)];
  };
  expect(
    await severities(
      circled([['孙伟平：《智能系统的劳动》，北京：人民出版社，2021年，第5页。']]) +
        `\n#### 参考文献：\n\n- [1] ${BOOK}。\n`,
    ),
  ).toEqual(['cass', 'info']);
  expect(await severities(`See [1].\n\n${EN_LIST}`)).toEqual(['gbt7714-2015', 'warning']);
});
