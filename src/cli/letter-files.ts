import { promises as fs } from 'node:fs';
import { LetterError, MAX_LETTER_CHARS } from '../parse';

/**
 * A letter file's text. Plain text only until the document readers (src/source) take over here: a file
 * that is missing, empty or too large gets a one-line reason.
 */
export async function readLetterFile(file: string): Promise<string> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new LetterError(file, 'no such file');
  }
  if (stat.isDirectory()) throw new LetterError(file, 'is a folder, not a letter');
  if (stat.size === 0) throw new LetterError(file, 'the file is empty');
  if (stat.size > MAX_LETTER_CHARS)
    throw new LetterError(file, 'the file is over 20 MB, too large to be a letter');
  const bytes = await fs.readFile(file);
  return bytes.toString('utf8');
}
