// Debian's Chromium, driven by playwright-core; nothing is ever downloaded.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CSP_LISTENER } from './inPage';

export const CHROMIUM = '/usr/bin/chromium';
export const chromiumMissing = existsSync(CHROMIUM) ? null : `${CHROMIUM} is not installed`;

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export interface Watched {
  /** Every URL the page asked for. */
  requests: string[];
  /** Console errors, uncaught exceptions, CSP violations and dialogs: all must stay empty. */
  problems: string[];
}

/**
 * Records what a page does. Office's CDN is refused at once (tests have no network); the pane
 * must start without office.js.
 */
export async function watch(page: Page): Promise<Watched> {
  const watched: Watched = { requests: [], problems: [] };
  page.on('request', (r) => watched.requests.push(r.url()));
  page.on('console', (m) => {
    // The refused office.js load is expected; anything else logged as an error is not.
    if (m.type() === 'error' && !m.location().url.startsWith('https://appsforoffice.microsoft.com/')) watched.problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => watched.problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    watched.problems.push(`dialog: ${d.type()} ${d.message()}`);
    void d.dismiss();
  });
  await page.exposeFunction('__reportCsp', (text: string) => watched.problems.push(`csp: ${text}`));
  await page.addInitScript(CSP_LISTENER);
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort('internetdisconnected'));
  return watched;
}

/** Hosts other than this machine and Office's CDN. */
export function foreignRequests(urls: readonly string[]): string[] {
  return urls.filter((u) => {
    const { protocol, hostname } = new URL(u);
    if (protocol === 'data:' || protocol === 'blob:') return false;
    return !['127.0.0.1', 'localhost', 'appsforoffice.microsoft.com'].includes(hostname);
  });
}
