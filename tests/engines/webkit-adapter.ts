import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import sharp from 'sharp';
import { Builder, Key, type WebDriver, type WebElement } from 'selenium-webdriver';
import {
  countAll,
  describe,
  findOne,
  TAKE_WATCHED,
  waitUntil,
  WATCH_SCRIPT,
  type EnginePage,
  type Query,
} from './page-api';

/**
 * WebKit: WebKitGTK's MiniBrowser driven by Debian's WebKitWebDriver through
 * classic WebDriver (selenium-webdriver). MiniBrowser has no headless mode,
 * so the tests run under a virtual display (`xvfb-run -a`).
 *
 * Classic WebDriver cannot run a script before the page's own scripts, so the
 * CSP and error watch cannot be added the way Chromium and Firefox add it. A
 * small proxy in front of the site puts the same watch script first in every
 * HTML page and adds that one script's hash to the page's CSP header (the
 * page's own <meta> policy is left untouched, and its inline scripts still
 * need their own hashes); everything else passes through unchanged.
 */

const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WATCH_HASH = `'sha256-${createHash('sha256').update(WATCH_SCRIPT).digest('base64')}'`;

export type WebKitDriverService = { url: string; stop: () => Promise<void> };

export async function startWebKitDriver(port: number): Promise<WebKitDriverService> {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
    throw new Error(
      'MiniBrowser needs a display: run the WebKit journeys under `xvfb-run -a` (npm run test:engines does).',
    );
  const child: ChildProcess = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  await waitUntil(async () => (await fetch(`${url}/status`)).ok, `WebKitWebDriver on port ${port}`, 15_000);
  return {
    url,
    stop: async () => {
      child.kill();
      await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(null)));
    },
  };
}

