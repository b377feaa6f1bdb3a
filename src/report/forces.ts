import register from './forces.json';
import type { Force } from './types';

export const FORCES: readonly Force[] = register.forces as Force[];

/** Lower case, '&' read as 'and', punctuation and extra spaces gone: the key aliases are compared by. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface ForceRegister {
  readonly forces: readonly Force[];
  byId(id: string): Force | undefined;
  /** A force by id, display name or any alias, in any case; with or without "Police", "Constabulary", "the". */
  find(name: string): Force | undefined;
  /** Every name of every force, longest first, with the force it names. */
  readonly names: ReadonlyArray<{ key: string; force: Force }>;
}

const FORCE_WORDS = /\b(police|constabulary|constabularies|force|service)\b/g;

export function createRegister(forces: readonly Force[] = FORCES): ForceRegister {
  const byKey = new Map<string, Force>();
  const byId = new Map<string, Force>();
  const names: Array<{ key: string; force: Force }> = [];
  const add = (name: string, force: Force) => {
    const key = nameKey(name);
    if (!key) return;
    if (!byKey.has(key)) {
      byKey.set(key, force);
      names.push({ key, force });
    }
  };
  for (const force of forces) {
    byId.set(force.id, force);
    add(force.name, force);
    add(force.id.replace(/-/g, ' '), force);
    for (const alias of force.aliases) add(alias, force);
  }
  names.sort((a, b) => b.key.length - a.key.length);
  return {
    forces,
    names,
    byId: (id) => byId.get(id),
    find(name) {
      const key = nameKey(name);
      if (!key) return undefined;
      const direct = byKey.get(key) ?? byId.get(name.trim().toLowerCase());
      if (direct) return direct;
      const bare = key.replace(/^the /, '').replace(FORCE_WORDS, ' ').replace(/\s+/g, ' ').trim();
      return byKey.get(bare);
    },
  };
}

let shared: ForceRegister | undefined;
export function defaultRegister(): ForceRegister {
  shared ??= createRegister();
  return shared;
}
