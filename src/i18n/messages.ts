import type { Message } from '../model/rule.js';

/** Messages of the command line and the formatters (rule messages live in each rule's meta). */
export const UI = {
  problems: { zh: '{{count}} 个问题（{{errors}} 个错误，{{warnings}} 个警告，{{infos}} 条提示）', en: '{{count}} problems ({{errors}} errors, {{warnings}} warnings, {{infos}} infos)' },
  noProblems: { zh: '未发现问题', en: 'no problems' },
  fileSummary: { zh: '{{notes}} 条注释，{{entries}} 条参考文献，{{citations}} 处引用，{{works}} 部作品；规范 {{norm}}', en: '{{notes}} notes, {{entries}} entries, {{citations}} citations, {{works}} works; norm {{norm}}' },
  filesChecked: { zh: '已检查 {{files}} 个文件', en: '{{files}} files checked' },
  tooManyWarnings: { zh: '警告数 {{warnings}} 超过 --max-warnings {{max}}', en: 'too many warnings ({{warnings}}; --max-warnings {{max}})' },
  forms: { zh: '各形式', en: 'forms' },
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
  noManuscripts: { zh: '目录中没有可读取的稿件', en: 'no manuscripts in this folder' },
  noNotes: { zh: '未找到注释、引用标记或参考文献', en: 'no notes, citation markers or reference list found' },
} satisfies Record<string, Message>;
