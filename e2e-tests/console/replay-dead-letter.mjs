// Drives the operations console in a real headless Chromium (Debian's chromium, through playwright-core):
// opens it, signs in with an operations token, finds the dead letter, replays it as the given event type and
// waits until it leaves the list. Run by OperationsConsoleEndToEndIT; exits non-zero on any failure.
//
// Environment: CONSOLE_URL (e.g. http://localhost:8081/console/), CONSOLE_TOKEN (an operations JWT),
// DEAD_LETTER_ID, REPLAY_TYPE (e.g. ApplicationRegistered), CHROMIUM (default /usr/bin/chromium),
// SCREENSHOTS (a directory for before/after screenshots, optional).
import { chromium } from 'playwright-core';

const need = name => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const url = need('CONSOLE_URL');
const token = need('CONSOLE_TOKEN');
const id = need('DEAD_LETTER_ID');
const type = need('REPLAY_TYPE');
const shots = process.env.SCREENSHOTS;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--no-first-run',
    '--disable-component-update', '--disable-sync'],
});
const pageErrors = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', e => pageErrors.push(String(e)));
  page.on('console', m => console.log(`[browser ${m.type()}] ${m.text()}`));
  await page.goto(url, { waitUntil: 'load' });
  await page.fill('#token', token);
  await page.click('#sign-in-button');
  await page.waitForSelector('#console:not([hidden])');

  const row = page.locator(`#dead-letters tr[data-id="${id}"]`);
  await row.waitFor({ state: 'visible', timeout: 60_000 });
  console.log(`dead letter ${id} is in the console: ${(await row.innerText()).replace(/\s+/g, ' ')}`);
  if (shots) await page.screenshot({ path: `${shots}/console-before-replay.png`, fullPage: true });

  await row.locator('input.replay-type').fill(type);
  await row.locator('button.replay').click();
  await row.waitFor({ state: 'detached', timeout: 30_000 });
  const status = await page.locator('#status').innerText();
  console.log(`status after replay: ${status}`);
  if (!/replayed: processed/.test(status)) throw new Error(`unexpected status after replay: ${status}`);
  // the other panels rendered something (data or "not available") without breaking the page
  await page.waitForFunction(() => document.querySelector('#console').dataset.refreshedAt);
  for (const panel of ['#topics tbody tr', '#stuck-cases *', '#statistics *']) {
    if ((await page.locator(panel).count()) === 0) throw new Error(`panel ${panel} is empty`);
  }
  if (shots) await page.screenshot({ path: `${shots}/console-after-replay.png`, fullPage: true });
  if (pageErrors.length) throw new Error(`errors in the page: ${pageErrors.join('; ')}`);
  console.log('console replayed the dead letter and it left the list');
} finally {
  await browser.close();
}
