// The serving part of `npm run bench`, against the `npm start` server the
// bench started (only ever on 127.0.0.1):
// 1. fuzz: a few thousand malformed or hostile requests over raw sockets (bad
//    ranges, methods, encodings, paths, huge headers, garbage bytes), seeded so
//    every run sends the same ones; no 500 allowed, the server must still answer;
// 2. memory: the server's resident memory before, after the fuzz and the load,
//    and once it settles;
// 3. load: autocannon on a page and a script chunk, `npm start` vs nginx with
//    the generated config vs an in-memory server holding the same bytes;
// 4. Mozilla's HTTP Observatory against `npm start` (installed on first use).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { nginxBinary, startNginx } from './nginx-local.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OBSERVATORY = { name: '@mdn/mdn-http-observatory', version: '1.4.8' };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** mulberry32: a tiny seeded generator, so the fuzz is the same on every run. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PATHS = [
  '/',
  '/en/',
  '/fr/results/',
  '/en/about',
  '/en/results/index',
  '/en/index.html',
  '/en/index.html.gz',
  '/404.html',
  '/csp.json',
  '/%',
  '/%zz',
  '/%00',
  '/%c0%ae%c0%ae/etc/passwd',
  '/..%2f..%2fetc/passwd',
  '/en/%E0%A4%A',
  '//en//',
  '/en/?' + 'q'.repeat(4000),
  '/' + 'a/'.repeat(3000),
  '/\u00e9t\u00e9/',
  '*',
  'http://127.0.0.1/en/',
  'en/',
  '/en/#frag',
];
const METHODS = [
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'OPTIONS',
  'TRACE',
  'PATCH',
  'CONNECT',
  'PROPFIND',
  'BREW',
  'get',
  'G E T',
  '',
];
const RANGES = [
  'bytes=2-1',
  'bytes=-5',
  'bytes=0-0',
  'bytes=0-18446744073709551615',
  'bytes=-0',
  'bytes=5-',
  'bytes=0-1,2-3,' + '4-5,'.repeat(500),
  'bytes=abc',
  'pages=1-2',
  'bytes=99999999999999999999-',
];
const ENCODINGS = [
  'gzip;q=0',
  'br;q=0, gzip;q=0, identity;q=0',
  '*;q=0',
  'br;q=2',
  'gzip;q=-1',
  ';;;',
  'x'.repeat(3000),
  'identity;q=0',
  'BR',
  'gzip, br;q=0.001',
];
const EXTRA = [
  'If-None-Match: *',
  'If-None-Match: W/"x", "y"',
  'If-Modified-Since: yesterday',
  'Content-Length: -1',
  'Content-Length: 5\r\nContent-Length: 6',
  'Transfer-Encoding: chunked\r\nContent-Length: 3',
  'Transfer-Encoding: gzip',
  'Expect: 100-continue',
  'Host: ',
  'Host: a\r\nHost: b',
  'Cookie: ' + 'c=1; '.repeat(500),
  'X-Many: 1\r\n'.repeat(200).trimEnd(),
  'X-Huge: ' + 'h'.repeat(20_000),
  'Upgrade: websocket\r\nConnection: Upgrade',
];

function fuzzCases(count) {
  const next = random(20261129);
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const cases = [];
  for (let i = 0; i < count; i++) {
    const kind = next();
    if (kind < 0.1) {
      // raw garbage, sometimes with a valid-looking start
      const bytes = Buffer.alloc(1 + Math.floor(next() * 2048));
      for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(next() * 256);
      cases.push(next() < 0.5 ? Buffer.concat([Buffer.from('GET / HTTP/1.1\r\n'), bytes]) : bytes);
      continue;
    }
    const headers = ['Host: 127.0.0.1'];
    if (next() < 0.5) headers.push(`Range: ${pick(RANGES)}`);
    if (next() < 0.5) headers.push(`Accept-Encoding: ${pick(ENCODINGS)}`);
    if (next() < 0.3) headers.push(pick(EXTRA));
    const version = next() < 0.95 ? 'HTTP/1.1' : pick(['HTTP/1.0', 'HTTP/2.0', 'HTTP/1.1.1', 'HTTX/1.1']);
    const body = next() < 0.1 ? 'x=1' : '';
    const length = body ? `Content-Length: ${body.length}\r\n` : '';
    cases.push(
      Buffer.from(
        `${pick(METHODS)} ${pick(PATHS)} ${version}\r\n${headers.join('\r\n')}\r\n${length}Connection: close\r\n\r\n${body}`,
        'latin1',
      ),
    );
  }
  return cases;
}

/** Sends one case and returns the status code of the answer (0 when the server closed without one). */
function sendRaw(port, data) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let head = '';
    const timer = setTimeout(() => socket.destroy(), 5000);
    socket.on('data', (c) => {
      if (head.length < 64) head += c.toString('latin1');
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0));
    });
    socket.end(data);
  });
}

