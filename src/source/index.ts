/**
 * Reading letters from documents and the web: what the task pane and the core may import (no Node modules).
 * The command line and the server use ./node as well.
 */
export * from './types';
export { extractText } from './extract';
export { detectFormat } from './detect';
export { fetchViaRelay, type RelayFetchOptions } from './fetch-browser';
export { setPdfEnvironment, browserPdfEnvironment, type PdfEnvironment } from './pdf-environment';
