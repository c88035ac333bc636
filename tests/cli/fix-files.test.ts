import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';

/** `--fix` keeps the user's files as they were: links, permissions, concurrent edits and every backup. */
const BIN = fileURLToPath(new URL('../../bin/citeaudit.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'citeaudit-fix-files-'));
const TEXT = [
  '正文一<sup>①</sup>，正文二<sup>②</sup>。',
  '',
  '① [美] 大卫·哈维：《马克思与《资本论》》，周大昕译，北京：中信出版社，2018年，第188页。',
  '',
  '② 孙伟平：《智能系统的劳动》,北京：人民出版社，2021年，第5页。',
  '',
].join('\n');
const FIXED = TEXT.replace('《马克思与《资本论》》', '《马克思与〈资本论〉》').replace('劳动》,北京', '劳动》，北京');

/** A fresh folder holding `a.md` with `text`. */
function fresh(name: string, text = TEXT): { sub: string; p: string } {
  const sub = join(dir, name);
  mkdirSync(sub);
  const p = join(sub, 'a.md');
  writeFileSync(p, text);
  return { sub, p };
}

describe('--fix keeps the files as they were', () => {
  it('fixes the file a symbolic link points to, and the link stays a link', () => {
    const { sub, p } = fresh('link');
    const link = join(sub, 'link.md');
    symlinkSync('a.md', link);
    const r = cli(['check', link, '--fix']);
    expect(r.stderr).toContain(`2 fix(es) applied (original kept as ${link}.bak)`);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('a.md');
    expect(readFileSync(p, 'utf8')).toBe(FIXED);
    expect(readFileSync(`${link}.bak`, 'utf8')).toBe(TEXT);
    expect(readdirSync(sub).sort()).toEqual(['a.md', 'link.md', 'link.md.bak']);
  });

  it('refuses a file whose mode bits deny the owner writing (root included), changing nothing', () => {
    const { sub, p } = fresh('readonly');
    chmodSync(p, 0o444);
    const r = cli(['check', p, '--fix']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`citeaudit: ${p}: is read-only (mode 0444); nothing changed`);
    expect(readFileSync(p, 'utf8')).toBe(TEXT);
    expect(statSync(p).mode & 0o7777).toBe(0o444);
    expect(readdirSync(sub)).toEqual(['a.md']);
  });
});

describe('--fix keeps what the user wrote', () => {
  it('refuses a file changed on disk since it was read: the edit is kept and no backup is left', async () => {
    const { sub, p } = fresh('changed');
    const child = spawn(process.execPath, [BIN, 'check', p, '--fix'], {
      cwd: ROOT,
      env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1', CITEAUDIT_TEST_PAUSE_BEFORE_RENAME: '1500' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let edited = false;
    const edit = `${TEXT}\n另一段正文。\n`;
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
      // The user saves the manuscript while citeaudit holds the fixed text, before the rename.
      if (!edited && stderr.includes('paused before renaming')) {
        edited = true;
        writeFileSync(p, edit);
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(edited, stderr).toBe(true);
    expect(code).toBe(2);
    expect(stderr).toContain(`citeaudit: ${p}: changed on disk since it was read; nothing changed`);
    expect(readFileSync(p, 'utf8')).toBe(edit);
    expect(readdirSync(sub)).toEqual(['a.md']);
  }, 30000);

  it('refuses a pipe named like a manuscript: it cannot be read again nor replaced by a file', () => {
    const { sub } = fresh('fifo');
    const p = join(sub, 'pipe.md');
    execFileSync('mkfifo', [p]);
    // A writer in the background hands the text over once, as a pipe does.
    spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', join(sub, 'a.md'), p], { stdio: 'ignore', detached: true }).unref();
    const r = cli(['check', p, '--fix']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`citeaudit: ${p}: is not a regular file; nothing changed`);
    expect(lstatSync(p).isFIFO()).toBe(true);
    expect(readdirSync(sub).sort()).toEqual(['a.md', 'pipe.md']);
  });

  it('keeps every earlier backup: a.md.bak, then a.md.bak.1, a.md.bak.2', () => {
    const { sub, p } = fresh('again');
    const texts = [TEXT, TEXT.replace('第188页', '第189页'), TEXT.replace('第5页', '第6页')];
    for (const [i, t] of texts.entries()) {
      writeFileSync(p, t);
      const r = cli(['check', p, '--fix']);
      const bak = i === 0 ? `${p}.bak` : `${p}.bak.${String(i)}`;
      expect(r.stderr).toContain(`2 fix(es) applied (original kept as ${bak})`);
    }
    expect(readdirSync(sub).sort()).toEqual(['a.md', 'a.md.bak', 'a.md.bak.1', 'a.md.bak.2']);
    expect(readFileSync(`${p}.bak`, 'utf8')).toBe(texts[0]);
    expect(readFileSync(`${p}.bak.1`, 'utf8')).toBe(texts[1]);
    expect(readFileSync(`${p}.bak.2`, 'utf8')).toBe(texts[2]);
  });

  it("gives the backup the original's mode, and the fixed file keeps it", () => {
    const { p } = fresh('mode');
    chmodSync(p, 0o600);
    const r = cli(['check', p, '--fix']);
    expect(r.stderr).toContain('2 fix(es) applied');
    expect(statSync(`${p}.bak`).mode & 0o7777).toBe(0o600);
    expect(statSync(p).mode & 0o7777).toBe(0o600);
    expect(readFileSync(p, 'utf8')).toBe(FIXED);
  });
});
