import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { describeWithSchemas, sarifErrors } from '../helpers/schemas.js';

const MS = 'fixtures/llm-labor-value.md';
const BIN = join(ROOT, 'bin/citeaudit.js');

interface Result {
  ruleId: string;
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: object } }>;
  partialFingerprints: Record<string, string>;
}
interface Log {
  runs: Array<{
    tool: { driver: { rules: Array<{ id: string; help: { text: string; markdown: string }; helpUri: string }> } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: Result[];
  }>;
}

/** `check --format sarif` run in `cwd` (the CLI's own folder by default): the parsed log and its schema errors. */
function sarif(args: string[], cwd = ROOT): { log: Log; errors: string[] } {
  const r = spawnSync(process.execPath, [BIN, 'check', ...args, '--format', 'sarif', '--lang', 'en'], {
    cwd,
    encoding: 'utf8',
    timeout: 30000,
    env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' },
  });
  expect(r.stderr).toBe('');
  const log = JSON.parse(r.stdout) as Log;
  return { log, errors: sarifErrors(log) };
}

const uris = (log: Log) => log.runs[0]!.results.map((x) => x.locations.map((l) => l.physicalLocation.artifactLocation));

describeWithSchemas('SARIF against the OASIS 2.1.0 schema (../shared/schemas/sarif-schema-2.1.0.json)', () => {
  it('the reference manuscript: valid, URIs relative to the repository, every rule with help, every result fingerprinted', () => {
    const { log, errors } = sarif([MS]);
    expect(errors).toEqual([]);
    const run = log.runs[0]!;
    // The CLI's folder is a git checkout (or worktree): its top-level is the base.
    expect(run.originalUriBaseIds).toEqual({
      '%SRCROOT%': { uri: `file://${ROOT.endsWith('/') ? ROOT : `${ROOT}/`}` },
    });
    expect(
      new Set(
        uris(log)
          .flat()
          .map((a) => JSON.stringify(a)),
      ),
    ).toEqual(new Set([JSON.stringify({ uri: MS, uriBaseId: '%SRCROOT%' })]));
    for (const rule of run.tool.driver.rules) {
      expect(rule.helpUri).toBe('https://www.npmjs.com/package/citeaudit#rules');
      expect(rule.help.text).toContain(rule.helpUri);
      expect(rule.help.markdown).toContain(`\`${rule.id}\``);
    }
    const prints = run.results.map((x) => x.partialFingerprints['citeauditFinding/v1']);
    expect(prints.every((p) => /^[0-9a-f]{32}:\d+$/.test(p ?? ''))).toBe(true);
    expect(new Set(prints).size).toBe(run.results.length);
  });

  it('Chinese characters and spaces in paths: percent-encoded, relative inside the repository, file:// outside it', () => {
    const repo = mkdtempSync(join(tmpdir(), 'citeaudit-sarif-'));
    mkdirSync(join(repo, '.git'));
    mkdirSync(join(repo, '第 一 期', 'sub'), { recursive: true });
    cpSync(join(ROOT, MS), join(repo, '第 一 期', '论文 #1.md'));
    // Run from a subfolder, naming the file relative to it: the URI is still relative to the top-level.
    const inside = sarif(['../论文 #1.md'], join(repo, '第 一 期', 'sub'));
    expect(inside.errors).toEqual([]);
    expect(inside.log.runs[0]!.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`file://${encodeURI(repo)}/`);
    expect(uris(inside.log)[0]).toEqual([
      { uri: '%E7%AC%AC%20%E4%B8%80%20%E6%9C%9F/%E8%AE%BA%E6%96%87%20%231.md', uriBaseId: '%SRCROOT%' },
    ]);
    // From the CLI's own checkout, the same file is outside the repository: an absolute file:// URI.
    const outside = sarif([join(repo, '第 一 期', '论文 #1.md')]);
    expect(outside.errors).toEqual([]);
    expect(uris(outside.log)[0]).toEqual([
      { uri: `file://${encodeURI(repo)}/%E7%AC%AC%20%E4%B8%80%20%E6%9C%9F/%E8%AE%BA%E6%96%87%20%231.md` },
    ]);
  });

  it('fingerprints stay when the lines move, and differ when the finding does', () => {
    const text = readFileSync(join(ROOT, MS), 'utf8');
    // The same file name in three folders (no repository above them: each folder is its own base).
    const result = (content: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'citeaudit-sarif-'));
      writeFileSync(join(dir, 'paper.md'), content);
      const { log, errors } = sarif(['paper.md'], dir);
      expect(errors).toEqual([]);
      expect(uris(log)[0]).toEqual([{ uri: 'paper.md', uriBaseId: '%SRCROOT%' }]);
      return log.runs[0]!.results;
    };
    const a = result(text);
    const b = result(`# 前言\n\n新加的一段。\n\n${text}`);
    const c = result(text.replace(/Dyer-Witheyford/g, 'Dyer-Withyford'));
    const line = (r: Result) => (r.locations[0]!.physicalLocation.region as { startLine: number }).startLine;
    expect(b.map(line)).toEqual(a.map((r) => line(r) + 4));
    expect(b.map((r) => r.partialFingerprints)).toEqual(a.map((r) => r.partialFingerprints));
    // Only the findings about the note that changed get new fingerprints: the name's, and the
    // repeated citation whose first note it is.
    const print = (r: Result) => r.partialFingerprints['citeauditFinding/v1'];
    const changed = c.filter((r, k) => print(r) !== print(a[k]!)).map((r) => r.ruleId);
    expect(c).toHaveLength(a.length);
    expect(changed).toEqual(['duplicate-citation', 'inconsistent-name']);
  });

  it('findings across articles: one result located in each article, valid too', () => {
    const text = readFileSync(join(ROOT, MS), 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'citeaudit-sarif-'));
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '甲 文.md'), text);
    writeFileSync(join(dir, '乙 文.md'), text.replace(/周大昕译/g, '王大明译'));
    const { log, errors } = sarif(['.'], dir);
    expect(errors).toEqual([]);
    const across = log.runs[0]!.results.filter((r) => r.locations.length === 2);
    expect(across.map((r) => r.locations.map((l) => l.physicalLocation.artifactLocation))).toEqual([
      [
        // In sorted order: 乙 (U+4E59) before 甲 (U+7532).
        { uri: '%E4%B9%99%20%E6%96%87.md', uriBaseId: '%SRCROOT%' },
        { uri: '%E7%94%B2%20%E6%96%87.md', uriBaseId: '%SRCROOT%' },
      ],
    ]);
  });
});
