// `npm start`: build when out/ is missing or older than the sources, then serve it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const SOURCES = ['app', 'components', 'lib', 'messages', 'next.config.js', 'headers.json', 'package.json', 'scripts/postbuild.mjs', 'scripts/strip-static.mjs', 'scripts/csp.mjs'];
const STAMP = join(ROOT, 'out', 'csp.json'); // written last by the build

function newest(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let max = stats.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

const stale =
  !existsSync(STAMP) ||
  SOURCES.some((s) => existsSync(join(ROOT, s)) && newest(join(ROOT, s)) > statSync(STAMP).mtimeMs);

if (stale) {
  console.log('out/ is missing or older than the sources: building…');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

await import('./serve.mjs');
