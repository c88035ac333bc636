import { list, render, UI, type UiLang } from '../i18n/index.js';
import type { IssueForm, IssueReport } from '../model/issue.js';

type Paint = (s: string) => string;
export interface IssuePaint {
  red: Paint;
  yellow: Paint;
  blue: Paint;
  dim: Paint;
  bold: Paint;
  green: Paint;
}

/** Display width in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  return [...s].reduce(
    (n, ch) =>
      n +
      (/[\u1100-\u115f\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch)
        ? 2
        : 1),
    0,
  );
}

const padEnd = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s)));
const padStart = (s: string, w: number) => ' '.repeat(Math.max(0, w - displayWidth(s))) + s;

/** Places of a form as the terminal shows them: a handful, then how many more. */
export function shownPlaces(f: IssueForm, lang: UiLang, max = 8): string {
  return f.places.length > max
    ? `${list(f.places.slice(0, max), lang)} …(+${f.places.length - max})`
    : list(f.places, lang);
}

/** The issue section of the terminal report: a table of the articles, then the findings across them. */
export function issueLines(issue: IssueReport, lang: UiLang, p: IssuePaint): string[] {
  const t = (k: keyof typeof UI) => render(UI[k], lang);
  const head = [t('article'), t('notes'), t('citations'), t('works'), t('errors'), t('warnings')];
  const rows = issue.articles.map((a) => [
    a.path,
    String(a.notes),
    String(a.citations),
    String(a.works),
    String(a.errors),
    String(a.warnings),
  ]);
  const sum = (k: 'notes' | 'citations' | 'works' | 'errors' | 'warnings') =>
    String(issue.articles.reduce((n, a) => n + a[k], 0));
  const total = [t('total'), sum('notes'), sum('citations'), sum('works'), sum('errors'), sum('warnings')];
  const widths = head.map((h, k) => Math.max(displayWidth(h), ...[...rows, total].map((r) => displayWidth(r[k]!))));
  const line = (r: string[]) =>
    '  ' + r.map((c, k) => (k === 0 ? padEnd(c, widths[k]!) : padStart(c, widths[k]!))).join('  ');
  const out: string[] = [
    p.bold(
      `${t('issueTitle')}: ${render(UI.issueSummary, lang, { articles: issue.articles.length, notes: sum('notes'), citations: sum('citations'), works: sum('works') })}`,
    ),
    p.dim(line(head)),
    ...rows.map(line),
    p.dim(line(total)),
    '',
    p.bold(t('acrossArticles')),
  ];
  if (issue.diagnostics.length === 0) out.push(`  ${p.green(t('noIssueProblems'))}`);
  for (const d of issue.diagnostics) {
    const sev =
      d.severity === 'error'
        ? p.red(t('error'))
        : d.severity === 'warning'
          ? p.yellow(t('warning'))
          : p.blue(t('info'));
    out.push(`  ${sev}  ${d.message}  ${p.dim(d.ruleId)}`);
    for (const f of (d.data.forms as IssueForm[] | undefined) ?? [])
      out.push(`      ${p.green(JSON.stringify(f.text))} ${p.dim(shownPlaces(f, lang))}`);
  }
  out.push('');
  return out;
}
