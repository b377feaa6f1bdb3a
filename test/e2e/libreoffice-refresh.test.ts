import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import {
  build,
  edit,
  evidenceRow,
  historyRows,
  matrixCell,
  matrixRow,
  noteText,
  open,
  refresh,
  setReason,
} from '../cli/refresh-helpers';
import { describeWithTools, LIBREOFFICE } from './requirements';

const run = promisify(execFile);

/**
 * The strongest form of "a file edited by a spreadsheet program": the analyst's edit is saved by
 * LibreOffice Calc, whose .xlsx is its own (shared strings, styles, names and all), and the refresh
 * reads that file. The refreshed file then goes back through LibreOffice to show it still opens.
 */
describeWithTools('Refreshing a workbook saved by LibreOffice Calc', [LIBREOFFICE], (found) => {
  const soffice = found[LIBREOFFICE.aptPackage];
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'oic-lo-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  /** Opens and saves the file in LibreOffice, in a profile of its own so other runs cannot lock it. */
  async function throughLibreOffice(file: string): Promise<void> {
    const out = path.join(dir, 'lo-out');
    await fs.mkdir(out, { recursive: true });
    await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
        '--headless',
        '--calc',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        out,
        file,
      ],
      { timeout: 120_000 },
    );
    await fs.rename(path.join(out, path.basename(file)), file);
  }

  it("keeps Complete typed over Dorset's Rec 2, as an override with the parser's reading beside it, and appends the history", async () => {
    const file = path.join(dir, 'matrix.xlsx');
    await build(file);
    await edit(file, (wb) => {
      matrixCell(wb, 'dorset', 2).value = 'Complete';
      setReason(wb, 'dorset', 2, 'Confirmed with the force');
    });
    await throughLibreOffice(file);
    const saved = await open(file);
    expect(matrixCell(saved, 'dorset', 2).value).toBe('Complete');
    const before = historyRows(saved);
    expect(before).toHaveLength(43 * 4);

    const { result, stdout } = await refresh(file);
    expect(result.failed).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(stdout).toContain('changed: Dorset, Rec 2: In progress -> Complete (analyst override)');

    const wb = await open(file);
    const cell = matrixCell(wb, 'dorset', 2);
    expect(cell.value).toBe('Complete');
    expect(cell.border.top).toMatchObject({ style: 'medium' });
    expect(matrixRow(wb, 'dorset')['Overrides (parser reads)']).toBe('2 (parser: In progress)');
    expect(noteText(cell)).toContain(
      'OVERRIDE on 01/02/2026: Confirmed with the force. Parser reads: In progress.',
    );
    expect(evidenceRow(wb, 'dorset', 2)).toMatchObject({
      'Parser reading': 'In progress',
      'Analyst override': 'Complete',
    });
    const after = historyRows(wb);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length)).toEqual([
      ['2026-02-01T10:00:00.000Z', 'Dorset', 2, 'In progress', 'Complete', 'Analyst override', null],
    ]);

    // The refreshed file opens in LibreOffice again, and a second refresh keeps the override.
    await throughLibreOffice(file);
    await refresh(file, { now: new Date('2026-03-01T10:00:00Z') });
    const again = await open(file);
    expect(matrixCell(again, 'dorset', 2).value).toBe('Complete');
    expect(historyRows(again)).toEqual(after);
  }, 240_000);
});
