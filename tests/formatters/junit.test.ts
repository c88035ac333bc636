import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';
import { describeWithSchemas, xsdErrors } from '../helpers/schemas.js';

const MS = 'fixtures/llm-labor-value.md';
const REFERENCE = readFileSync(join(ROOT, MS), 'utf8');
const ORPHAN =
  '正文<sup>①</sup>与<sup>②</sup>。\n\n① 孙伟平：《智能系统的劳动及其社会后果》，《哲学研究》2021年第8期。\n';

/** The report with what changes from run to run (start, host, durations) masked: the rest is byte-identical. */
const masked = (report: string) =>
  report.replace(/ (timestamp|hostname|time)="[^"]*"/g, (_, name: string) => ` ${name}="…"`);

/** `check --format junit`: the exit code, the report, and its errors against both schemas. */
async function junit(args: string[]) {
  const r = cli(['check', ...args, '--format', 'junit', '--lang', 'en']);
  const report = r.stdout;
  return {
    code: r.code,
    report,
    ant: await xsdErrors('junit-ant.xsd', report),
    jenkins: await xsdErrors('junit-jenkins-10.xsd', report),
  };
}

const testcase = (report: string, rule: string) =>
  new RegExp(`<testcase classname="[^"]*" name="${rule}" time="[^"]*">(.*?)</testcase>`, 's').exec(report)?.[1];

describeWithSchemas('JUnit against the Ant and Jenkins xUnit schemas (../shared/schemas/junit-*.xsd)', () => {
  it('a run that exits 0: valid, no failure, warnings and infos in system-out and counted in the properties', async () => {
    const r = await junit([MS]);
    expect(r.code).toBe(0);
    expect(r.ant).toEqual([]);
    expect(r.jenkins).toEqual([]);
    expect(r.report).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites>\n {2}<testsuite name="fixtures\/llm-labor-value.md" package="citeaudit" id="0" timestamp="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d" hostname="[^"]+" tests="22" failures="0" errors="0" skipped="0" time="\d+\.\d{3}">\n/,
    );
    expect(r.report).not.toContain('<failure');
    expect(r.report).toContain(
      '    <properties>\n      <property name="norm" value="cass"/>\n      <property name="notes" value="66"/>\n      <property name="citations" value="70"/>\n      <property name="works" value="39"/>\n      <property name="errors" value="0"/>\n      <property name="warnings" value="10"/>\n      <property name="infos" value="16"/>\n    </properties>\n',
    );
    const out = /<system-out>(.*?)<\/system-out>/s.exec(r.report)?.[1] ?? '';
    expect(out.split('\n').filter((l) => l.startsWith('warning '))).toHaveLength(10);
    expect(out.split('\n').filter((l) => l.startsWith('info '))).toHaveLength(16);
    expect(out).toMatch(/^warning inconsistent-name \d+:\d+ /m);
    expect(testcase(r.report, 'inconsistent-name')).toBe('');
  });

  it('an error fails its test case, a warning does not; past --max-warnings the warnings fail too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'citeaudit-junit-'));
    writeFileSync(join(dir, 'orphan & co.md'), ORPHAN);
    const e = await junit([join(dir, 'orphan & co.md')]);
    expect(e.code).toBe(1);
    expect([e.ant, e.jenkins]).toEqual([[], []]);
    expect(e.report).toContain(`<testsuite name="${join(dir, 'orphan &amp; co.md')}" package="citeaudit" id="0"`);
    expect(e.report).toMatch(/ tests="22" failures="1" errors="0"/);
    expect(testcase(e.report, 'orphan-marker')).toMatch(
      /^<failure message="1 finding\(s\)" type="error">\d+:\d+ Marker ② \(page 1\) has no matching note<\/failure>$/,
    );

    const w = await junit([MS, '--max-warnings', '9']);
    expect(w.code).toBe(1);
    expect([w.ant, w.jenkins]).toEqual([[], []]);
    expect(w.report).toMatch(/ tests="22" failures="\d+" errors="0"/);
    expect(testcase(w.report, 'inconsistent-name')).toMatch(
      /^<failure message="1 finding\(s\)" type="warning">\d+:\d+ /,
    );
    expect(w.report).toContain('<property name="max-warnings" value="9"/>');
    const out = /<system-out>(.*?)<\/system-out>/s.exec(w.report)?.[1] ?? '';
    expect(out).not.toMatch(/^warning /m);
    expect(out.split('\n').filter((l) => l.startsWith('info '))).toHaveLength(16);
    // Within the limit, the warnings stay out of the failures.
    expect(testcase((await junit([MS, '--max-warnings', '10'])).report, 'inconsistent-name')).toBe('');
  });

  it('several articles: valid, a suite across articles, the same report whatever --jobs but for time, host and start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'citeaudit-junit-'));
    writeFileSync(join(dir, 'a.md'), REFERENCE);
    writeFileSync(join(dir, 'b 论文.md'), REFERENCE.replace(/周大昕译/g, '王大明译'));
    writeFileSync(join(dir, 'c.md'), ORPHAN);
    const one = await junit([dir, '--jobs', '1']);
    const two = await junit([dir, '--jobs', '2']);
    expect([one.ant, one.jenkins, two.ant, two.jenkins]).toEqual([[], [], [], []]);
    expect(one.code).toBe(1);
    expect(masked(two.report)).toBe(masked(one.report));
    expect(one.report).not.toBe(masked(one.report));
    expect(one.report.match(/<testsuite /g)).toHaveLength(4);
    expect(one.report).toMatch(
      /<testsuite name="issue \(across articles\)" package="citeaudit" id="3" timestamp="[^"]+" hostname="[^"]+" tests="2" failures="0" errors="0" skipped="0" time="0.000">/,
    );
    expect(one.report).toMatch(
      /<system-out>warning inconsistent-metadata 《马克思与〈资本论〉》: translator differs between articles/,
    );
    // Every suite has the run's start.
    expect(new Set(one.report.match(/timestamp="[^"]+"/g)).size).toBe(1);
  });
});
