import { linkSync, lstatSync, renameSync } from 'node:fs';

/** The codes of a file system that cannot make hard links. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/**
 * Puts the finished file `tmp` in place at `target` only if nothing is there: link(2) fails with EEXIST
 * rather than replace. A file system without hard links gets a rename after checking that the name is
 * free. `tmp` is left for the caller to remove (after a rename it is gone already).
 */
export function placeNew(tmp: string, target: string): void {
  try {
    linkSync(tmp, target);
  } catch (e) {
    if (!NO_HARD_LINKS.has((e as NodeJS.ErrnoException).code ?? '')) throw e;
    if (taken(target)) throw Object.assign(new Error(`EEXIST: file already exists, ${target}`), { code: 'EEXIST' });
    renameSync(tmp, target);
  }
}

function taken(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
