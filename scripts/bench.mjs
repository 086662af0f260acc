// `npm run bench`: builds if needed, serves out/ with the production server,
// and measures what a visitor pays: JavaScript and HTML weight per page,
// Lighthouse (mobile and desktop, 3 runs each, medians) and throughput under
// load (autocannon) against the production server and an in-memory server
// holding the same bytes. Writes reports/bench.md and reports/bench.json.
// Options: --skip-lighthouse, --skip-load, --runs N.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import autocannon from 'autocannon';
import { BUDGETS, weightMarkdown, weightReport } from './page-weight.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 3;
const PORT = 3210;
const MEM_PORT = 3211;
const ORIGIN = `http://localhost:${PORT}`;
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
const LIGHTHOUSE_PAGES = [
  '/en/',
  '/en/check/',
  '/en/results/#v1;postpaid.2015-01.present;applicant.2014-05.',
  '/en/incidents/2021-08-cyberattack/',
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(url) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await sleep(500);
  }
  throw new Error(`server did not answer at ${url}`);
}

// 1. Build if needed, then serve out/ exactly as `npm start` does.
const server = spawn('node', ['scripts/start.mjs'], {
  cwd: ROOT,
  env: { ...process.env, PORT: String(PORT), NEXT_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const stopServer = () => server.kill('SIGTERM');
process.on('exit', stopServer);
await waitFor(`${ORIGIN}/en/`);

const report = { date: new Date().toISOString(), machine: `${(await import('node:os')).cpus().length} cores`, budgets: BUDGETS, weight: [], lighthouse: [], load: [] };

// 2. Weight (every built page; scripts/page-weight.mjs).
report.weight = weightReport();

// 3. Lighthouse.
if (!args.includes('--skip-lighthouse')) {
  const dir = join(tmpdir(), 'exposure-lh');
  mkdirSync(dir, { recursive: true });
  for (const preset of ['mobile', 'desktop']) {
    for (const page of LIGHTHOUSE_PAGES) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const file = join(dir, `run.json`);
        rmSync(file, { force: true });
        const lhArgs = [
          'lighthouse', `${ORIGIN}${page}`, '--quiet', '--output=json', `--output-path=${file}`,
          `--chrome-flags=${CHROME_FLAGS}`, '--only-categories=performance,accessibility,best-practices,seo',
        ];
        if (preset === 'desktop') lhArgs.push('--preset=desktop');
        let r = spawnSync('npx', lhArgs, { cwd: ROOT, env: { ...process.env, CHROME_PATH: CHROME }, encoding: 'utf8' });
        // Headless Chromium now and then fails to record a trace (NO_NAVSTART): one retry.
        if (r.status !== 0 || !existsSync(file)) r = spawnSync('npx', lhArgs, { cwd: ROOT, env: { ...process.env, CHROME_PATH: CHROME }, encoding: 'utf8' });
        if (r.status !== 0 || !existsSync(file)) {
          console.error(`lighthouse failed for ${page} (${preset}): ${r.stderr?.slice(-500)}`);
          continue;
        }
        const lhr = JSON.parse(readFileSync(file, 'utf8'));
        runs.push({
          performance: Math.round(lhr.categories.performance.score * 100),
          accessibility: Math.round(lhr.categories.accessibility.score * 100),
          bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
          seo: Math.round(lhr.categories.seo.score * 100),
          lcp: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
          tbt: Math.round(lhr.audits['total-blocking-time'].numericValue),
          cls: Math.round(lhr.audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
        });
      }
      const pick = (k) => median(runs.map((r) => r[k]));
      report.lighthouse.push({
        page, preset, runs: runs.length,
        performance: pick('performance'), accessibility: pick('accessibility'), bestPractices: pick('bestPractices'), seo: pick('seo'),
        lcp: pick('lcp'), tbt: pick('tbt'), cls: pick('cls'),
        all: runs,
      });
      console.log(`lighthouse ${preset} ${page}: perf ${pick('performance')} a11y ${pick('accessibility')} bp ${pick('bestPractices')} seo ${pick('seo')}`);
    }
  }
}

// 4. Load: the production server vs an in-memory server holding the same bytes.
if (!args.includes('--skip-load')) {
  const html = await fetch(`${ORIGIN}/en/`);
  const htmlBody = Buffer.from(await html.arrayBuffer());
  const asset = htmlBody.toString('utf8').match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  const targets = ['/en/', asset].filter(Boolean);
  const bodies = {};
  for (const t of targets) {
    const res = await fetch(`${ORIGIN}${t}`, { headers: { 'accept-encoding': 'identity' } });
    bodies[t] = { body: Buffer.from(await res.arrayBuffer()), type: res.headers.get('content-type') };
  }
  const memory = createServer((req, res) => {
    const hit = bodies[req.url];
    if (!hit) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': hit.type, 'content-length': hit.body.length });
    res.end(hit.body);
  });
  await new Promise((r) => memory.listen(MEM_PORT, '127.0.0.1', r));
  const run = (url) =>
    new Promise((resolve, reject) =>
      autocannon({ url, connections: 50, duration: 10 }, (err, result) => (err ? reject(err) : resolve(result))),
    );
  // warm-up, so the first measured round is not a cold one
  await run(`${ORIGIN}/en/`).catch(() => {});
  for (const t of targets) {
    const prod = await run(`${ORIGIN}${t}`);
    const mem = await run(`http://127.0.0.1:${MEM_PORT}${t}`);
    const row = {
      path: t,
      production: { rps: Math.round(prod.requests.average), p99: prod.latency.p99, errors: prod.errors + prod.timeouts, non2xx: prod.non2xx },
      memory: { rps: Math.round(mem.requests.average), p99: mem.latency.p99, errors: mem.errors + mem.timeouts, non2xx: mem.non2xx },
    };
    row.ratio = Math.round((row.production.rps / row.memory.rps) * 1000) / 1000;
    row.ok = row.ratio >= 0.3 && row.production.errors === 0 && row.production.non2xx === 0;
    report.load.push(row);
    console.log(`load ${t}: production ${row.production.rps} req/s (p99 ${row.production.p99} ms), memory ${row.memory.rps} req/s, ratio ${row.ratio}`);
  }
  memory.close();
}
stopServer();

// 5. Report.
const lines = [];
lines.push(`# Exposure Check benchmark`, '', `Measured ${report.date} on this machine (${report.machine}).`, '');
lines.push(...weightMarkdown(report.weight));
if (report.lighthouse.length) {
  lines.push('', `## Lighthouse (medians of ${RUNS} runs; budget: mobile performance ≥ 98, the rest 100)`, '');
  lines.push('| page | preset | perf | a11y | best pr. | SEO | LCP ms | TBT ms | CLS | runs (perf) |', '|---|---|---|---|---|---|---|---|---|---|');
  for (const l of report.lighthouse) {
    lines.push(`| \`${l.page}\` | ${l.preset} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${l.lcp} | ${l.tbt} | ${l.cls} | ${l.all.map((r) => r.performance).join(' / ')} |`);
  }
}
if (report.load.length) {
  lines.push('', '## Load (autocannon, 50 connections, 10 s, no compression; budget: production ≥ 30% of in-memory, 0 errors, 0 non-2xx)', '');
  lines.push('| path | production req/s | p99 ms | errors | non-2xx | in-memory req/s | p99 ms | ratio | ok |', '|---|---|---|---|---|---|---|---|---|');
  for (const r of report.load) {
    lines.push(`| \`${r.path}\` | ${r.production.rps} | ${r.production.p99} | ${r.production.errors} | ${r.production.non2xx} | ${r.memory.rps} | ${r.memory.p99} | ${r.ratio} | ${r.ok ? 'yes' : '**no**'} |`);
  }
}
const missed = [
  ...report.weight.filter((w) => !w.ok).map((w) => `weight ${w.path}`),
  ...report.lighthouse.filter((l) => (l.preset === 'mobile' && l.performance < 98) || l.accessibility < 100 || l.bestPractices < 100 || l.seo < 100).map((l) => `lighthouse ${l.preset} ${l.page}`),
  ...report.load.filter((r) => !r.ok).map((r) => `load ${r.path}`),
];
lines.push('', missed.length ? `Budgets missed: ${missed.join('; ')}.` : 'Every budget measured here is met.');
mkdirSync(join(ROOT, 'reports'), { recursive: true });
writeFileSync(join(ROOT, 'reports', 'bench.json'), JSON.stringify(report, null, 2));
writeFileSync(join(ROOT, 'reports', 'bench.md'), lines.join('\n') + '\n');
console.log('\n' + lines.join('\n'));
process.exit(0);
