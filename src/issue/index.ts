import { hasCjk, loadChineseConverter } from '../core/normalize.js';
import { render, type UiLang } from '../i18n/index.js';
import type { Severity, SeveritySetting } from '../model/diagnostic.js';
import type { IssueDiagnostic, IssueReport } from '../model/issue.js';
import { loadRules } from '../rules/index.js';
import { articleRow, type FileResult } from '../formatters/result.js';
import { describeForms } from './finding.js';
import { metadataAcrossArticles } from './metadata.js';
import { namesAcrossArticles } from './names.js';

export interface IssueOptions {
  lang: UiLang;
  /** `--rule` settings from the command line; a rule set to `off` is not checked across articles either. */
  overrides: Record<string, SeveritySetting>;
  quiet?: boolean;
}

/**
 * The issue-level view of several articles: a row per article, and the checks that only the set can
 * answer (one work with different metadata, one person spelled two ways, one classic in different
 * editions), each reported once with the articles involved. Articles are in input order, so the report
 * does not depend on how the files were shared between threads.
 */
export async function checkIssue(results: FileResult[], options: IssueOptions): Promise<IssueReport> {
  // Names and titles are folded the way the manuscripts' own checks fold them (traditional → simplified).
  if (results.some((r) => hasCjk(r.analysis.doc.text))) await loadChineseConverter();
  const rules = new Map((await loadRules(['inconsistent-metadata', 'inconsistent-name'])).map((r) => [r.meta.id, r]));
  const diagnostics: IssueDiagnostic[] = [];
  for (const f of [...metadataAcrossArticles(results), ...namesAcrossArticles(results)]) {
    const rule = rules.get(f.ruleId)!;
    const setting = options.overrides[f.ruleId] ?? rule.meta.severity.default;
    if (setting === 'off' || (options.quiet && setting !== 'error')) continue;
    const template = rule.meta.messages[f.messageId]!;
    const data = { ...f.data, forms: f.forms };
    const involved = new Set(f.forms.flatMap((x) => x.articles));
    const articles = results.map((r) => r.path).filter((p) => involved.has(p));
    diagnostics.push({
      ruleId: f.ruleId, severity: setting as Severity, messageId: f.messageId,
      message: render(template, options.lang, { ...data, details: describeForms(f.forms, options.lang) }),
      articles, data,
    });
  }
  // Stable order: by the first article involved, then rule and message.
  const index = new Map(results.map((r, k) => [r.path, k]));
  diagnostics.sort((a, b) => index.get(a.articles[0]!)! - index.get(b.articles[0]!)! || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message));
  return { articles: results.map(articleRow), diagnostics };
}
