// Placeholder while the reading pipeline is written; replaced in the next commit.
import type { ParsedResponse } from './types';
export function readLetter(_text: string, _source: string): ParsedResponse {
  throw new Error('readLetter: not written yet');
}
