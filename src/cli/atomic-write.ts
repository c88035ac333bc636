import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Test hook: with `CITEAUDIT_TEST_PAUSE_BEFORE_RENAME=MS`, a write made with `pausable` (the input file of
 * `--fix`, not its `.bak`) stops for MS milliseconds after the temporary file is complete and before it is
 * renamed over the target, and says so on stderr. The kill test uses it to SIGKILL the process at the
 * worst moment. It changes nothing else.
 */
const PAUSE_ENV = 'CITEAUDIT_TEST_PAUSE_BEFORE_RENAME';

/**
 * Replaces `path` with `data` so that a reader (or a crash) sees either the old file or the new one,
 * never a mix: the bytes go to a temporary file in the same folder (same file system, so the rename is
 * atomic), are flushed to disk, and the temporary file is renamed over the target; the folder is then
 * flushed so the rename itself survives a power cut. The target's permissions are kept.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: { pausable?: boolean } = {},
): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.citeaudit-${process.pid}-${Date.now()}.tmp`);
  const mode = await stat(path).then(
    (s) => s.mode & 0o7777,
    () => 0o644,
  );
  const fh = await open(tmp, 'wx', mode);
  try {
    await fh.writeFile(data);
    await fh.sync();
  } catch (err) {
    await fh.close();
    await unlink(tmp).catch(() => {});
    throw err;
  }
  await fh.close();
  const pause = options.pausable ? Number(process.env[PAUSE_ENV] ?? 0) : 0;
  if (pause > 0) {
    process.stderr.write(`citeaudit: test hook: paused before renaming ${tmp} to ${path}\n`);
    await new Promise((r) => setTimeout(r, pause));
  }
  try {
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw err;
  }
  const dh = await open(dir, 'r').catch(() => null);
  // Some file systems cannot flush a folder; the rename is still atomic there.
  if (dh)
    await dh
      .sync()
      .catch(() => {})
      .finally(() => dh.close());
}
