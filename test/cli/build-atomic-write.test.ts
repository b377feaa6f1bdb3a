import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from '../../src/cli/atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'oic-atomic-'));
});
afterEach(async () => {
  jest.restoreAllMocks();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('replaces the old file whole and leaves no temporary file behind', async () => {
    const target = path.join(dir, 'matrix.xlsx');
    await fs.writeFile(target, 'old workbook');
    await writeFileAtomic(target, Buffer.from('new workbook'));
    expect(await fs.readFile(target, 'utf8')).toBe('new workbook');
    expect(await fs.readdir(dir)).toEqual(['matrix.xlsx']);
  });

  it('keeps the old file untouched when writing stops part way', async () => {
    const target = path.join(dir, 'matrix.xlsx');
    await fs.writeFile(target, 'old workbook');
    const realWrite = fs.writeFile.bind(fs);
    jest.spyOn(fs, 'writeFile').mockImplementation(async (file, data) => {
      await realWrite(file as string, String(data).slice(0, 3));
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    });
    await expect(writeFileAtomic(target, Buffer.from('new workbook'))).rejects.toThrow(
      `Cannot write ${target}: no space left on device`,
    );
    expect(await fs.readFile(target, 'utf8')).toBe('old workbook');
    expect(await fs.readdir(dir)).toEqual(['matrix.xlsx']);
  });

  it('says so when the target is a folder, and leaves it as it was', async () => {
    const target = path.join(dir, 'matrix.xlsx');
    await fs.mkdir(target);
    await expect(writeFileAtomic(target, Buffer.from('x'))).rejects.toThrow(`Cannot write ${target}:`);
    expect((await fs.stat(target)).isDirectory()).toBe(true);
    expect(await fs.readdir(dir)).toEqual(['matrix.xlsx']);
  });
});
