import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The base id of the URIs relative to the repository, as GitHub code scanning and other SARIF viewers expect it. */
export const SRCROOT = '%SRCROOT%';

/**
 * The repository root of a run: the git top-level of `cwd` (the nearest folder with a `.git` folder or file,
 * as a worktree has), else `cwd` itself.
 */
export function repositoryRoot(cwd: string = process.cwd()): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

/** Each segment of a `/`-separated path percent-encoded (Chinese characters, spaces, `#`, `%`, brackets…). */
const encodePath = (segments: string[]) => segments.map((s) => encodeURIComponent(s)).join('/');

/** A folder or file as an absolute `file://` URI (`file:///C:/…` on Windows); a folder's ends with `/`. */
export function fileUri(absolute: string, folder = false): string {
  const segments = absolute.split(/[\\/]/).filter(Boolean);
  const drive = /^[A-Za-z]:$/.test(segments[0] ?? '') ? `${segments.shift()!}/` : '';
  return `file:///${drive}${encodePath(segments)}${folder && segments.length ? '/' : ''}`;
}

/**
 * A SARIF artifact location for a path as the user gave it: relative to the repository root (with `uriBaseId`)
 * when the file is inside it, else an absolute `file://` URI; percent-encoded either way.
 */
export function artifactLocation(path: string, root: string): { uri: string; uriBaseId?: string } {
  const absolute = resolve(path);
  const rel = relative(root, absolute);
  if (rel && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
    return { uri: encodePath(rel.split(sep)), uriBaseId: SRCROOT };
  return { uri: fileUri(absolute) };
}
