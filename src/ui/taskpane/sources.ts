import type { SourceKind, SourceRecord } from '../../dataset/types';
import type { ForceRegister } from '../../report/forces';
import type { SourceItem } from './refresh';

const KIND_TEXT: Record<SourceKind, string> = { bundled: 'Bundled letter', file: 'File', url: 'Web page' };

function kindOf(location: string): SourceKind {
  if (location.startsWith('bundled:')) return 'bundled';
  if (/^https?:\/\//i.test(location)) return 'url';
  return 'file';
}

function shortLocation(location: string): string {
  return location.replace(/^bundled:/, '');
}

/** The sources the workbook's data was last read from, with how each went. */
export function sourcesFromDataset(sources: readonly SourceRecord[], register: ForceRegister): SourceItem[] {
  return sources.map((s) => {
    const force = s.forceId ? register.byId(s.forceId) : undefined;
    return {
      label: force?.name ?? shortLocation(s.location),
      detail: `${KIND_TEXT[s.kind]}: ${shortLocation(s.location)}`,
      state: s.result === 'ok' ? 'read' : s.result === 'error' ? 'failed' : 'not read',
      message: s.message,
    };
  });
}

/** Before the first build: the letters that ship with the add-in, named by force where the file name says. */
export function bundledSources(fileNames: readonly string[], register: ForceRegister): SourceItem[] {
  return [...fileNames].sort().map((name) => {
    const location = `bundled:${name}`;
    const force = register.byId(name.replace(/\.[^.]+$/, ''));
    return {
      label: force?.name ?? name,
      detail: `${KIND_TEXT[kindOf(location)]}: ${name}`,
      state: 'not read',
      message: null,
    };
  });
}
