import type { Message } from '../model/rule.js';

/** Lines printed by `citeaudit catalog …`. */
export const CATALOG = {
  imported: {
    zh: '{{file}}：导入 {{imported}} 条，替换 {{replaced}} 条，跳过 {{skipped}} 条',
    en: '{{file}}: {{imported}} imported, {{replaced}} replaced, {{skipped}} skipped',
  },
  skippedItem: { zh: '  跳过 {{where}}：{{reason}}', en: '  skipped {{where}}: {{reason}}' },
  moreSkipped: { zh: '  ……另有 {{count}} 条被跳过', en: '  … and {{count}} more skipped' },
  total: {
    zh: '目录 {{path}}：共 {{records}} 条记录（用时 {{seconds}} 秒）',
    en: 'catalog {{path}}: {{records}} records ({{seconds}} s)',
  },
  noHits: { zh: '未找到与“{{query}}”匹配的记录', en: 'no record matches “{{query}}”' },
  statsPath: {
    zh: '目录文件：{{path}}（{{size}}，格式版本 {{version}}）',
    en: 'catalog: {{path}} ({{size}}, schema version {{version}})',
  },
  statsRecords: {
    zh: '记录：{{records}} 条；含 DOI {{doi}} 条，含 ISBN {{isbn}} 条；年份 {{min}}–{{max}}',
    en: 'records: {{records}}; {{doi}} with DOI, {{isbn}} with ISBN; years {{min}}–{{max}}',
  },
  statsTypes: { zh: '类型：{{list}}', en: 'types: {{list}}' },
  statsLanguages: { zh: '语言：{{list}}', en: 'languages: {{list}}' },
  statsSources: { zh: '来源文件：', en: 'imported from:' },
} satisfies Record<string, Message>;
