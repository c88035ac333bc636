import { lstat, open, readdir, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { placeNew } from '../util/place-new.js';

/**
 * Test hook: with `CITEAUDIT_TEST_PAUSE_BEFORE_RENAME=MS`, a write made with `pausable` (the input file of
 * `--fix`, not its `.bak`) stops for MS milliseconds after the temporary file is complete and before it is
 * renamed over the target, and says so on stderr. The kill test uses it to SIGKILL the process at the
 * worst moment. It changes nothing else.
 */
const PAUSE_ENV = 'CITEAUDIT_TEST_PAUSE_BEFORE_RENAME';

export interface AtomicWriteOptions {
  /** Honour the test hook above. */
  pausable?: boolean;
  /** Permission bits of the new file; by default those of the file it replaces (a new file: 0644 less the umask). */
  mode?: number;
  /** Called when the temporary file is complete, just before it takes its place; throwing abandons the write. */
  beforeRename?: () => Promise<void>;
  /** Only create: fail with EEXIST rather than replace an existing file (the new file is linked into place). */
  exclusive?: boolean;
}

/**
 * Replaces `path` with `data` so that a reader (or a crash) sees either the old file or the new one,
 * never a mix: the bytes go to a temporary file in the same folder (same file system, so the rename is
 * atomic), are flushed to disk, and the temporary file is renamed over the target; the folder is then
 * flushed so the rename itself survives a power cut. A symbolic link stays a link: the file it points to
 * is replaced. The target's permissions (and, where the process may set it, owner) are kept.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const target = await realpath(path).catch(() => path);
  const dir = dirname(target);
  const tmp = join(dir, `.${basename(target)}.citeaudit-${process.pid}-${Date.now()}.tmp`);
  const old = options.exclusive ? null : await stat(target).catch(() => null);
  const mode = options.mode ?? (old ? old.mode & 0o7777 : 0o644);
  const fh = await open(tmp, 'wx', mode);
  try {
    await fh.writeFile(data);
    // `open` applies the umask: set the bits asked for exactly.
    if (options.mode !== undefined || old) await fh.chmod(mode);
    if (old && (old.uid !== process.getuid?.() || old.gid !== process.getgid?.()))
      await fh.chown(old.uid, old.gid).catch(() => {});
    await fh.sync();
  } catch (err) {
    await fh.close();
    await unlink(tmp).catch(() => {});
    throw err;
  }
  await fh.close();
  const pause = options.pausable ? Number(process.env[PAUSE_ENV] ?? 0) : 0;
  if (pause > 0) {
    process.stderr.write(`citeaudit: test hook: paused before renaming ${tmp} to ${target}\n`);
    await new Promise((r) => setTimeout(r, pause));
  }
  try {
    await options.beforeRename?.();
    if (options.exclusive) placeNew(tmp, target);
    else await rename(tmp, target);
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw err;
  }
  if (options.exclusive) await unlink(tmp).catch(() => {});
  const dh = await open(dir, 'r').catch(() => null);
  // Some file systems cannot flush a folder; the rename is still atomic there.
  if (dh)
    await dh
      .sync()
      .catch(() => {})
      .finally(() => dh.close());
}

/**
 * Keeps `data` as a new backup of `path` and returns its name: `path.bak`, or, when that name is taken
 * (by an earlier backup or anything else), `path.bak.N` with N one more than the highest there, so that
 * the numbers follow the order of the backups. An existing file is never replaced.
 */
export async function writeBackup(path: string, data: Uint8Array, mode: number): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const name = await nextBackupName(path);
    try {
      await writeFileAtomic(name, data, { mode, exclusive: true });
      return name;
    } catch (e) {
      // Another process took the name in between: take the next one.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 10) throw e;
    }
  }
}

async function nextBackupName(path: string): Promise<string> {
  const bak = `${path}.bak`;
  const taken = await lstat(bak).then(
    () => true,
    (e: unknown) => {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw e;
    },
  );
  if (!taken) return bak;
  const prefix = `${basename(bak)}.`;
  const numbers = (await readdir(dirname(bak))).flatMap((f) =>
    f.startsWith(prefix) && /^\d+$/.test(f.slice(prefix.length)) ? [Number(f.slice(prefix.length))] : [],
  );
  return `${bak}.${String(Math.max(0, ...numbers) + 1)}`;
}
