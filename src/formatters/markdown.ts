import { list, render, UI } from '../i18n/index.js';
import type { Form } from '../model/diagnostic.js';
import type { IssueForm } from '../model/issue.js';
import { shownPlaces } from './issue-text.js';
import type { FileResult, RunInfo } from '../model/result.js';
import { normText, placesNotNamed, summarize, totals } from './result.js';
import type { Formatter, FormatOptions } from './formatter.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A report to paste into an editorial ticket: a summary table, then each file's findings. */
export function formatMarkdown(results: FileResult[], run: RunInfo, { lang }: FormatOptions): string {
  const zh = lang === 'zh';
  const out: string[] = [zh ? '# 引文核查报告' : '# Citation audit', ''];
  out.push(
    zh
      ? '| 文件 | 注释 | 引文 | 作品 | 错误 | 警告 | 提示 |'
      : '| file | notes | citations | works | errors | warnings | infos |',
    '|---|---:|---:|---:|---:|---:|---:|',
  );
  for (const r of results) {
    const s = summarize([r]);
    out.push(
      `| ${cell(r.path)} | ${s.notes} | ${s.citations} | ${s.works} | ${s.errors} | ${s.warnings} | ${s.infos} |`,
    );
  }
  if (results.length > 1) {
    const s = summarize(results);
    out.push(
      `| **${render(UI.total, lang)}** | ${s.notes} | ${s.citations} | ${s.works} | ${s.errors} | ${s.warnings} | ${s.infos} |`,
    );
  }
  for (const r of results) {
    out.push('', `## ${r.path}`, '');
    if (!r.analysis.norm) out.push(render(UI.normIs, lang, { norm: normText(r.analysis, lang) }), '');
    if (r.diagnostics.length === 0) out.push(render(UI.noProblems, lang));
    for (const d of r.diagnostics) {
      const places = placesNotNamed(r.analysis, d, lang);
      out.push(
        `- **${render(UI[d.severity], lang)}** \`${d.ruleId}\` ${d.line}:${d.column} — ${d.message}${places ? ` (${places})` : ''}`,
      );
      for (const f of (d.data.forms as Form[] | undefined) ?? [])
        out.push(`  - \`${f.text}\`: ${list(f.places, lang)}`);
    }
  }
  if (run.issue) {
    out.push('', `## ${render(UI.acrossArticles, lang)}`, '');
    if (run.issue.diagnostics.length === 0) out.push(render(UI.noIssueProblems, lang));
    for (const d of run.issue.diagnostics) {
      out.push(`- **${render(UI[d.severity], lang)}** \`${d.ruleId}\` — ${d.message}`);
      for (const f of (d.data.forms as IssueForm[] | undefined) ?? [])
        out.push(`  - \`${f.text}\`: ${shownPlaces(f, lang, 20)}`);
    }
  }
  if (run.unreadable?.length) {
    out.push('', `## ${render(UI.unreadable, lang, { count: run.unreadable.length })}`, '');
    for (const f of run.unreadable) out.push(`- ${f.path}: ${f.message}`);
  }
  const s = totals(results, run);
  out.push(
    '',
    render(UI.problems, lang, {
      count: s.errors + s.warnings + s.infos,
      errors: s.errors,
      warnings: s.warnings,
      infos: s.infos,
    }),
    '',
  );
  return out.join('\n');
}

export default { meta: { id: 'markdown', machine: false }, format: formatMarkdown } satisfies Formatter;
