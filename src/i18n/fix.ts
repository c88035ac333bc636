import type { Message } from '../model/rule.js';

/** Messages of `--fix` and `--fix-dry-run`. */
export const FIX_UI = {
  notWritable: {
    zh: '只对 UTF-8 的 Markdown、纯文本和 LaTeX 文件写入修正；文件未改动',
    en: 'fixes are only written to UTF-8 Markdown, text and LaTeX files; nothing changed',
  },
  latexUnmapped: {
    zh: '{{count}} 处修正在 LaTeX 源文件中找不到唯一位置，已跳过',
    en: '{{count}} fix(es) skipped: their text is not found exactly once in the LaTeX source',
  },
  applied: {
    zh: '已应用 {{count}} 处修正（原文件保存为 {{bak}}）',
    en: '{{count}} fix(es) applied (original kept as {{bak}})',
  },
  verified: {
    zh: '复查：已修正的 {{count}} 个问题均已消失，未出现新问题',
    en: 'checked again: the {{count}} fixed finding(s) are gone and no new finding appeared',
  },
  remaining: {
    zh: '复查不符：已修正的问题仍被报告：{{list}}',
    en: 'check after fixing disagrees: fixed finding(s) still reported: {{list}}',
  },
  appeared: {
    zh: '复查不符：修正后出现新问题：{{list}}',
    en: 'check after fixing disagrees: new finding(s) after fixing: {{list}}',
  },
  restore: { zh: '可用 {{bak}} 恢复原文件', en: 'the original can be restored from {{bak}}' },
} satisfies Record<string, Message>;