/** The proxy described above; returns its origin. */
export async function startWatchProxy(
  target: string,
  port: number,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const upstream = new URL(target);
  const server: Server = createServer((req, res) => {
    const headers = { ...req.headers, host: upstream.host, 'accept-encoding': 'identity' };
    const up = request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers },
      (upRes) => {
        const type = String(upRes.headers['content-type'] ?? '');
        if (!type.startsWith('text/html')) {
          res.writeHead(upRes.statusCode ?? 502, upRes.headers);
          upRes.pipe(res);
          return;
        }
        const chunks: Buffer[] = [];
        upRes.on('data', (c: Buffer) => chunks.push(c));
        upRes.on('end', () => {
          const html = Buffer.concat(chunks).toString('utf8');
          // After <meta charset> (which must stay in the first bytes), before every other script.
          const withWatch = html.replace(
            /(<head[^>]*>(?:<meta charSet="utf-8"\/>)?)/i,
            `$1<script>${WATCH_SCRIPT}</script>`,
          );
          const out = Buffer.from(withWatch, 'utf8');
          const outHeaders = { ...upRes.headers };
          const csp = outHeaders['content-security-policy'];
          if (typeof csp === 'string')
            outHeaders['content-security-policy'] = csp.replace(/script-src /, `script-src ${WATCH_HASH} `);
          outHeaders['content-length'] = String(out.length);
          delete outHeaders.etag;
          res.writeHead(upRes.statusCode ?? 502, outHeaders);
          res.end(req.method === 'HEAD' ? undefined : out);
        });
      },
    );
    up.on('error', (err) => {
      res.statusCode = 502;
      res.end(String(err));
    });
    req.pipe(up);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export async function openWebKitPage(driverUrl: string, origin: string): Promise<EnginePage> {
  // One MiniBrowser per journey: a clean profile, like the other engines' fresh contexts.
  // On a loaded machine MiniBrowser sometimes never answers its first session: give it 40 s, then one more try.
  const session = () =>
    new Builder()
      .usingServer(driverUrl)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      })
      .build();
  const withinTime = (ms: number) => {
    const pending = session();
    const late = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no MiniBrowser session after ${ms} ms`)), ms),
    );
    return Promise.race([pending, late]).catch((err: unknown) => {
      // If the slow session arrives after all, close its browser.
      pending.then((d) => d.quit()).catch(() => undefined);
      throw err;
    });
  };
  const driver: WebDriver = await withinTime(40_000).catch(() => withinTime(40_000));
  await driver.manage().setTimeouts({ script: 15_000, pageLoad: 30_000 });
  await driver.manage().window().setRect({ width: 1280, height: 900 });
  const problems: string[] = [];

  async function collect() {
    try {
      const url = await driver.getCurrentUrl();
      if (url.startsWith(origin))
        problems.push(...((await driver.executeScript(`return ${TAKE_WATCHED}`)) as string[]));
    } catch {
      // Navigating: the next document records again.
    }
  }

  async function element(q: Query): Promise<WebElement> {
    return waitUntil(
      async () => (await driver.executeScript(`return ${findOne(q)}`)) as WebElement | null,
      describe(q),
    );
  }

  const absolute = (path: string) => (/^https?:/.test(path) ? path : origin + path);

  return {
    engine: 'webkit',
    async goto(path) {
      await collect();
      await driver.get(absolute(path));
    },
    async reload() {
      await collect();
      await driver.navigate().refresh();
    },
    async back() {
      await collect();
      await driver.navigate().back();
    },
    async url() {
      return driver.getCurrentUrl();
    },
    async setViewport(width, height) {
      // The outer window also holds MiniBrowser's toolbar: grow it until the viewport has the height asked for.
      await driver.manage().window().setRect({ width, height });
      const inner = (await driver.executeScript('return { width: innerWidth, height: innerHeight }')) as {
        width: number;
        height: number;
      };
      if (inner.height < height)
        await driver
          .manage()
          .window()
          .setRect({ width, height: height + (height - inner.height) });
      return (await driver.executeScript('return { width: innerWidth, height: innerHeight }')) as {
        width: number;
        height: number;
      };
    },
    async evaluate<T>(expression: string) {
      return (await driver.executeScript(`return (${expression})`)) as T;
    },
    async click(q) {
      await collect();
      const el = await element(q);
      await driver.executeScript('arguments[0].scrollIntoView({block: "center"})', el);
      await el.click();
    },
    async pressEnter(q) {
      await collect();
      const el = await element(q);
      await driver.executeScript('arguments[0].focus()', el);
      await el.sendKeys(Key.ENTER);
    },
    async fill(q, text) {
      const el = await element(q);
      await el.click();
      await el.sendKeys(Key.chord(Key.CONTROL, 'a'), Key.BACK_SPACE);
      await el.sendKeys(text);
    },
    async count(q) {
      return (await driver.executeScript(`return ${countAll(q)}`)) as number;
    },
    async screenshot(name) {
      mkdirSync('test-results/screenshots/webkit', { recursive: true });
      // WebDriver screenshots hold only what the window shows: scroll down a window at a time and stack the pictures.
      const page = (await driver.executeScript(
        'return { width: innerWidth, height: innerHeight, total: document.documentElement.scrollHeight, y: scrollY }',
      )) as { width: number; height: number; total: number; y: number };
      const pieces: { input: Buffer; top: number; left: number }[] = [];
      let bottom = 0;
      for (let y = 0; y < page.total; y += page.height) {
        const top = (await driver.executeScript(
          'window.scrollTo({ top: arguments[0], behavior: "instant" }); return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(scrollY))));',
          y,
        )) as number;
        const input = Buffer.from(await driver.takeScreenshot(), 'base64');
        const { height = page.height } = await sharp(input).metadata();
        pieces.push({ input, top, left: 0 });
        bottom = Math.max(bottom, top + height);
      }
      await driver.executeScript('window.scrollTo({ top: arguments[0], behavior: "instant" })', page.y);
      const { width = page.width } = await sharp(pieces[0]!.input).metadata();
      await sharp({ create: { width, height: bottom, channels: 3, background: '#ffffff' }, limitInputPixels: false })
        .composite(pieces)
        .png()
        .toFile(`test-results/screenshots/webkit/${name}.png`);
    },
    async pdf() {
      try {
        // The typings want every option; the command itself has defaults for all of them.
        const print = driver.printPage as unknown as () => Promise<string>;
        return Buffer.from(await print.call(driver), 'base64');
      } catch (err) {
        return { unsupported: `WebKitWebDriver has no Print Page command (${String(err).split('\n')[0]})` };
      }
    },
    async takeProblems() {
      await collect();
      return problems.splice(0, problems.length);
    },
    async close() {
      await driver.quit();
    },
  };
}
