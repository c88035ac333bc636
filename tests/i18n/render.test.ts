import { describe, expect, it } from 'vitest';
import { list, render, UI } from '../../src/i18n/index.js';

describe('render', () => {
  it('takes the word for the number: one problem, two problems, no problems', () => {
    const counts = (count: number, errors: number, warnings: number, infos: number) =>
      render(UI.problems, 'en', { count, errors, warnings, infos });
    expect(counts(1, 0, 1, 0)).toBe('1 problem (0 errors, 1 warning, 0 infos)');
    expect(counts(3, 1, 1, 1)).toBe('3 problems (1 error, 1 warning, 1 info)');
    expect(counts(26, 0, 10, 16)).toBe('26 problems (0 errors, 10 warnings, 16 infos)');
    expect(render(UI.fileSummary, 'en', { notes: 1, entries: 0, citations: 1, works: 1, norm: 'cass' })).toBe(
      '1 note, 0 entries, 1 citation, 1 work; norm cass',
    );
    // Chinese counts have no plural.
    expect(render(UI.problems, 'zh', { count: 1, errors: 0, warnings: 1, infos: 0 })).toBe(
      '1 个问题（0 个错误，1 个警告，0 条提示）',
    );
  });

  it('leaves a placeholder without its datum visible, the plural one too', () => {
    expect(render({ zh: '', en: '{{count}} {{count|file|files}}, {{n|x|xs}}' }, 'en', { count: 2 })).toBe(
      '2 files, {{n|x|xs}}',
    );
  });

  it('fills one template anew for each datum, and never reads placeholders in the data', () => {
    const message = { zh: '{{work}}：{{n}} 处', en: '{{work}}: {{n}} {{n|place|places}}' };
    expect(render(message, 'en', { work: 'Capital', n: 1 })).toBe('Capital: 1 place');
    expect(render(message, 'en', { work: '{{n}}', n: 3 })).toBe('{{n}}: 3 places');
    expect(render(message, 'zh', { work: '《资本论》', n: 2 })).toBe('《资本论》：2 处');
    expect(render(message, 'en', { n: 2 })).toBe('{{work}}: 2 places');
  });

  it('joins a list as the language does', () => {
    expect(list(['第2页注①', '第2页注⑥'], 'zh')).toBe('第2页注①、第2页注⑥');
    expect(list(['note ① on p. 2', 'note ⑥ on p. 2'], 'en')).toBe('note ① on p. 2, note ⑥ on p. 2');
    expect(render(UI.note, 'en', { label: '①' })).toBe('note ①');
  });
});
