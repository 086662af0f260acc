// `npm start`: build when out/ is missing or older than the sources, then serve it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { main } from './serve.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const SOURCES = ['app', 'components', 'lib', 'messages', 'next.config.js', 'headers.json', 'package.json', 'scripts/build-islands.ts', 'scripts/postbuild.mjs', 'scripts/strip-static.mjs', 'scripts/csp.mjs', 'scripts/deploy-configs.mjs'];
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

// Say at once that the port is taken, not after a build of a minute or two.
const port = Number(process.env.PORT ?? 3000);
const free = await new Promise((done) => {
  const probe = createServer().once('error', () => done(false));
  probe.listen(port, process.env.HOST ?? '127.0.0.1', () => probe.close(() => done(true)));
});
if (!free) {
  console.error(`Port ${port} is already in use: stop the program using it or choose another port, e.g. PORT=8080 npm start`);
  process.exit(1);
}

if (stale) {
  console.log('out/ is missing or older than the sources: building…');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

main();
