// Debian's Chromium on this closed network: without the background-networking
// switches it keeps trying to reach Google's hosts, and as root it needs
// --no-sandbox. Shared by the Playwright suite and the engine journeys.
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
