// `npm run bench`: builds if needed, serves out/ with the production server,
// and measures what a visitor pays: JavaScript and HTML weight per page,
// Lighthouse (mobile and desktop, 3 runs each, medians), then the serving
// checks of bench-serve.mjs (fuzz, memory, load against nginx and an in-memory
// server, HTTP Observatory). Writes reports/bench.md and reports/bench.json.
// Options: --skip-lighthouse, --skip-load, --skip-observatory, --runs N;
// BENCH_PORT=N to serve on other ports (N, N+1, N+2).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { benchServe, serveMarkdown } from './bench-serve.mjs';
import { BUDGETS, weightMarkdown, weightReport } from './page-weight.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 3;
// The npm start server; the in-memory and nginx servers take the next two ports.
const PORT = Number(process.env.BENCH_PORT ?? 3210);
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

// 4. Serving: fuzz, memory, load (npm start vs nginx vs in-memory), HTTP Observatory.
report.serve = await benchServe({
  port: PORT,
  pid: server.pid,
  memPort: PORT + 1,
  nginxPort: PORT + 2,
  skipLoad: args.includes('--skip-load'),
  skipObservatory: args.includes('--skip-observatory'),
});
report.load = report.serve.load ?? [];
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
lines.push(...serveMarkdown(report.serve));
const missed = [
  ...report.weight.filter((w) => !w.ok).map((w) => `weight ${w.path}`),
  ...report.lighthouse.filter((l) => (l.preset === 'mobile' && l.performance < 98) || l.accessibility < 100 || l.bestPractices < 100 || l.seo < 100).map((l) => `lighthouse ${l.preset} ${l.page}`),
  ...report.load.filter((r) => !r.ok).map((r) => `load ${r.path}`),
  ...(report.serve.fuzz.serverErrors || !report.serve.fuzz.alive ? ['fuzz'] : []),
];
lines.push('', missed.length ? `Budgets missed: ${missed.join('; ')}.` : 'Every budget measured here is met.');
mkdirSync(join(ROOT, 'reports'), { recursive: true });
writeFileSync(join(ROOT, 'reports', 'bench.json'), JSON.stringify(report, null, 2));
writeFileSync(join(ROOT, 'reports', 'bench.md'), lines.join('\n') + '\n');
console.log('\n' + lines.join('\n'));
process.exit(0);
