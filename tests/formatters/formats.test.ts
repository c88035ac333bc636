import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    expect(md).toContain('  - `Dyer-Witheyford`: 第7页注⑥');
    expect(md).toContain('在 2 条注释中以完整形式引用：第2页注③、第8页注①');
    expect(md).not.toMatch(/@p\d/);
  });

  it("a finding whose message names no place is followed by its places, in the reader's language", () => {
    // ③ follows ①: note-sequence's message names the labels, not the place, so the report adds it.
    const gap = join(mkdtempSync(join(tmpdir(), 'citeaudit-formats-')), 'gap.md');
    writeFileSync(
      gap,
      '正文<sup>①</sup>，又<sup>③</sup>。\n\n① 孙伟平：《智能系统的劳动》，北京：人民出版社，2021年，第5页。\n\n' +
        '③ 赵汀阳：《天下的当代性》，北京：中信出版社，2016年，第12页。\n',
    );
    expect(cli(['check', gap, '--lang', 'en']).stdout).toMatch(
      /Note numbering skips from ① to ③ \(page 1\) \[note ③ on p\. 1\] +note-sequence/,
    );
    expect(cli(['check', gap, '--lang', 'zh']).stdout).toMatch(
      /注释编号跳号：① 之后是 ③（第 1 页） \[第1页注③\] +note-sequence/,
    );
    expect(cli(['check', gap, '--lang', 'zh', '--format', 'markdown']).stdout).toContain(
      '— 注释编号跳号：① 之后是 ③（第 1 页） (第1页注③)\n',
    );
  });
});
