import { randomBytes } from 'node:crypto';
import { promises as fs, unlinkSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes a file through a temporary file in the same folder and a rename, so a run that is interrupted
 * or fails never leaves half a file where the old one was: the old file stays until the new one is whole.
 */
export async function writeFileAtomic(target: string, data: Buffer): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const temp = path.join(
    dir,
    `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const cleanUp = () => {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed or never written.
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    cleanUp();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, target);
  } catch (err) {
    cleanUp();
    throw new Error(`Cannot write ${target}: ${describe(err as NodeJS.ErrnoException, dir)}`);
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

function describe(err: NodeJS.ErrnoException, dir: string): string {
  switch (err.code) {
    case 'ENOENT':
      return `the folder ${dir} does not exist.`;
    case 'EACCES':
    case 'EPERM':
    case 'EBUSY':
      return 'permission denied, or the file is open in another program (close it and try again).';
    case 'EISDIR':
      return 'that is a folder.';
    default:
      return err.message;
  }
}
