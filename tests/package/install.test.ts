import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';

/**
 * The package as a user gets it: `npm pack`, then the tarball installed in an empty folder with
 * `npm install --offline --omit=optional` from the npm cache (no network in tests), then `citeaudit check`
 * on the reference manuscript. The folder gets a lockfile made of the project's own (the versions the
 * tests run against, minus the development ones): `npm ci` leaves in the cache the tarballs and the
 * abbreviated registry documents that an install from a lockfile reads, not the full ones that
 * resolving the ranges of a bare tarball asks for. When the cache lacks a dependency the test is
 * skipped with a message — never under CI=true, where `npm ci` has just filled the cache.
 */
const INSTALL_TIMEOUT = 240_000;

interface Lock {
  packages: Record<string, { dev?: boolean }>;
}
interface Pkg {
  version: string;
  license: string;
  bin: Record<string, string>;
  engines: Record<string, string>;
  dependencies: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  files: string[];
  keywords: string[];
}
interface Packed {
  filename: string;
  files: Array<{ path: string }>;
}

/** The environment without the `npm_*` variables an enclosing `npm test` sets, which would steer the inner npm. */
function npmEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) || /^npm_config_cache$/i.test(k)),
  );
  return { ...env, LANG: 'en_US.UTF-8', NO_COLOR: '1' };
}

function npm(args: string[], cwd: string, timeout: number) {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', timeout, env: npmEnv() });
  return { code: r.status, out: `${r.stdout}${r.stderr}`, error: r.error };
}

/** An app folder depending on the tarball alone, locked to the project's production dependencies. */
function appFor(work: string, tarball: string, pkg: Pkg): string {
  const app = join(work, 'app');
  mkdirSync(app);
  const spec = `file:../${tarball}`;
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lock;
  const packages: Record<string, unknown> = {
    '': { name: 'app', version: '1.0.0', dependencies: { citeaudit: spec } },
    'node_modules/citeaudit': {
      version: pkg.version,
      resolved: spec,
      license: pkg.license,
      dependencies: pkg.dependencies,
      optionalDependencies: pkg.optionalDependencies,
      bin: pkg.bin,
      engines: pkg.engines,
    },
  };
  for (const [k, v] of Object.entries(lock.packages)) if (k && !v.dev) packages[k] = v;
  const manifest = { name: 'app', version: '1.0.0', private: true, dependencies: { citeaudit: spec } };
  writeFileSync(join(app, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const lockfile = { name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages };
  writeFileSync(join(app, 'package-lock.json'), `${JSON.stringify(lockfile, null, 2)}\n`);
  return app;
}

describe('the package', () => {
  it('packs with its licence and notice, installs from the npm cache, and checks the reference manuscript', (ctx) => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Pkg;
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    expect(pkg.keywords).toEqual(expect.arrayContaining(['citations', 'footnotes', 'chinese', 'bibtex']));
    const work = mkdtempSync(join(tmpdir(), 'citeaudit-pack-'));
    // `npm test` has just built dist/; the prepare script would only build it again.
    const pack = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT, 120_000);
    expect(pack.code, pack.out).toBe(0);
    const packed = (JSON.parse(pack.out.slice(pack.out.indexOf('['))) as Packed[])[0]!;
    const files = packed.files.map((f) => f.path);
    for (const f of ['LICENSE', 'NOTICE', 'README.md', 'package.json', 'bin/citeaudit.js', 'dist/cli/main.js'])
      expect(files).toContain(f);
    expect(files).toContain('dist/cli/worker.js');
    expect(files).toContain('schema/citeaudit.schema.json');
    expect(files).toContain('data/styles/cass-note.csl');
    expect(files).toContain('data/locales/locales-zh-CN.xml');
    expect(files.filter((f) => /^(src|tests|fixtures|bench|scripts)\//.test(f))).toEqual([]);
    // Every bundled data file under a licence other than the code's is named in the notice.
    const notice = readFileSync(join(ROOT, 'NOTICE'), 'utf8');
    for (const f of files.filter((x) => /^data\/.+\.(csl|xml)$/.test(x))) expect(notice).toContain(f);

    const app = appFor(work, packed.filename, pkg);
    const install = npm(['install', '--offline', '--omit=optional', '--no-audit', '--no-fund'], app, INSTALL_TIMEOUT);
    if (install.code !== 0 && /ENOTCACHED/.test(install.out) && process.env.CI !== 'true') {
      console.log(`package install test skipped: the npm cache lacks a dependency (run npm ci first)\n${install.out}`);
      ctx.skip();
      return;
    }
    expect(install.error, 'npm install timed out').toBeUndefined();
    expect(install.code, install.out).toBe(0);

    const bin = join(app, 'node_modules', '.bin', 'citeaudit');
    const MS = join(ROOT, 'fixtures', 'llm-labor-value.md');
    const installed = spawnSync(bin, ['check', MS, '--lang', 'en', '--no-color'], {
      cwd: app,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...npmEnv() },
    });
    expect(installed.stderr).toBe('');
    expect(installed.status).toBe(0);
    expect(installed.stdout).toMatch(/66 notes, 4 entries, 70 citations/);
    // The installed package reports exactly what the working copy reports.
    expect(installed.stdout).toBe(cli(['check', MS, '--lang', 'en', '--no-color']).stdout);
    const version = spawnSync(bin, ['--version'], { cwd: app, encoding: 'utf8', env: npmEnv() });
    expect(version.stdout.trim()).toBe(pkg.version);
    // `init` names the installed package's schema by a path that resolves from the project's folder.
    const init = spawnSync(bin, ['init'], { cwd: app, encoding: 'utf8', env: npmEnv() });
    expect(init.status, init.stderr).toBe(0);
    const ref = './node_modules/citeaudit/schema/citeaudit.schema.json';
    expect(readFileSync(join(app, 'citeaudit.config.json'), 'utf8')).toContain(`"$schema": "${ref}",`);
    expect(readFileSync(join(app, ref), 'utf8')).toBe(readFileSync(join(ROOT, 'schema/citeaudit.schema.json'), 'utf8'));
  }, 400_000);
});
