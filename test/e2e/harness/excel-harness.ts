/**
 * Stands in for Excel around the real task pane in a plain browser. Loaded by the test's server right after
 * the local office.js and before the pane's own scripts (see serve.ts), it:
 *  - gives the page a global Excel whose run() is the strict fake's (a property read before load and sync
 *    throws, as in Excel), holding one workbook for the page's life;
 *  - answers Office.onReady with host Excel once the page has loaded. office.js outside Office settles
 *    onReady with a null host (no host information in the address, window name or session), so without this
 *    the pane would not know it is in Excel;
 *  - supplies the parts of Office a host would (context.requirements, addin), recording the calls.
 * It never serves in production: the test builds it into its own folder and serves it from there.
 */
import { createFakeExcel, findSheet, type CellState, type FakeExcel } from '../../fakes/excel-fake';
import { keyColumn, keyRow } from '../../fakes/excel-fake/state';

type Batch = Parameters<FakeExcel['run']>[0];
type CellValue = CellState['value'];

interface OfficeNamespace {
  HostType: Record<string, string>;
  PlatformType: Record<string, string>;
  onReady: unknown;
  context?: unknown;
  addin?: unknown;
  StartupBehavior?: unknown;
}

/** The requirement sets the fake models (its sources cite each API's set), as an Excel would report them. */
const SUPPORTED_SETS: Record<string, string> = {
  ExcelApi: '1.18',
  SharedRuntime: '1.1',
  CustomFunctionsRuntime: '1.3',
};

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

const page = window as unknown as Record<string, unknown>;
const office = page.Office as OfficeNamespace | undefined;
if (!office || !office.HostType) {
  throw new Error('The Excel harness must load after office.js: Office.HostType is not defined.');
}

const excel = createFakeExcel();
const calls: string[] = [];

page.Excel = {
  run(...args: unknown[]) {
    // The pane uses Excel.run(batch); the overloads that take an existing context are not modelled.
    if (args.length !== 1 || typeof args[0] !== 'function') {
      return Promise.reject(new Error('The Excel harness supports Excel.run(batch) only.'));
    }
    return excel.run(args[0] as Batch);
  },
};

const info = {
  host: office.HostType.Excel,
  platform: office.PlatformType.OfficeOnline,
  addin: { visibilityMode: 'Taskpane' },
};
const loaded = new Promise<void>((resolve) => {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => resolve());
  else resolve();
});

/**
 * office.js goes on initialising after this script has run and, on a busy machine, may then put its own
 * Office.context (no host, so no requirements) in place of ours. So the host's parts are installed again
 * once office.js has settled (its own onReady resolves, with a null host, outside Office) and before the
 * pane is told it is ready; where office.js has made context read-only, they go onto its context object.
 */
const officeSettled = (office.onReady as () => Promise<unknown>).call(office).catch(() => undefined);
const hostParts = {
  requirements: {
    isSetSupported(name: string, minVersion?: string) {
      const have = SUPPORTED_SETS[name];
      return have !== undefined && versionAtLeast(have, minVersion ?? '1.1');
    },
  },
  displayLanguage: 'en-GB',
  contentLanguage: 'en-GB',
};
const officeNamespace: OfficeNamespace = office;
function installHostContext(): void {
  const own = Object.getOwnPropertyDescriptor(officeNamespace, 'context');
  if (!own || own.writable || own.set) {
    officeNamespace.context = hostParts;
    if (officeNamespace.context === hostParts) return;
  }
  const context = officeNamespace.context as Record<string, unknown> | undefined;
  if (!context) throw new Error('The Excel harness found no Office.context to give the host parts to.');
  for (const [key, value] of Object.entries(hostParts)) {
    Object.defineProperty(context, key, { value, configurable: true, enumerable: true });
  }
}
installHostContext();

office.onReady = (callback?: (i: typeof info) => unknown) =>
  Promise.all([loaded, officeSettled]).then(async () => {
    installHostContext();
    if (callback) await callback(info);
    return info;
  });

office.StartupBehavior = { none: 'None', load: 'Load' };
office.addin = {
  async setStartupBehavior(behaviour: string) {
    calls.push(`addin.setStartupBehavior(${behaviour})`);
  },
  async showAsTaskpane() {
    calls.push('addin.showAsTaskpane()');
  },
  async hide() {
    calls.push('addin.hide()');
  },
};

/** The values of a sheet from A1 to its last used cell, "" where empty; null when there is no such sheet. */
function sheetValues(name: string): CellValue[][] | null {
  const sheet = findSheet(excel.state, name);
  if (!sheet) return null;
  let rows = 0;
  let cols = 0;
  const at: Array<[number, number, CellValue]> = [];
  for (const [key, cell] of sheet.cells) {
    const r = keyRow(key);
    const c = keyColumn(key);
    if (cell.value === '' && cell.formula === null) continue;
    rows = Math.max(rows, r + 1);
    cols = Math.max(cols, c + 1);
    at.push([r, c, cell.value]);
  }
  const grid: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(cols).fill(''));
  for (const [r, c, v] of at) grid[r][c] = v;
  return grid;
}

/** What the test reads back, through page.evaluate: plain data only. */
page.oicHarness = {
  sheetNames: () => excel.state.sheets.map((s) => s.name),
  sheetValues,
  syncs: () => excel.stats.syncs,
  officeCalls: () => [...calls],
};
