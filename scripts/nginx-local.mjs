// Runs Debian's nginx on a local port with the generated
// deploy/nginx/exposure-check.conf, the way an operator's server block would
// include it: no root needed, no system service, every file (config, pid,
// logs, temp folders) in a temporary folder. Used by the nginx end-to-end run
// (`node scripts/nginx-local.mjs` stays in the foreground until stopped) and
// by the benchmark (startNginx).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NGINX_CONF } from './deploy-configs.mjs';

const OUT = fileURLToPath(new URL('../out/', import.meta.url));
const MIME_TYPES = '/etc/nginx/mime.types';

export function nginxBinary() {
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'])
    if (existsSync(candidate)) return candidate;
  return null;
}

function configText(prefix, port, root) {
  return `# Test harness only: the site's own settings are all in the included file.
daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
    include ${MIME_TYPES};
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path ${prefix}/body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        root ${root};
        include ${NGINX_CONF};
    }
}
`;
}

/** Starts nginx on 127.0.0.1:port serving root; resolves when it answers. */
export async function startNginx({ port, root = OUT } = {}) {
  const binary = nginxBinary();
  if (!binary) throw new Error('nginx is not installed (apt-get install -y nginx)');
  if (!existsSync(NGINX_CONF))
    throw new Error('deploy/nginx/exposure-check.conf is missing: run `npm run build` first');
  const prefix = mkdtempSync(join(tmpdir(), 'exposure-nginx-'));
  mkdirSync(join(prefix, 'logs'));
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, configText(prefix, port, resolve(root)));
  const test = spawnSync(binary, ['-t', '-q', '-c', conf, '-p', prefix, '-e', join(prefix, 'error.log')], {
    encoding: 'utf8',
  });
  if (test.status !== 0) throw new Error(`nginx rejected the configuration:\n${test.stderr}`);
  const child = spawn(binary, ['-c', conf, '-p', prefix, '-e', join(prefix, 'error.log')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = () =>
    new Promise((done) => {
      const cleanup = () => {
        rmSync(prefix, { recursive: true, force: true });
        done();
      };
      if (exited) return cleanup();
      child.once('exit', cleanup);
      child.kill('SIGQUIT'); // graceful: finish requests in flight, then exit
    });
  for (let i = 0; i < 100; i++) {
    if (exited) throw new Error(`nginx exited at start; see ${join(prefix, 'error.log')}`);
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return { url: `http://127.0.0.1:${port}`, stop, prefix };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await stop();
  throw new Error(`nginx did not answer on port ${port}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  startNginx({ port }).then(
    ({ url, stop }) => {
      console.log(`nginx: serving out/ with deploy/nginx/exposure-check.conf on ${url}/`);
      for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop().then(() => process.exit(0)));
    },
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
