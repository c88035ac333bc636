import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { cli, parseReport, parseSarif } from '../helpers/cli.js';

const MS = 'fixtures/llm-labor-value.md';
const count = parseReport(cli(['check', MS, '--format', 'json']).stdout).files[0]!.diagnostics.length;

describe('report formats', () => {
  it('sarif 2.1.0 lists every rule and every finding', () => {
    const r = cli(['check', MS, '--format', 'sarif']);
    expect(r.code).toBe(0);
    const s = parseSarif(r.stdout);
    const run = s.runs[0]!;
    expect(s.version).toBe('2.1.0');
    expect(run.tool.driver.rules).toHaveLength(22);
    expect(run.results).toHaveLength(count);
    const dyer = run.results.find((x) => x.ruleId === 'inconsistent-name')!;
    expect(dyer).toMatchObject({
      level: 'warning',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: MS, uriBaseId: '%SRCROOT%' },
            region: { startLine: expect.any(Number) as number },
          },
        },
      ],
    });
    expect(run.tool.driver.rules[dyer.ruleIndex]?.id).toBe('inconsistent-name');
  });

  it('junit: a test case per rule, failing only at a severity that fails the run; the warnings in system-out', () => {
    const r = cli(['check', MS, '--format', 'junit', '--lang', 'en']);
    expect(r.code).toBe(0);
    const xml = r.stdout;
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- fast-xml-parser 5 still ships it; tests/formatters/junit.test.ts validates against the schemas
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toMatch(
      /<testsuite name="fixtures\/llm-labor-value.md" package="citeaudit" id="0" timestamp="[^"]+" hostname="[^"]+" tests="22" failures="0" errors="0" skipped="0" time="[^"]+">/,
    );
    // The run exits 0: its 10 warnings fail no test case, and are listed in the suite's output.
    expect(xml).toMatch(
      /<testcase classname="fixtures\/llm-labor-value.md" name="inconsistent-name" time="0"><\/testcase>/,
    );
    expect(xml).not.toContain('<failure');
    expect(xml).toMatch(/<system-out>(.*\n)*warning inconsistent-name \d+:\d+ .*Dyer-Witheyford/);
  });

  it('markdown has a summary table and the findings, in Chinese on request', () => {
    const md = cli(['check', MS, '--format', 'markdown', '--lang', 'zh']).stdout;
    expect(md).toContain('| fixtures/llm-labor-value.md | 66 | 70 | 39 | 0 | 10 | 16 |');
    expect(md).toContain('`inconsistent-name`');
    expect(md).toContain('  - `Dyer-Witheyford`: ⑥@p7');
  });
});
