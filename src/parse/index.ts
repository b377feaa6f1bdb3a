import { defaultRegister, type ForceRegister } from '../report/forces';
import { getReport } from '../report/report';
import type { ReportDefinition } from '../report/types';
import { looksBinary } from '../text/binary';
import { LetterError } from './errors';
import { runPipeline } from './pipeline';
import type { ParsedResponse } from './types';

export { LetterError } from './errors';
export * from './types';

export interface ReadOptions {
  report?: ReportDefinition;
  register?: ForceRegister;
}

/** The largest letter read; a response letter is a few pages, so anything far bigger is not one. */
export const MAX_LETTER_CHARS = 20 * 1024 * 1024;

/**
 * Reads one response letter, given as text from any format, into a status, evidence and commitments for
 * each recommendation for chief constables. Throws LetterError when the text cannot be a letter.
 */
export function readLetter(text: string, source: string, options: ReadOptions = {}): ParsedResponse {
  if (!text.trim()) throw new LetterError(source, 'the file is empty');
  if (text.length > MAX_LETTER_CHARS)
    throw new LetterError(source, 'the file is over 20 MB, too large to be a letter');
  if (looksBinary(text))
    throw new LetterError(source, 'the file is binary, not text (use a PDF or Word reader)');
  const response = runPipeline(text, source, {
    report: options.report ?? getReport(),
    register: options.register ?? defaultRegister(),
  });
  const answered = Object.values(response.recommendations).some((r) => r.status !== 'Not mentioned');
  if (!response.forceId && !response.letterDate && !answered) {
    throw new LetterError(
      source,
      'does not read as a response letter: no force, date or recommendation found in it',
    );
  }
  return response;
}