function rssMb(pid) {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Math.round((kb / 1024) * 10) / 10;
  } catch {
    return NaN;
  }
}

async function fuzz(port, count) {
  const cases = fuzzCases(count);
  const statuses = {};
  let i = 0;
  const worker = async () => {
    while (i < cases.length) {
      const status = await sendRaw(port, cases[i++]);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: 16 }, worker));
  const alive = (await fetch(`http://127.0.0.1:${port}/en/`)).status === 200;
  return {
    requests: cases.length,
    statuses,
    serverErrors: Object.entries(statuses)
      .filter(([s]) => s >= 500)
      .reduce((n, [, c]) => n + c, 0),
    alive,
    seconds: (Date.now() - started) / 1000,
  };
}

const run = (url) =>
  new Promise((resolve, reject) =>
    autocannon({ url, connections: 50, duration: 10 }, (err, result) => (err ? reject(err) : resolve(result))),
  );
const summary = (r) => ({
  rps: Math.round(r.requests.average),
  p99: r.latency.p99,
  errors: r.errors + r.timeouts,
  non2xx: r.non2xx,
});

/** Installs the Observatory once into node_modules/.cache (its install script fetches the HSTS preload list from the internet: skipped, and an empty list given instead). */
function observatoryModule() {
  const prefix = join(ROOT, 'node_modules', '.cache', 'mdn-http-observatory');
  const pkg = join(prefix, 'node_modules', ...OBSERVATORY.name.split('/'));
  if (!existsSync(join(pkg, 'package.json'))) {
    console.log(`installing ${OBSERVATORY.name}@${OBSERVATORY.version} into node_modules/.cache (first run only)…`);
    mkdirSync(prefix, { recursive: true });
    const r = spawnSync(
      'npm',
      [
        'install',
        '--prefix',
        prefix,
        '--no-save',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        `${OBSERVATORY.name}@${OBSERVATORY.version}`,
      ],
      { stdio: 'inherit' },
    );
    if (r.status !== 0) throw new Error('could not install the HTTP Observatory');
  }
  const preload = join(pkg, 'conf', 'hsts-preload.json');
  if (!existsSync(preload)) writeFileSync(preload, '{}\n');
  return pathToFileURL(join(pkg, 'src', 'index.js')).href;
}

async function observatory(port) {
  const { scan } = await import(observatoryModule());
  // host:port, so both its http:// and https:// attempts reach this server only (the https one gets a 400).
  const result = await scan(`127.0.0.1:${port}`);
  const tests = Object.entries(result.tests).map(([name, t]) => ({
    name,
    pass: t.pass,
    result: t.result,
    scoreModifier: t.scoreModifier,
  }));
  return {
    score: result.scan.score,
    grade: result.scan.grade,
    passed: result.scan.testsPassed,
    quantity: result.scan.testsQuantity,
    tests,
  };
}

/**
 * Runs everything against the `npm start` server listening on `port` (process
 * `pid`); `memPort` and `nginxPort` are free ports for the other two servers.
 */
