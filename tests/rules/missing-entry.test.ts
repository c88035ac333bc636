import { expect, it } from 'vitest';
import { checkDocument } from '../../src/engine/pipeline.js';
import { readMarkdown } from '../../src/readers/markdown.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { circled, pandoc } from '../helpers/manuscripts.js';

const FUCHS = 'C. Fuchs, *Digital Labor and Karl Marx*, London: Routledge, 2014';
const HARVEY = 'David Harvey, *Marx, Capital and the Madness of Economic Reason*, London: Profile Books, 2017';
const BIB = '## Bibliography\n\nFuchs, Christian. *Digital Labor and Karl Marx*. New York: Routledge, 2014.\n';
const ZH_LIST = '## 参考文献\n\n[1] 孙伟平. 智能系统的劳动[M]. 北京: 人民出版社, 2021.\n';

ruleTester('missing-entry', {
  valid: [
    {
      name: 'en: every cited work in the bibliography',
      norm: 'chicago-notes',
      code: pandoc([`${FUCHS}, p. 5.`]) + `\n## Bibliography\n\n${FUCHS}.\n`,
    },
    {
      name: 'en: a short note of a work in the bibliography',
      norm: 'chicago-notes',
      code: pandoc(['Fuchs, *Digital Labor*, 5.', 'Ibid., 7.']) + `\n${BIB}`,
    },
    { name: 'en: no bibliography at all', norm: 'chicago-notes', code: pandoc([`${FUCHS}, p. 5.`]) },
    {
      name: 'zh: a bibliography of further reading is not required to be complete',
      norm: 'cass',
      code:
        pandoc(['孙伟平：《智能系统的劳动》，北京：人民出版社，2021年，第5页。']) +
        '\n## 参考文献\n\n[1] 赵汀阳：《天下的当代性》，北京：中信出版社，2016年。\n',
    },
    {
      name: 'zh (GB/T): a note citing a listed work',
      norm: 'gbt7714-2015',
      code: `见[1]。\n\n${ZH_LIST}` + pandoc(['孙伟平：《智能系统的劳动》，北京：人民出版社，2021年，第5页。']),
    },
  ],
  invalid: [
    {
      name: 'en: a cited book missing from the bibliography',
      norm: 'chicago-notes',
      code: pandoc([`${FUCHS}, p. 5.`, `${HARVEY}, p. 9.`]) + `\n## Bibliography\n\n${FUCHS}.\n`,
      errors: [
        {
          messageId: 'missing',
          places: ['[^2]'],
          message: '“Marx, Capital and the Madness of Economic Reason” (note [^2]) is not in the bibliography',
        },
      ],
    },
    {
      name: 'en: one finding per work, naming each note',
      norm: 'chicago-notes',
      code: pandoc([`${HARVEY}, p. 9.`, 'Ibid., p. 10.', `${FUCHS}, p. 5.`]) + `\n${BIB}`,
      errors: [{ messageId: 'missing', places: ['[^1]', '[^2]'] }],
    },
    {
      name: 'zh (GB/T): a footnote citing a work the list lacks',
      norm: 'gbt7714-2015',
      code: `见[1]。\n\n${ZH_LIST}` + circled([['赵汀阳：《天下的当代性》，北京：中信出版社，2016年，第12页。']]),
      errors: [
        {
          messageId: 'missing',
          places: ['①@p1'],
          message: '《天下的当代性》 (note ① on p. 1) is not in the bibliography',
        },
      ],
    },
  ],
});

it('missing-entry: off unless the norm wants a complete bibliography', async () => {
  const code = pandoc([`${FUCHS}, p. 5.`, `${HARVEY}, p. 9.`]) + `\n${BIB}`;
  const run = async (norm: 'cass' | 'chicago-notes') => {
    const doc = readMarkdown('case.md', new TextEncoder().encode(code));
    return (await checkDocument(doc, { lang: 'en', norm, only: ['missing-entry'] })).diagnostics.map((d) => d.severity);
  };
  expect(await run('cass')).toEqual([]);
  expect(await run('chicago-notes')).toEqual(['warning']);
});
