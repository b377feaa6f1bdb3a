/**
 * The task pane end to end in headless Chromium (Debian's chromium, driven by playwright-core; no browser is
 * downloaded). The add-in is built as production builds it, but loading the office.js the project ships
 * (OFFICE_JS=local), into a temporary folder; a loopback server hands it out with the Excel harness
 * (harness/excel-harness.ts: the strict fake Excel, and Office answering as Excel) loaded after office.js.
 * A user's steps: open the pane, press the button, watch the progress, read the summary; add a PDF through
 * the file picker and refresh. The workbook the fake then holds is checked against what the letter reader
 * gives in Node for the same letters.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { readLetter } from '../../src/parse';
import type { Status } from '../../src/parse/types';
import { defaultRegister } from '../../src/report/forces';
import { extractText } from '../../src/source/extract';
import { needsEsmLoading } from '../fixtures/esm-loading';
import { acceptedReadings, outsideAccepted } from '../fixtures/expected-readings';
import { letterToPdf } from '../fixtures/make-letters';
import { CHROMIUM, describeWithTools } from './requirements';
import { serveAddin, type Served } from './serve';

const ROOT = path.join(__dirname, '..', '..');
const CORPUS = path.join(ROOT, 'corpus');
const BUNDLED = ['avon-and-somerset', 'dorset', 'gwent', 'suffolk', 'west-midlands'];
const RECS = ['2', '4', '8', '9'];
/** A letter the add-in does not ship, from a force with no bundled letter, added as a PDF. */
const ADDED_LETTER = path.join(ROOT, 'test', 'fixtures', 'heldout-c', 'norfolk.txt');
const ADDED_FILE = 'norfolk-pcc-response.pdf';
const ADDED_FORCE = 'Norfolk';
/** What the pane's file picker is called, as a user finds it. */
const ADD_FILES_BUTTON = /^add (letters|files)/i;

/** Where every run leaves its screenshot; OIC_UPDATE_DOCS=1 also replaces the README's picture. */
const SCREENSHOT = path.join(ROOT, 'out', 'e2e', 'taskpane.png');
const DOCS_SCREENSHOT = path.join(ROOT, 'docs', 'taskpane.png');

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

type Cell = string | number | boolean;

interface HarnessWindow {
  oicHarness: {
    sheetNames(): string[];
    sheetValues(name: string): Cell[][] | null;
    syncs(): number;
    officeCalls(): string[];
  };
  __oicProgress: string[];
}

function buildSite(out: string): Promise<void> {
  // Asynchronous so jest's own timers keep running; the build is the slow part (10-25 s).
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'harness', 'build.js'), out], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`Building the add-in for the browser test failed:\n${output}`)),
    );
  });
}

