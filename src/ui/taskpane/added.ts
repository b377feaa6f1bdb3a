/**
 * Sources the analyst adds in the pane, held until the next refresh reads them: files picked from disk
 * (their text is then stored in the workbook, so later refreshes read them again without the file) and web
 * addresses (read again through the add-in's server at every refresh).
 */
export interface AddedFile {
  kind: 'file';
  /** The file's name: what the Sources sheet and the summary call it. */
  name: string;
  size: number;
  read(): Promise<Uint8Array>;
}

export interface AddedUrl {
  kind: 'url';
  url: string;
}

export type AddedSource = AddedFile | AddedUrl;

/** As the command line and the server: a response letter is a few pages, never near this. */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

/** What the file picker offers; anything else picked is still tried, and refused by content if need be. */
export const FILE_TYPES = [
  '.pdf',
  '.docx',
  '.htm',
  '.html',
  '.txt',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/html',
  'text/plain',
].join(',');

export function locationOf(source: AddedSource): string {
  return source.kind === 'file' ? source.name : source.url;
}

/** A web address as typed, checked: http or https with a host. Returns it tidied, or why it will not do. */
export function checkAddress(typed: string): { url: string } | { problem: string } {
  const text = typed.trim();
  if (!text) return { problem: 'Type or paste the web address of a letter first.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { problem: `"${text}" is not a web address: it should start https://` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { problem: `${text} is not a web page address: only http and https addresses are read.` };
  if (!url.hostname) return { problem: `${text} has no site name in it.` };
  return { url: url.href };
}

/**
 * The added sources with one entry per location: a file picked again, or an address added twice, replaces
 * the earlier one.
 */
export function mergeAdded(current: readonly AddedSource[], more: readonly AddedSource[]): AddedSource[] {
  const byLocation = new Map<string, AddedSource>();
  for (const s of [...current, ...more]) {
    byLocation.delete(locationOf(s));
    byLocation.set(locationOf(s), s);
  }
  return [...byLocation.values()];
}
