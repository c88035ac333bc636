import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, parseReport, parseSarif, ROOT } from '../helpers/cli.js';

const REFERENCE = readFileSync(join(ROOT, 'fixtures/llm-labor-value.md'), 'utf8');
const ONE = '正文<sup>①</sup>。\n\n① 孙伟平：《智能系统的劳动及其社会后果》，《哲学研究》2021年第8期。\n';
const ORPHAN =
  '正文<sup>①</sup>与<sup>②</sup>。\n\n① 孙伟平：《智能系统的劳动及其社会后果》，《哲学研究》2021年第8期。\n';

/** A folder tree: path → content. */
function tree(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'citeaudit-many-'));
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), content);
  }
  return dir;
}

const paths = (stdout: string) => parseReport(stdout).files.map((f) => f.path);

describe('check: many inputs', () => {
  it('a folder with one unreadable file: the others are reported, the failure is named, the exit code is that of the others', () => {
    const dir = tree({ 'a.md': ONE, 'b.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), 'c.md': ONE });
    const r = cli(['check', dir, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([`citeaudit: ${join(dir, 'b.md')}: not a text file (binary content)`]);
    const j = parseReport(r.stdout);
    expect(j.files.map((f) => f.path)).toEqual([join(dir, 'a.md'), join(dir, 'c.md')]);
    expect(j.unreadable).toEqual([{ path: join(dir, 'b.md'), message: 'not a text file (binary content)' }]);
    expect(j.summary.files).toBe(2);

    // An error in a file that was read still gives exit 1; the terminal report names the unreadable file too.
    writeFileSync(join(dir, 'c.md'), ORPHAN);
    const s = cli(['check', dir, '--lang', 'en']);
    expect(s.code).toBe(1);
    expect(s.stdout).toContain(`1 file could not be read:\n  ${join(dir, 'b.md')}: not a text file (binary content)`);
    expect(s.stdout).toMatch(/Marker ② \(page 1\) has no matching note/);
  });

  it('exit 2 only when nothing could be read; a missing argument beside a good one is reported and skipped', () => {
    const dir = tree({ 'bad1.md': '', 'bad2.pdf': '%PDF' });
    const none = cli(['check', join(dir, 'bad1.md'), join(dir, 'bad2.pdf'), '--format', 'json']);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr.trim().split('\n')).toHaveLength(2);
    // With -o, no report and nothing half-written is left behind.
    const report = join(dir, 'report.json');
    expect(cli(['check', join(dir, 'bad1.md'), '--format', 'json', '--jobs', '2', '-o', report]).code).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['bad1.md', 'bad2.pdf']);
    expect(cli(['check', join(dir, 'bad1.md'), '--jobs', '0']).stderr).toMatch(/expected a positive integer, got '0'/);
    const good = tree({ 'ok.md': ONE });
    const some = cli(['check', join(dir, 'missing.md'), join(good, 'ok.md'), '--format', 'json']);
    expect(some.code).toBe(0);
    expect(some.stderr.trim()).toBe(`citeaudit: ${join(dir, 'missing.md')}: no such file or directory`);
    expect(paths(some.stdout)).toEqual([join(good, 'ok.md')]);
  });

  it('globs: ** reaches into folders, * does not, only manuscripts are taken, a glob matching nothing is reported', () => {
    const dir = tree({
      'top.md': ONE,
      'vol1/a.md': ONE,
      'vol1/deep/b.md': ONE,
      'vol2/c.txt': ONE,
      'vol2/image.png': 'x',
      'vol2/d.md': ONE,
    });
    const rel = (p: string) => relative(dir, p);
    expect(paths(cli(['check', join(dir, '**/*.md'), '--format', 'json']).stdout).map(rel)).toEqual([
      'top.md',
      'vol1/a.md',
      'vol1/deep/b.md',
      'vol2/d.md',
    ]);
    expect(paths(cli(['check', join(dir, '*.md'), '--format', 'json']).stdout).map(rel)).toEqual(['top.md']);
    expect(paths(cli(['check', join(dir, 'vol2/*'), '--format', 'json']).stdout).map(rel)).toEqual([
      'vol2/c.txt',
      'vol2/d.md',
    ]);
    expect(paths(cli(['check', join(dir, 'vol{1,2}/*.md'), '--format', 'json']).stdout).map(rel)).toEqual([
      'vol1/a.md',
      'vol2/d.md',
    ]);
    // A file named like a pattern is the file.
    writeFileSync(join(dir, '[draft].md'), ONE);
    expect(paths(cli(['check', join(dir, '[draft].md'), '--format', 'json']).stdout).map(rel)).toEqual(['[draft].md']);
    const none = cli(['check', join(dir, '**/*.tex')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(`citeaudit: ${join(dir, '**/*.tex')}: no manuscripts match this pattern`);
  });

  it('--ignore takes .gitignore patterns, adds to the configuration and applies to folders and globs', () => {
    const dir = tree({
      'issue/a.md': ONE,
      'issue/drafts/x.md': ONE,
      'issue/b.old.md': ONE,
      'issue/keep.old.md': ONE,
      'issue/sub/drafts/y.md': ONE,
      'issue/sub/z.md': ONE,
    });
    const run = (args: string[]) =>
      paths(cli(['check', ...args, '--format', 'json']).stdout).map((p) => relative(dir, p));
    expect(
      run([join(dir, 'issue'), '--ignore', 'drafts/', '--ignore', '*.old.md', '--ignore', '!keep.old.md']),
    ).toEqual(['issue/a.md', 'issue/keep.old.md', 'issue/sub/z.md']);
    // Anchored to the folder checked: only its own drafts/.
    expect(run([join(dir, 'issue'), '--ignore', '/drafts/'])).toEqual([
      'issue/a.md',
      'issue/b.old.md',
      'issue/keep.old.md',
      'issue/sub/drafts/y.md',
      'issue/sub/z.md',
    ]);
    expect(run([join(dir, 'issue/**/*.md'), '--ignore', 'sub'])).toEqual([
      'issue/a.md',
      'issue/b.old.md',
      'issue/drafts/x.md',
      'issue/keep.old.md',
    ]);
  });

  it('--jobs 1 and --jobs 2 write the same JSON, which is the whole document JSON.stringify would write', () => {
    const dir = tree({
      'a.md': REFERENCE,
      'b.md': REFERENCE.replace(/Dyer-Witheford/g, 'Dyer-Witheyford'),
      'c.md': ORPHAN,
      'd.md': REFERENCE.replace(/2019年/g, '2018年'),
      'e.md': ONE,
    });
    const one = cli(['check', dir, '--format', 'json', '--jobs', '1']);
    const two = cli(['check', dir, '--format', 'json', '--jobs', '2']);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout).toBe(JSON.stringify(JSON.parse(one.stdout), null, 2) + '\n');
    const j = parseReport(one.stdout);
    expect(Object.keys(j)).toEqual(['version', 'files', 'summary', 'issue']);
    expect(j.issue!.articles.map((a) => a.notes)).toEqual([66, 66, 1, 66, 1]);
    expect(j.issue!.diagnostics.length).toBeGreaterThan(0);
    // Each file's part is what checking that file alone gives.
    const alone = parseReport(cli(['check', join(dir, 'b.md'), '--format', 'json']).stdout);
    expect(alone.files[0]).toEqual(j.files[1]);
    expect(Object.keys(alone)).toEqual(['version', 'files', 'summary']);
    // The other formats come out the same too.
    expect(cli(['check', dir, '--format', 'markdown', '--jobs', '2']).stdout).toBe(
      cli(['check', dir, '--format', 'markdown', '--jobs', '1']).stdout,
    );
  });

  it('the terminal report of several files has the issue table and the findings across articles; nothing of the progress on a pipe', () => {
    const dir = tree({ 'a.md': REFERENCE, 'b.md': REFERENCE.replace(/周大昕译/g, '王大明译') });
    const r = cli(['check', dir, '--lang', 'en']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/Issue: 2 articles, 132 notes, 140 citations, 78 works/);
    expect(r.stdout).toMatch(
      new RegExp(`${join(dir, 'a.md').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+66\\s+70\\s+39\\s+0\\s+10`),
    );
    expect(r.stdout).toContain('《马克思与〈资本论〉》: translator differs between articles: “周大昕”');
    expect(r.stdout).toContain('inconsistent-metadata');
    const md = cli(['check', dir, '--lang', 'en', '--format', 'markdown']).stdout;
    expect(md).toContain('## Across articles');
    expect(md).toMatch(/\| \*\*total\*\* \| 132 \| 140 \| 78 \|/);
    // SARIF and JUnit carry the finding too, located in both articles: outside the repository the CLI runs
    // in, as absolute file:// URIs (no base id).
    const sarif = parseSarif(cli(['check', dir, '--lang', 'en', '--format', 'sarif']).stdout);
    const across = sarif.runs[0]!.results.filter((x) => x.properties?.acrossArticles);
    expect(across.map((x) => [x.ruleId, x.locations.map((l) => l.physicalLocation.artifactLocation)])).toEqual([
      [
        'inconsistent-metadata',
        [{ uri: pathToFileURL(join(dir, 'a.md')).href }, { uri: pathToFileURL(join(dir, 'b.md')).href }],
      ],
    ]);
    const junit = cli(['check', dir, '--lang', 'en', '--format', 'junit']).stdout;
    // The run exits 0: the warning across articles fails no test case; it is in the suite's output.
    expect(junit).toMatch(
      /<testsuite name="issue \(across articles\)" package="citeaudit" id="2" timestamp="[^"]+" hostname="[^"]+" tests="2" failures="0" errors="0" skipped="0" time="[^"]+">/,
    );
    expect(junit).toContain('<testcase classname="issue" name="inconsistent-metadata" time="0"></testcase>');
    expect(junit).toMatch(
      /<system-out>warning inconsistent-metadata 《马克思与〈资本论〉》: translator differs between articles: “周大昕”/,
    );
    // So does the HTML page, in a section of its own, and it names an input it could not read.
    writeFileSync(join(dir, 'c.md'), new Uint8Array([0, 1, 2, 0, 255]));
    const html = cli(['check', dir, '--lang', 'en', '--format', 'html']).stdout;
    const section = /<section id="across-articles">(.*?)<\/section>/s.exec(html)?.[1] ?? '';
    expect(section.match(/class="issue-finding"/g)).toHaveLength(1);
    // Chinese in the English page is marked as Chinese; the forms name their places in English.
    expect(section).toContain('<span lang="zh">《马克思与〈资本论〉》</span>: translator differs between articles');
    expect(section).toContain(
      `<div class="forms">“<span lang="zh">周大昕</span>” ${join(dir, 'a.md')} note ④ on p. 2</div>`,
    );
    expect(/<section id="unreadable">(.*?)<\/section>/s.exec(html)?.[1]).toContain(
      `<code>${join(dir, 'c.md')}</code>: not a text file (binary content)`,
    );
  });
});

describe('check: the same report whatever --jobs', () => {
  // Manuscripts of every reader (Markdown, DOCX, ODT, LaTeX, JATS, Big5), one without notes, one with an
  // \input that is missing, and one file that cannot be read: more files than threads, so that the main
  // thread and the workers each check several.
  const FIXTURES = [
    'fixtures/llm-labor-value.md',
    'fixtures/docx/llm-labor-value.docx',
    'fixtures/latex/paper.tex',
    'fixtures/jats/article.xml',
    'fixtures/odt/llm-labor-value.odt',
    'fixtures/encodings/traditional.big5.md',
    'fixtures/markdown/indented-notes.en.md',
    'fixtures/latex/broken.tex',
    'fixtures/norms/apa-en.md',
  ];
  const unreadable = join(
    tree({ 'binary.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]) }),
    'binary.md',
  );
  const inputs = [...FIXTURES.slice(0, 4), unreadable, ...FIXTURES.slice(4)];
  const check = (format: string, jobs: number, ...more: string[]) =>
    cli(['check', ...inputs, '--format', format, '--lang', 'en', '--jobs', String(jobs), ...more]);
  // A JUnit report gives the run's start, its host and durations: those are masked.
  const masked = (report: string) => report.replace(/ (timestamp|hostname|time)="[^"]*"/g, ' $1="…"');

  it('JSON with 1, 2 and 3 threads: byte-identical reports, messages on stderr in the same order', () => {
    const one = check('json', 1);
    const j = parseReport(one.stdout);
    expect(j.files.map((f) => f.path)).toEqual(FIXTURES);
    expect(j.unreadable).toEqual([{ path: unreadable, message: 'not a text file (binary content)' }]);
    expect(j.issue!.articles).toHaveLength(FIXTURES.length);
    expect(one.stderr.trim().split('\n')).toHaveLength(3);
    for (const jobs of [2, 3]) {
      const other = check('json', jobs);
      expect(other.stdout).toBe(one.stdout);
      expect(other.stderr).toBe(one.stderr);
      expect(other.code).toBe(one.code);
    }
    // --quiet counts what it leaves out in every thread.
    expect(check('json', 2, '--quiet').stdout).toBe(check('json', 1, '--quiet').stdout);
  }, 120_000);

  it('a library that cannot be read, with worker threads already started: one message, exit 2, no report', () => {
    const bib = join(tree({ 'refs.bib': '@book{marx1867, title = {Das Kapital}\n' }), 'refs.bib');
    const out = join(tree({}), 'report.json');
    const r = check('json', 3, '--bib', bib, '-o', out);
    // (A worker left running would keep the process alive past the helper's timeout: status null.)
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      `citeaudit: ${bib}: cannot read the bibliography: expected ',' or '}' after a field, found the end of the file at line 2, column 1`,
    ]);
    expect(readdirSync(join(out, '..'))).toEqual([]);
  }, 60_000);

  it.each(['sarif', 'junit', 'stylish', 'markdown', 'html'])(
    '%s with 1 and 2 threads: the same report',
    (format) => {
      const one = check(format, 1);
      const two = check(format, 2);
      expect(one.stdout.length).toBeGreaterThan(10_000);
      expect(masked(two.stdout)).toBe(masked(one.stdout));
      expect(two.code).toBe(one.code);
    },
    60_000,
  );
});

describe('check: progress on a terminal', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0;
  // `script` gives the command a terminal; the spinner draws on it, and never with JSON.
  const onTerminal = (args: string) => {
    // Not in CI as far as the command knows (ora stays silent whenever CI is set at all).
    const { CI: _ci, ...env } = process.env;
    return spawnSync('script', ['-qec', `stty cols 100; ${process.execPath} bin/citeaudit.js ${args}`, '/dev/null'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60000,
      env: { ...env, LANG: 'en_US.UTF-8', NO_COLOR: '1' },
    }).stdout;
  };

  it.skipIf(!hasScript)(
    'a spinner with files done, notes found and the file just checked; none with --format json',
    () => {
      const dir = tree({ 'a.md': REFERENCE, 'b.md': ONE });
      const out = join(dir, 'report');
      const shown = onTerminal(`check ${dir} --lang en --jobs 2 -o ${out}.txt`);
      expect(shown).toContain(`2/2 files, 67 notes — ${join(dir, 'b.md')}`);
      expect(readFileSync(`${out}.txt`, 'utf8')).toContain('Issue: 2 articles');
      const json = onTerminal(`check ${dir} --lang en --jobs 2 --format json -o ${out}.json`);
      expect(json).not.toMatch(/files, \d+ notes/);
      expect(parseReport(readFileSync(`${out}.json`, 'utf8')).summary.notes).toBe(67);
    },
  );
});

describe('check: -o to something that is not a regular file', () => {
  const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;
  it.skipIf(!hasMkfifo)(
    'writes into a FIFO in place instead of renaming a file over it (as it must for -o /dev/null)',
    async () => {
      const dir = tree({ 'a.md': ONE, 'b.md': ONE });
      const fifo = join(dir, 'pipe');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      const reader = spawn('cat', [fifo]);
      let read = '';
      reader.stdout.on('data', (b: Buffer) => {
        read += b.toString();
      });
      const done = new Promise<void>((r) =>
        reader.on('close', () => {
          r();
        }),
      );
      const r = cli(['check', dir, '--format', 'json', '--jobs', '2', '-o', fifo]);
      const timer = setTimeout(() => reader.kill(), 10000);
      await done;
      clearTimeout(timer);
      expect(r.code).toBe(0);
      expect(statSync(fifo).isFIFO()).toBe(true);
      expect(parseReport(read).summary.files).toBe(2);
      expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.md', 'pipe']);
    },
  );
});
