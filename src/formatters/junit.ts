import type { FileResult, RunInfo } from '../model/result.js';
import { loadRules } from '../rules/index.js';
import type { Formatter } from './formatter.js';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * JUnit XML for CI dashboards: a test suite per file, a test case per rule; a rule with error or warning
 * findings fails, with one line per finding.
 */
export async function formatJunit(results: FileResult[], run: RunInfo): Promise<string> {
  const rules = await loadRules();
  const suites = results.map((f) => {
    const cases = rules.map((r) => {
      const found = f.diagnostics.filter((d) => d.ruleId === r.meta.id && d.severity !== 'info');
      const body = found.length
        ? `<failure message="${found.length} finding(s)" type="${xml(found[0]!.severity)}">${xml(found.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n'))}</failure>`
        : '';
      return `    <testcase classname="${xml(f.path)}" name="${r.meta.id}">${body}</testcase>`;
    });
    const failures = rules.filter((r) =>
      f.diagnostics.some((d) => d.ruleId === r.meta.id && d.severity !== 'info'),
    ).length;
    return `  <testsuite name="${xml(f.path)}" tests="${rules.length}" failures="${failures}" errors="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  if (run.issue) {
    // The checks across articles: a suite of their own, a test case per rule that has them.
    const ids = [...new Set(rules.map((r) => r.meta.id))].filter(
      (id) => id === 'inconsistent-metadata' || id === 'inconsistent-name',
    );
    const cases = ids.map((id) => {
      const found = run.issue!.diagnostics.filter((d) => d.ruleId === id && d.severity !== 'info');
      const body = found.length
        ? `<failure message="${found.length} finding(s)" type="${xml(found[0]!.severity)}">${xml(found.map((d) => d.message).join('\n'))}</failure>`
        : '';
      return `    <testcase classname="issue" name="${id}">${body}</testcase>`;
    });
    const failures = ids.filter((id) =>
      run.issue!.diagnostics.some((d) => d.ruleId === id && d.severity !== 'info'),
    ).length;
    suites.push(
      `  <testsuite name="issue (across articles)" tests="${ids.length}" failures="${failures}" errors="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="citeaudit">\n${suites.join('\n')}\n</testsuites>\n`;
}

export default { meta: { id: 'junit', machine: true }, format: formatJunit } satisfies Formatter;
