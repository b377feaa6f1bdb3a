/**
 * Where pdf.js finds its helpers. The one place that tells Node from the browser for PDF reading.
 * - Node (command line, tests): the worker code runs in this thread (pdf.js loads it itself) and the
 *   standard font data is read from pdfjs-dist's own folder.
 * - Browser (task pane): a real Web Worker from `pdfjs/pdf.worker.min.mjs` and the fonts from
 *   `pdfjs/standard_fonts/`, both relative to the page, copied there by the build. Nothing is fetched until a
 *   PDF is read.
 */
export interface PdfEnvironment {
  /** URL of pdf.js's worker script; absent in Node, where pdf.js runs the worker code in-thread. */
  workerSrc?: string;
  /** Folder of pdf.js standard font data, ending in '/': a URL in the browser, a path in Node. */
  standardFontDataUrl?: string;
}

let configured: PdfEnvironment | undefined;

/** For a host page that serves pdf.js's files somewhere else than beside itself. */
export function setPdfEnvironment(env: PdfEnvironment | undefined): void {
  configured = env;
}

export function pdfEnvironment(): PdfEnvironment {
  return configured ?? (isNode() ? nodePdfEnvironment() : browserPdfEnvironment(pageBase()));
}

export function browserPdfEnvironment(base: string): PdfEnvironment {
  return {
    workerSrc: new URL('pdfjs/pdf.worker.min.mjs', base).href,
    standardFontDataUrl: new URL('pdfjs/standard_fonts/', base).href,
  };
}

interface NodeProcess {
  versions?: { node?: string };
  getBuiltinModule?: (id: string) => unknown;
}

function nodeProcess(): NodeProcess | undefined {
  return (globalThis as { process?: NodeProcess }).process;
}

function isNode(): boolean {
  return typeof nodeProcess()?.versions?.node === 'string';
}

function nodePdfEnvironment(): PdfEnvironment {
  // Reached through process.getBuiltinModule rather than an import so the task pane's bundle has no Node
  // modules in it.
  const nodeModule = nodeProcess()?.getBuiltinModule?.('module') as
    { createRequire(from: string): { resolve(id: string): string } } | undefined;
  if (!nodeModule) return {};
  const pkg = nodeModule.createRequire(__filename).resolve('pdfjs-dist/package.json');
  return { standardFontDataUrl: pkg.replace(/package\.json$/, 'standard_fonts/') };
}

function pageBase(): string {
  const g = globalThis as { document?: { baseURI?: string }; location?: { href?: string } };
  return g.document?.baseURI ?? g.location?.href ?? '/';
}
