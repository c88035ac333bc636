import { render, type UiLang } from '../i18n/index.js';
import type { SeveritySetting } from '../model/diagnostic.js';
import type { ArticleRow, IssueDiagnostic, IssueReport } from '../model/issue.js';
import { loadRules } from '../rules/index.js';
import type { ArticleDigest } from './digest.js';
import { describeForms } from './finding.js';
import { metadataAcrossArticles } from './metadata.js';
import { namesAcrossArticles } from './names.js';

export interface IssueOptions {
  lang: UiLang;
  /** `--rule` settings from the command line; a rule set to `off` is not checked across articles either. */
  overrides: Record<string, SeveritySetting>;
  quiet?: boolean;
  /** With `quiet`: counts the findings left out, by severity. */
  hidden?: { warning: number; info: number };
}

/**
 * The issue-level view of several articles: a row per article, and the checks that only the set can
 * answer (one work with different metadata, one person spelled two ways, one classic in different
 * editions), each reported once with the articles involved. Articles are in input order, so the report
 * does not depend on how the files were shared between threads.
 */
export async function checkIssue(
  articles: Array<{ row: ArticleRow; digest: ArticleDigest }>,
  options: IssueOptions,
): Promise<IssueReport> {
  const paths = articles.map((a) => a.row.path);
  const digests = articles.map((a) => a.digest);
  const rules = new Map((await loadRules(['inconsistent-metadata', 'inconsistent-name'])).map((r) => [r.meta.id, r]));
  const diagnostics: IssueDiagnostic[] = [];
  for (const f of [...metadataAcrossArticles(paths, digests), ...namesAcrossArticles(paths, digests)]) {
    const rule = rules.get(f.ruleId)!;
    const setting = options.overrides[f.ruleId] ?? rule.meta.severity.default;
    if (setting === 'off') continue;
    if (options.quiet && setting !== 'error') {
      if (options.hidden) options.hidden[setting]++;
      continue;
    }
    const template = rule.meta.messages[f.messageId]!;
    const data = { ...f.data, forms: f.forms };
    const involved = new Set(f.forms.flatMap((x) => x.articles));
    const named = paths.filter((p) => involved.has(p));
    diagnostics.push({
      ruleId: f.ruleId,
      severity: setting,
      messageId: f.messageId,
      message: render(template, options.lang, { ...data, details: describeForms(f.forms, options.lang) }),
      articles: named,
      data,
    });
  }
  // Stable order: by the first article involved, then rule and message.
  const index = new Map(paths.map((p, k) => [p, k]));
  diagnostics.sort(
    (a, b) =>
      index.get(a.articles[0]!)! - index.get(b.articles[0]!)! ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.message.localeCompare(b.message),
  );
  return { articles: articles.map((a) => a.row), diagnostics };
}