export async function benchServe({
  port,
  pid,
  memPort,
  nginxPort,
  skipLoad = false,
  skipObservatory = false,
  fuzzCount = 3000,
}) {
  const report = { memory: { baselineMb: rssMb(pid) } };

  report.fuzz = await fuzz(port, fuzzCount);
  report.memory.afterFuzzMb = rssMb(pid);
  console.log(
    `fuzz: ${report.fuzz.requests} requests, statuses ${JSON.stringify(report.fuzz.statuses)}, 5xx ${report.fuzz.serverErrors}, still serving: ${report.fuzz.alive}`,
  );

  if (!skipLoad) {
    const origin = `http://127.0.0.1:${port}`;
    const html = Buffer.from(
      await (await fetch(`${origin}/en/`, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer(),
    );
    const asset = html.toString('utf8').match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
    const targets = ['/en/', asset].filter(Boolean);
    const bodies = {};
    for (const t of targets) {
      const res = await fetch(`${origin}${t}`, { headers: { 'accept-encoding': 'identity' } });
      bodies[t] = { body: Buffer.from(await res.arrayBuffer()), type: res.headers.get('content-type') };
    }
    const memory = createServer((req, res) => {
      const hit = bodies[req.url];
      if (!hit) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': hit.type, 'content-length': hit.body.length });
      res.end(hit.body);
    });
    await new Promise((r) => memory.listen(memPort, '127.0.0.1', r));
    let nginx = null;
    if (nginxBinary()) nginx = await startNginx({ port: nginxPort });
    else console.log('nginx is not installed: the nginx column stays empty (apt-get install -y nginx)');
    report.load = [];
    try {
      await run(`${origin}/en/`); // warm-up, so the first measured round is not a cold one
      for (const t of targets) {
        const row = {
          path: t,
          production: summary(await run(`${origin}${t}`)),
          memory: summary(await run(`http://127.0.0.1:${memPort}${t}`)),
        };
        if (nginx) row.nginx = summary(await run(`${nginx.url}${t}`));
        row.ratio = Math.round((row.production.rps / row.memory.rps) * 1000) / 1000;
        row.nginxRatio = nginx ? Math.round((row.production.rps / row.nginx.rps) * 1000) / 1000 : null;
        row.ok = row.ratio >= 0.3 && row.production.errors === 0 && row.production.non2xx === 0;
        report.load.push(row);
        console.log(
          `load ${t}: npm start ${row.production.rps} req/s (p99 ${row.production.p99} ms), nginx ${row.nginx?.rps ?? '-'} req/s (p99 ${row.nginx?.p99 ?? '-'} ms), in-memory ${row.memory.rps} req/s`,
        );
      }
    } finally {
      memory.close();
      await nginx?.stop();
    }
    report.memory.afterLoadMb = rssMb(pid);
    // Settling: sample once a second until three samples in a row agree within 2 MB (at most 20 s).
    const samples = [];
    for (let i = 0; i < 20; i++) {
      await sleep(1000);
      samples.push(rssMb(pid));
      const last = samples.slice(-3);
      if (last.length === 3 && Math.max(...last) - Math.min(...last) < 2) break;
    }
    report.memory.settledMb = samples.at(-1);
    report.memory.settled = samples.length < 20;
  }

  if (!skipObservatory) {
    try {
      report.observatory = await observatory(port);
      console.log(
        `HTTP Observatory: score ${report.observatory.score} (${report.observatory.grade}), ${report.observatory.passed}/${report.observatory.quantity} tests passed`,
      );
    } catch (error) {
      report.observatory = { error: String(error?.message ?? error) };
      console.error(`HTTP Observatory could not run: ${report.observatory.error}`);
    }
  }
  report.ok = report.fuzz.serverErrors === 0 && report.fuzz.alive && (report.load ?? []).every((r) => r.ok);
  return report;
}

/** The report's serving sections, in Markdown. */
export function serveMarkdown(report) {
  const lines = [];
  const f = report.fuzz;
  lines.push(
    '',
    `## Fuzz (${f.requests} malformed or hostile requests over raw sockets, seeded; budget: no 5xx, still serving)`,
    '',
  );
  lines.push('| status | count |', '|---|---|');
  for (const [status, count] of Object.entries(f.statuses))
    lines.push(`| ${status === '0' ? 'closed without an answer' : status} | ${count} |`);
  lines.push(
    '',
    `5xx answers: ${f.serverErrors}; still serving afterwards: ${f.alive ? 'yes' : '**no**'}; ${f.seconds} s.`,
  );
  const m = report.memory;
  lines.push(
    '',
    `Server memory (RSS): ${m.baselineMb} MB before, ${m.afterFuzzMb} MB after the fuzz${m.afterLoadMb ? `, ${m.afterLoadMb} MB after the load, ${m.settledMb} MB once settled (${m.settled ? 'settled' : '**still moving after 20 s**'})` : ''}.`,
  );
  if (report.load?.length) {
    lines.push(
      '',
      '## Load (autocannon, 50 connections, 10 s each, no compression; budget: `npm start` ≥ 30% of in-memory, 0 errors, 0 non-2xx)',
      '',
    );
    lines.push(
      '| path | `npm start` req/s | p99 ms | errors | non-2xx | nginx req/s | p99 ms | in-memory req/s | p99 ms | vs in-memory | vs nginx | ok |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const r of report.load) {
      lines.push(
        `| \`${r.path}\` | ${r.production.rps} | ${r.production.p99} | ${r.production.errors} | ${r.production.non2xx} | ${r.nginx?.rps ?? '–'} | ${r.nginx?.p99 ?? '–'} | ${r.memory.rps} | ${r.memory.p99} | ${r.ratio} | ${r.nginxRatio ?? '–'} | ${r.ok ? 'yes' : '**no**'} |`,
      );
    }
  }
  const o = report.observatory;
  if (o) {
    lines.push('', '## Mozilla HTTP Observatory (`npm start`, plain HTTP on 127.0.0.1)', '');
    if (o.error) lines.push(`Could not run: ${o.error}`);
    else {
      lines.push(
        `Score ${o.score} (grade ${o.grade}), ${o.passed} of ${o.quantity} tests passed.`,
        '',
        '| test | pass | result |',
        '|---|---|---|',
      );
      for (const t of o.tests) lines.push(`| ${t.name} | ${t.pass ? 'yes' : '**no**'} | ${t.result} |`);
    }
  }
  return lines;
}
