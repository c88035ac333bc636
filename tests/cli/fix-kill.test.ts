import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';

/**
 * `--fix` killed while it writes: the input must be the original or the fully fixed text, never a
 * mixture or a truncated file. CITEAUDIT_TEST_PAUSE_BEFORE_RENAME (see src/cli/atomic-write.ts) holds the
 * writer between the complete temporary file and the rename, the moment a non-atomic write would be
 * half done.
 */
const BIN = fileURLToPath(new URL('../../bin/citeaudit.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'citeaudit-kill-'));
// A large manuscript: the reference manuscript 30 times (about 1.7 MB, 1,980 notes, 30 adjacent repeats to fix).
const original = Array.from({ length: 30 }, () => readFileSync(join(ROOT, 'fixtures/llm-labor-value.md'), 'utf8')).join(
  '\n',
);
let fixed = '';
let fullRunMs = 0;
let n = 0;

function copy(): string {
  const p = join(dir, `big-${++n}.md`);
  writeFileSync(p, original);
  return p;
}

function start(p: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [BIN, 'check', p, '--fix', '--format', 'json'], {
    cwd: ROOT,
    env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => {
    stderr += s;
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on('exit', (code, signal) => {
      resolve(signal ?? code);
    }),
  );
  return { child, exited, stderr: () => stderr };
}

describe('--fix killed during the write', () => {
  beforeAll(() => {
    const p = copy();
    const t0 = Date.now();
    const r = cli(['check', p, '--fix', '--format', 'json']);
    fullRunMs = Date.now() - t0;
    expect(r.stderr).toMatch(/\d+ fix\(es\) applied/);
    fixed = readFileSync(p, 'utf8');
    expect(fixed).not.toBe(original);
    expect(Buffer.byteLength(fixed)).toBeGreaterThan(1_500_000);
  }, 60000);

  it('SIGKILL between the complete temporary file and the rename leaves the original untouched', async () => {
    const p = copy();
    const run = start(p, { CITEAUDIT_TEST_PAUSE_BEFORE_RENAME: '60000' });
    const tmp = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const m = /paused before renaming (.+?) to /.exec(run.stderr());
        if (m) {
          clearInterval(timer);
          resolve(m[1]!);
        }
      }, 20);
      // `exited` only resolves; the pause, when it comes first, settles this promise before.
      void run.exited.then(() => {
        clearInterval(timer);
        reject(new Error(`exited before the pause: ${run.stderr()}`));
      });
    });
    run.child.kill('SIGKILL');
    expect(await run.exited).toBe('SIGKILL');
    expect(readFileSync(p, 'utf8')).toBe(original);
    // The new text was complete in the temporary file: only the rename was missing.
    expect(readFileSync(tmp, 'utf8')).toBe(fixed);
    expect(readFileSync(`${p}.bak`, 'utf8')).toBe(original);
  }, 60000);

  it('SIGKILL at any moment leaves the original or the fully fixed text', async () => {
    const seen = { original: 0, fixed: 0 };
    // Kill points spread over a whole run, from start-up to the check after writing.
    for (const f of [0.3, 0.5, 0.65, 0.75, 0.85, 0.95, 1.1]) {
      const p = copy();
      const run = start(p);
      await new Promise((r) => setTimeout(r, Math.round(fullRunMs * f)));
      run.child.kill('SIGKILL');
      await run.exited;
      const now = readFileSync(p, 'utf8');
      expect(
        now === original || now === fixed,
        `killed at ${f} of a run: the file is neither the original nor the fixed text`,
      ).toBe(true);
      seen[now === original ? 'original' : 'fixed']++;
      if (existsSync(`${p}.bak`)) expect([original, fixed]).toContain(readFileSync(`${p}.bak`, 'utf8'));
    }
    expect(seen.original + seen.fixed).toBe(7);
    // Leftovers of killed runs are hidden temporary files only, never a partial input.
    for (const f of readdirSync(dir))
      expect(f).toMatch(/^big-\d+\.md(\.bak)?$|^\.big-\d+\.md(\.bak)?\.citeaudit-\d+-\d+\.tmp$/);
  }, 120000);
});