/** Retries an assertion until it passes or time runs out, then throws its last failure. */
async function eventually(check: () => Promise<void>, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (err) {
      if (Date.now() > end) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** The four statuses the letter reader gives in Node, by recommendation. */
function statusesOf(text: string, source: string): Record<string, Status> {
  const parsed = readLetter(text, source);
  return Object.fromEntries(RECS.map((r) => [r, parsed.recommendations[r].status]));
}

/** The matrix sheet read as the analyst sees it: force name → recommendation → status text. */
function matrixRows(values: Cell[][]): Map<string, Record<string, string>> {
  const headerAt = values.findIndex((row) => row[0] === 'Force');
  if (headerAt < 0) throw new Error('The OIC Matrix sheet has no header row starting "Force"');
  const header = values[headerAt].map(String);
  const columns = RECS.map((r) => {
    const at = header.indexOf(`Rec ${r}`);
    if (at < 0) throw new Error(`The OIC Matrix header has no "Rec ${r}" column: ${header.join(' | ')}`);
    return at;
  });
  const rows = new Map<string, Record<string, string>>();
  for (const row of values.slice(headerAt + 1)) {
    if (row[0] === '' || row[0] === undefined) break;
    rows.set(String(row[0]), Object.fromEntries(RECS.map((r, i) => [r, String(row[columns[i]])])));
  }
  return rows;
}

describeWithTools('the task pane in headless Chromium', [CHROMIUM], (found) => {
  needsEsmLoading();

  let work: string;
  let served: Served;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const blocked: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'oic-e2e-'));
    await buildSite(work);
    served = await serveAddin(path.join(work, 'site'), path.join(work, 'harness'));
    // launch() gives Chromium a fresh temporary profile (--user-data-dir) and removes it on close.
    browser = await chromium.launch({
      executablePath: found[CHROMIUM.aptPackage],
      headless: true,
      args: CHROMIUM_FLAGS,
      timeout: 60_000,
    });
    context = await browser.newContext({
      // About the width Excel gives a task pane; twice the pixels for a sharp picture.
      viewport: { width: 380, height: 760 },
      deviceScaleFactor: 2,
      locale: 'en-GB',
      timezoneId: 'Europe/London',
    });
    // Only loopback: anything else (office.js outside Office reaches for its telemetry page) is refused.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${served.origin}/`)) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    context.setDefaultTimeout(30_000);
    page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(`uncaught: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      // The browser asks every site for a favicon; the add-in has none to give.
      if (msg.location().url.endsWith('/favicon.ico')) return;
      pageErrors.push(`console: ${msg.text()}`);
    });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  }, 30_000);

  /** Records every text the progress line shows from now on; textContent makes a new text node each time. */
  async function watchProgress(): Promise<void> {
    await page.evaluate(() => {
      const w = window as unknown as HarnessWindow;
      w.__oicProgress = [];
      const line = document.getElementById('oic-progress-text')!;
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) w.__oicProgress.push(n.textContent ?? '');
      }).observe(line, { childList: true });
    });
  }

  const progressSeen = () => page.evaluate(() => (window as unknown as HarnessWindow).__oicProgress);
  const matrix = async () => {
    const values = await page.evaluate(() =>
      (window as unknown as HarnessWindow).oicHarness.sheetValues('OIC Matrix'),
    );
    if (!values) throw new Error('The workbook has no "OIC Matrix" sheet');
    return matrixRows(values);
  };
  const summaryCounts = () => page.locator('#oic-summary .oic-summary-counts').innerText();

  it('opens in Excel as the pane would, listing the bundled letters before the first build', async () => {
    await page.goto(`${served.origin}/taskpane.html`, { waitUntil: 'load' });
    const sources = page.getByRole('region', { name: 'Sources' }).getByRole('listitem');
    await eventually(async () =>
      expect(await sources.locator('.oic-source-label').count()).toBe(BUNDLED.length),
    );
    const labels = await sources.locator('.oic-source-label').allInnerTexts();
    const register = defaultRegister();
    expect(labels).toEqual(BUNDLED.map((id) => register.byId(id)!.name));
    await eventually(async () =>
      expect(await page.getByRole('button', { name: 'Build the matrix' }).isEnabled()).toBe(true),
    );
    // The pane asked Excel to keep its runtime loaded: it took the Excel branch, not the plain-browser one.
    const calls = await page.evaluate(() => (window as unknown as HarnessWindow).oicHarness.officeCalls());
    expect(calls).toContain('addin.setStartupBehavior(Load)');
    expect(await page.evaluate(() => (window as unknown as HarnessWindow).oicHarness.sheetNames())).toEqual([
      'Sheet1',
    ]);
  }, 60_000);

  it('builds the matrix when the button is pressed, showing progress, then a summary', async () => {
    await watchProgress();
    await page.getByRole('button', { name: 'Build the matrix' }).click();
    const summary = page.getByRole('region', { name: 'Last refresh' });
    await summary.waitFor({ state: 'visible', timeout: 60_000 });
    const error = await summary.locator('.oic-error').allInnerTexts();
    expect(error).toEqual([]);
    expect(await summaryCounts()).toBe('Sources: 5 new, 0 changed, 0 unchanged, 0 failed.');
    expect(await summary.locator('.oic-summary-when').innerText()).toMatch(
      /^Finished \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4} at \d{2}:\d{2}\.$/,
    );

    const progress = await progressSeen();
    const reading = progress.filter((t) => /^Reading \d+ of \d+: /.test(t));
    expect(reading.length).toBeGreaterThan(0);
    for (const t of reading) expect(t).toMatch(/^Reading [1-5] of 5: [a-z-]+\.txt$/);
    const writing = progress.indexOf('Writing the matrix to the workbook…');
    expect(writing).toBeGreaterThan(progress.indexOf(reading[0]));
    // Finished: the progress is hidden again and the button offers a refresh.
    await eventually(async () => expect(await page.locator('#oic-progress').isHidden()).toBe(true));
    await eventually(async () =>
      expect(await page.getByRole('button', { name: 'Refresh from source' }).isEnabled()).toBe(true),
    );
  }, 90_000);

  it('leaves the workbook holding all 43 forces, each bundled letter read as the reader reads it', async () => {
    const rows = await matrix();
    const register = defaultRegister();
    expect([...rows.keys()].sort()).toEqual(register.forces.map((f) => f.name).sort());
    const expected = new Map<string, Record<string, string>>();
    for (const id of BUNDLED) {
      const text = readFileSync(path.join(CORPUS, `${id}.txt`), 'utf8');
      expected.set(register.byId(id)!.name, statusesOf(text, `bundled:${id}.txt`));
    }
    for (const [force, statuses] of rows) {
      const want = expected.get(force) ?? Object.fromEntries(RECS.map((r) => [r, 'No response']));
      expect({ force, statuses }).toEqual({ force, statuses: want });
    }
    // The bundled letters anchor this: Dorset's row reads as corpus/expected.json accepts.
    expect(outsideAccepted(rows.get('Dorset')!, acceptedReadings(CORPUS, 'dorset.txt'))).toEqual([]);
    const sheets = await page.evaluate(() => (window as unknown as HarnessWindow).oicHarness.sheetNames());
    expect(sheets).toContain('OIC Matrix');
  }, 30_000);

  it('reads a PDF added through the file picker on the next refresh', async () => {
    const text = readFileSync(ADDED_LETTER, 'utf8');
    const pdf = Buffer.from(await letterToPdf(text));
    const before = await matrix();
    expect(before.get(ADDED_FORCE)).toEqual(Object.fromEntries(RECS.map((r) => [r, 'No response'])));

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: ADD_FILES_BUTTON }).click();
    await (await chooser).setFiles({ name: ADDED_FILE, mimeType: 'application/pdf', buffer: pdf });
    const sources = page.getByRole('region', { name: 'Sources' });
    await sources.getByText(ADDED_FILE).first().waitFor({ state: 'visible' });

    const summary = page.getByRole('region', { name: 'Last refresh' });
    const previous = await summary.innerText();
    await watchProgress();
    await page.getByRole('button', { name: 'Refresh from source' }).click();
    // The old summary stays until the refresh ends (the pane then shows the new one, or what went wrong).
    await eventually(async () => {
      expect(await page.locator('#oic-progress').isHidden()).toBe(true);
      expect(await summary.innerText()).not.toBe(previous);
    }, 60_000);
    expect(await summary.locator('.oic-error').allInnerTexts()).toEqual([]);
    expect(await summaryCounts()).toBe('Sources: 1 new, 0 changed, 5 unchanged, 0 failed.');
    const reading = (await progressSeen()).filter((t) => /^Reading \d+ of \d+: /.test(t));
    expect(reading.length).toBeGreaterThan(0);
    for (const t of reading) expect(t).toMatch(/^Reading [1-6] of 6: /);

    // The browser read the PDF as Node reads the same bytes, and as the letter's analyst did.
    const extracted = await extractText({ location: ADDED_FILE, bytes: new Uint8Array(pdf) });
    const want = statusesOf(extracted.text, ADDED_FILE);
    expect(outsideAccepted(want, acceptedReadings(path.dirname(ADDED_LETTER), 'norfolk.txt'))).toEqual([]);
    const after = await matrix();
    expect(after.get(ADDED_FORCE)).toEqual(want);
    expect(after.get('Dorset')).toEqual(before.get('Dorset'));
    expect(after.size).toBe(43);
    expect(await summary.innerText()).toContain(`${ADDED_FORCE}, recommendation 8:`);

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    if (process.env.OIC_UPDATE_DOCS === '1') {
      mkdirSync(path.dirname(DOCS_SCREENSHOT), { recursive: true });
      copyFileSync(SCREENSHOT, DOCS_SCREENSHOT);
    }
  }, 120_000);

  it('raised no error on the page and reached nothing beyond loopback but office.js telemetry', () => {
    expect(pageErrors).toEqual([]);
    const elsewhere = blocked.filter(
      (u) => new URL(u).hostname !== 'telemetryservice.firstpartyapps.oaspapps.com',
    );
    expect(elsewhere).toEqual([]);
  });
});
