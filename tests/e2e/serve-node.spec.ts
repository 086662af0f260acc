import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * What only `npm start`'s own server (scripts/serve.mjs) promises: hostile
 * bytes on the socket, faults inside the handler, files removed while it
 * serves, a new build landing, and a port already taken. (serve.spec.ts holds
 * the checks nginx must pass too.)
 */
const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'out');
const PORT = Number(process.env.E2E_PORT ?? 3100);
const HEADERS = JSON.parse(readFileSync(join(ROOT, 'headers.json'), 'utf8')) as { all: Record<string, string> };

/** Sends raw bytes and returns the status and headers of the answer (the server closes bad connections). */
function raw(
  data: string | Buffer,
  port = PORT,
): Promise<{ status: number; headers: Record<string, string>; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(), 5000);
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = ''] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const i = line.indexOf(':');
        if (i > 0) headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, text });
    });
    socket.write(data);
  });
}

function expectHeaderSet(headers: Record<string, string>, what: string) {
  for (const [name, value] of Object.entries(HEADERS.all))
    expect(headers[name.toLowerCase()], `${name} on ${what}`).toBe(value);
  expect(headers['content-security-policy'], what).toContain("default-src 'none'");
}

async function waitUntilServing(url: string, child: ChildProcess) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).status > 0) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no answer from ${url}`);
}

test('bytes that are not HTTP get 400 with the full header set, and the server keeps serving', async ({ request }) => {
  const hostile = [
    'GARBAGE\r\n\r\n',
    'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
    'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n',
    'GET /\x01 HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET / HTTP/9.9\r\nHost: x\r\n\r\n',
    Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03, 0x0d, 0x0a, 0x0d, 0x0a]), // a TLS hello
  ];
  for (const data of hostile) {
    const answer = await raw(data);
    expect(answer.status, JSON.stringify(String(data))).toBe(400);
    expectHeaderSet(answer.headers, `400 for ${JSON.stringify(String(data))}`);
  }
  expect((await request.get('/en/')).status()).toBe(200);
});

test('CONNECT, which Node keeps away from the request handler, gets 405 with the full header set', async () => {
  const answer = await raw('CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n');
  expect(answer.status).toBe(405);
  expect(answer.headers['allow']).toBe('GET, HEAD');
  expectHeaderSet(answer.headers, '405 for CONNECT');
});

test('oversized headers get 431 with the full header set', async () => {
  const answer = await raw(`GET /en/ HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
  expect(answer.status).toBe(431);
  expectHeaderSet(answer.headers, '431');
});

test('unreadable paths get 400, paths out of the site 404, absolute-form targets are served', async () => {
  for (const target of ['/%E0%A4%A', '/%', '/en/%00/', 'en/']) {
    const answer = await raw(`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    expect(answer.status, target).toBe(400);
    expectHeaderSet(answer.headers, `400 for ${target}`);
  }
  // Paths that climb out of out/ are simply not in the table. (nginx answers these with its own bare 400.)
  for (const target of ['/../../etc/passwd', '/en/..%2f..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd']) {
    const answer = await raw(`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    expect(answer.status, target).toBe(404);
    expectHeaderSet(answer.headers, `404 for ${target}`);
  }
  const absolute = await raw(`GET http://localhost/en/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
  expect(absolute.status).toBe(200);
  const head = await raw(`HEAD /en/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
  expect(head.status).toBe(200);
  expect(head.text.endsWith('\r\n\r\n')).toBe(true); // no body
});

test('a fault inside the handler answers 500 with the full header set, and the server lives on', async () => {
  const port = PORT + 2;
  const serve = pathToFileURL(join(ROOT, 'scripts', 'serve.mjs')).href;
  // The real table of the real build, with one entry broken so that answering it throws.
  const script = `
    import { createServer } from 'node:http';
    import { createHandler, loadSite } from ${JSON.stringify(serve)};
    const site = loadSite();
    site.routes.get('/en/about/').variants = null;
    createServer(createHandler(() => site)).listen(${port}, '127.0.0.1');`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c) => (stderr += c));
  try {
    await waitUntilServing(`http://127.0.0.1:${port}/en/`, child);
    const broken = await fetch(`http://127.0.0.1:${port}/en/about/`);
    expect(broken.status).toBe(500);
    expectHeaderSet(Object.fromEntries(broken.headers), '500');
    expect((await fetch(`http://127.0.0.1:${port}/en/`)).status).toBe(200);
    expect(stderr).toContain('GET /en/about/');
    expect(child.exitCode).toBeNull();
  } finally {
    child.kill();
  }
});

test('files removed while serving cannot crash it, and a new build is picked up when it completes', async () => {
  const port = PORT + 3;
  const dir = mkdtempSync(join(tmpdir(), 'exposure-serve-'));
  cpSync(OUT, dir, { recursive: true });
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.mjs')], {
    env: { ...process.env, PORT: String(port), OUT_DIR: dir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c) => (stderr += c));
  const get = (path: string) =>
    fetch(`http://127.0.0.1:${port}${path}`, { headers: { 'Accept-Encoding': 'identity' } });
  try {
    await waitUntilServing(`http://127.0.0.1:${port}/en/`, child);
    // A build starts: out/ is wiped.
    rmSync(join(dir, 'csp.json'));
    rmSync(join(dir, 'en'), { recursive: true });
    rmSync(join(dir, '404.html'));
    await new Promise((r) => setTimeout(r, 1500));
    expect((await get('/en/about/')).status).toBe(200);
    expect((await get('/en/nope/')).status).toBe(404);
    // The build finishes (csp.json is its last file): the new pages are served.
    cpSync(join(OUT, 'en'), join(dir, 'en'), { recursive: true });
    cpSync(join(OUT, '404.html'), join(dir, '404.html'));
    const about = join(dir, 'en', 'about', 'index.html');
    writeFileSync(about, readFileSync(about, 'utf8').replace('</body>', '<!-- new build --></body>'));
    cpSync(join(OUT, 'csp.json'), join(dir, 'csp.json'));
    await expect
      .poll(async () => (await (await get('/en/about/')).text()).includes('<!-- new build -->'), { timeout: 10_000 })
      .toBe(true);
    expect(child.exitCode).toBeNull();
    expect(stderr).toBe('');
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a port already in use gives one clear line, from npm start and from the server alone', () => {
  for (const script of ['start.mjs', 'serve.mjs']) {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts', script)], {
      env: { ...process.env, PORT: String(PORT) },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status, script).toBe(1);
    expect(result.stderr.trim(), script).toBe(
      `Port ${PORT} is already in use: stop the program using it or choose another port, e.g. PORT=8080 npm start`,
    );
  }
});
