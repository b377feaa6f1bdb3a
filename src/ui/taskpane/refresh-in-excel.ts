/// <reference types="office-js" />
import { extractText, fetchViaRelay, SourceError } from '../../source';
import type { Dataset } from '../../dataset/types';
import type { AddedSource } from './added';
import { sha256Hex } from './hash';
import { runRefresh } from './pipeline';
import type { RefreshProgress, RefreshResult } from './refresh';

/**
 * The refresh wired to the real world: Excel.run, the letters served beside the pane, web addresses
 * through the add-in's server. Loaded on the first press of the button (with the letter reader, the plan
 * and the writer), so the pane itself opens light.
 */
async function bundledLetter(name: string): Promise<Uint8Array> {
  const location = `bundled:${name}`;
  let res: Response;
  try {
    res = await fetch(new URL(`letters/${encodeURIComponent(name)}`, document.baseURI).href, {
      cache: 'no-store',
    });
  } catch (err) {
    throw new SourceError(
      'unreachable',
      location,
      `The bundled letter ${name} could not be loaded from the add-in's server (${err instanceof Error ? err.message : String(err)}).`,
    );
  }
  if (!res.ok) {
    throw new SourceError(
      'not-found',
      location,
      `The bundled letter ${name} is not in this version of the add-in (the server answered ${res.status}).`,
    );
  }
  return new Uint8Array(await res.arrayBuffer());
}

export function refreshInExcel(
  options: { bundledLetters: readonly string[]; notes: boolean; publish(dataset: Dataset): void },
  added: readonly AddedSource[],
  onProgress: (progress: RefreshProgress) => void,
): Promise<RefreshResult> {
  return runRefresh(
    {
      run: (batch) => Excel.run(batch),
      bundled: bundledLetter,
      fetchUrl: (url) => fetchViaRelay(url),
      extract: extractText,
      hash: sha256Hex,
      bundledLetters: options.bundledLetters,
      notes: options.notes,
      now: () => new Date(),
      publish: options.publish,
    },
    added,
    onProgress,
  );
}
