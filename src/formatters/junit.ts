import { hostname } from 'node:os';
import type { Severity } from '../model/diagnostic.js';
import type { FileResult, RunInfo } from '../model/result.js';
import { loadRules } from '../rules/index.js';
import type { Formatter, FormatOptions } from './formatter.js';
import { summarize, totals } from './result.js';

/** Text and attribute values: escaped, and without the control characters XML 1.0 cannot carry. */
const xml = (s: string) =>
  s
    // eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** A finding as a line of a failure or of the suite's output. */
interface Finding {
  ruleId: string;
  severity: Severity;
  line: string;
}

interface Suite {
  name: string;
  classname: string;
  properties: Array<[string, string | number]>;
  findings: Finding[];
  /** The rules that are test cases of this suite. */
  rules: string[];
  seconds: number;
}

/**
 * One `<testsuite>` in the form both the strict Ant schema and Jenkins' xUnit accept: properties, a test case
 * per rule that fails when the rule has findings at a failing severity, and the other findings in `system-out`.
 */
function renderSuite(s: Suite, id: number, head: { timestamp: string; host: string }, fails: Set<Severity>): string {
  const failing = s.findings.filter((f) => fails.has(f.severity));
  const cases = s.rules.map((rule) => {
    const found = failing.filter((f) => f.ruleId === rule);
    const type = found.some((f) => f.severity === 'error') ? 'error' : 'warning';
    const body = found.length
      ? `<failure message="${found.length} finding(s)" type="${type}">${xml(found.map((f) => f.line).join('\n'))}</failure>`
      : '';
    return `    <testcase classname="${xml(s.classname)}" name="${rule}" time="0">${body}</testcase>`;
  });
  const failures = s.rules.filter((rule) => failing.some((f) => f.ruleId === rule)).length;
  const props = s.properties.map(([k, v]) => `      <property name="${k}" value="${xml(String(v))}"/>`);
  const out = s.findings.filter((f) => !fails.has(f.severity)).map((f) => `${f.severity} ${f.ruleId} ${f.line}`);
  return [
    `  <testsuite name="${xml(s.name)}" package="citeaudit" id="${id}" timestamp="${head.timestamp}" hostname="${xml(head.host)}" tests="${s.rules.length}" failures="${failures}" errors="0" skipped="0" time="${s.seconds.toFixed(3)}">`,
    props.length ? `    <properties>\n${props.join('\n')}\n    </properties>` : '    <properties/>',
    ...cases,
    `    <system-out>${xml(out.join('\n'))}</system-out>`,
    '    <system-err></system-err>',
    '  </testsuite>',
  ].join('\n');
}

/**
 * JUnit XML for CI servers, valid against the strict Ant schema and Jenkins' xUnit schema: a test suite per
 * file, a test case per rule. A finding fails its test case only at a severity that fails the run — errors,
 * and warnings too when they exceed `--max-warnings` —; the other findings are listed in the suite's
 * `system-out`, and counted in its properties.
 */
export async function formatJunit(results: FileResult[], run: RunInfo, options?: FormatOptions): Promise<string> {
  const ids = (await loadRules()).map((r) => r.meta.id);
  const max = options?.maxWarnings;
  const fails = new Set<Severity>(['error']);
  if (max !== undefined && totals(results, run).warnings > max) fails.add('warning');
  const head = {
    // The strict Ant form: seconds, no zone (UTC).
    timestamp: (options?.started ?? new Date()).toISOString().slice(0, 19),
    host: hostname() || 'localhost',
  };
  const limit: Array<[string, number]> = max !== undefined ? [['max-warnings', max]] : [];
  const suites: Suite[] = results.map((f) => {
    const s = summarize([f]);
    return {
      name: f.path,
      classname: f.path,
      properties: [
        ['norm', f.analysis.norm?.id ?? 'none'],
        ['notes', s.notes],
        ['citations', s.citations],
        ['works', s.works],
        ['errors', s.errors],
        ['warnings', s.warnings],
        ['infos', s.infos],
        ...limit,
      ],
      findings: f.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        severity: d.severity,
        line: `${d.line}:${d.column} ${d.message}`,
      })),
      rules: ids,
      seconds: f.seconds ?? 0,
    };
  });
  if (run.issue) {
    // The checks across articles: a suite of their own, a test case per rule that has them.
    const t = totals([], run);
    suites.push({
      name: 'issue (across articles)',
      classname: 'issue',
      properties: [
        ['articles', run.issue.articles.length],
        ['errors', t.errors],
        ['warnings', t.warnings],
        ['infos', t.infos],
        ...limit,
      ],
      findings: run.issue.diagnostics.map((d) => ({ ruleId: d.ruleId, severity: d.severity, line: d.message })),
      rules: ids.filter((id) => id === 'inconsistent-metadata' || id === 'inconsistent-name'),
      seconds: 0,
    });
  }
  const body = suites.map((s, k) => renderSuite(s, k, head, fails));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n${body.join('\n')}\n</testsuites>\n`;
}

export default { meta: { id: 'junit', machine: true }, format: formatJunit } satisfies Formatter;
