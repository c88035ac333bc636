import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the catalog lives unless `--catalog FILE` or the configuration's `catalog` says otherwise: the
 * user's data directory, as other tools put their data (XDG on Linux and macOS, APPDATA on Windows).
 */
export function defaultCatalogPath(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = homedir(),
): string {
  if (platform === 'win32') {
    const base = env.APPDATA || join(home, 'AppData', 'Roaming');
    return join(base, 'citeaudit', 'catalog.sqlite');
  }
  const base =
    env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/') ? env.XDG_DATA_HOME : join(home, '.local', 'share');
  return join(base, 'citeaudit', 'catalog.sqlite');
}
