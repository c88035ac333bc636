import type { Message } from '../model/rule.js';

/** Messages of the command line and the formatters (rule messages live in each rule's meta). */
export const UI = {
  problems: {
    zh: '{{count}} 个问题（{{errors}} 个错误，{{warnings}} 个警告，{{infos}} 条提示）',
    en: '{{count}} {{count|problem|problems}} ({{errors}} {{errors|error|errors}}, {{warnings}} {{warnings|warning|warnings}}, {{infos}} {{infos|info|infos}})',
  },
  noProblems: { zh: '未发现问题', en: 'no problems' },
  noErrors: { zh: '未发现错误', en: 'no errors' },
  hiddenByQuiet: {
    zh: '--quiet 隐藏了 {{count}} 个较低级别的问题（{{warnings}} 个警告，{{infos}} 条提示）',
    en: '{{count}} {{count|finding|findings}} of lower severity hidden by --quiet ({{warnings}} {{warnings|warning|warnings}}, {{infos}} {{infos|info|infos}})',
  },
  fileSummary: {
    zh: '{{notes}} 条注释，{{entries}} 条参考文献，{{citations}} 处引用，{{works}} 部作品；规范 {{norm}}',
    en: '{{notes}} {{notes|note|notes}}, {{entries}} {{entries|entry|entries}}, {{citations}} {{citations|citation|citations}}, {{works}} {{works|work|works}}; norm {{norm}}',
  },
  normDetected: { zh: '{{norm}}（自动识别）', en: '{{norm}} (detected)' },
  noNorm: { zh: '未识别（只运行适用于所有规范的规则）', en: 'none recognised (only the rules of every norm ran)' },
  normIs: { zh: '规范：{{norm}}', en: 'Norm: {{norm}}' },
  filesChecked: { zh: '已检查 {{files}} 个文件', en: '{{files}} {{files|file|files}} checked' },
  tooManyWarnings: {
    zh: '警告数 {{warnings}} 超过 --max-warnings {{max}}',
    en: 'too many warnings ({{warnings}}; --max-warnings {{max}})',
  },
  forms: { zh: '各形式', en: 'forms' },
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
  noManuscripts: { zh: '目录中没有可读取的稿件', en: 'no manuscripts in this folder' },
  progress: {
    zh: '{{done}}/{{total}} 个文件，{{notes}} 条注释 — {{file}}',
    en: '{{done}}/{{total}} {{total|file|files}}, {{notes}} {{notes|note|notes}} — {{file}}',
  },
  unreadable: { zh: '{{count}} 个文件无法读取：', en: '{{count}} {{count|file|files}} could not be read:' },
  issueTitle: { zh: '整期', en: 'Issue' },
  issueSummary: {
    zh: '{{articles}} 篇文章，{{notes}} 条注释，{{citations}} 处引用，{{works}} 部作品',
    en: '{{articles}} {{articles|article|articles}}, {{notes}} {{notes|note|notes}}, {{citations}} {{citations|citation|citations}}, {{works}} {{works|work|works}}',
  },
  acrossArticles: { zh: '跨文章检查', en: 'Across articles' },
  noIssueProblems: { zh: '文章之间未发现不一致', en: 'no inconsistency between the articles' },
  article: { zh: '文章', en: 'article' },
  notes: { zh: '注释', en: 'notes' },
  citations: { zh: '引文', en: 'citations' },
  works: { zh: '作品', en: 'works' },
  errors: { zh: '错误', en: 'errors' },
  warnings: { zh: '警告', en: 'warnings' },
  infos: { zh: '提示', en: 'infos' },
  total: { zh: '合计', en: 'total' },
  noNotes: { zh: '未找到注释、引用标记或参考文献', en: 'no notes, citation markers or reference list found' },
  /** A note as reports name it for their reader (src/notes/places.ts). */
  noteOnPage: { zh: '第{{page}}页注{{label}}', en: 'note {{label}} on p. {{page}}' },
  note: { zh: '注{{label}}', en: 'note {{label}}' },
} satisfies Record<string, Message>;
