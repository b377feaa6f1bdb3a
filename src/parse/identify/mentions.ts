import type { ForceRegister } from '../../report/forces';
import type { Force } from '../../report/types';

export interface Mention {
  force: Force;
  /** Character offsets in the text searched. */
  start: number;
  end: number;
}

interface Token {
  key: string;
  raw: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  const re = /[A-Za-z0-9]+(?:['’][A-Za-z]+)?|&/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const raw = m[0];
    // "Merseyside's port" names Merseyside.
    const key =
      raw === '&'
        ? 'and'
        : raw
            .toLowerCase()
            .replace(/['’]s$/, '')
            .replace(/['’]/g, '');
    out.push({ key, raw, start: m.index, end: m.index + raw.length });
  }
  return out;
}

interface Candidate {
  words: string[];
  /** Acronyms ("MPS", "WMP") match only in capitals, so "MPs" is not the Met. */
  exact: string[] | null;
  force: Force;
}

const indexes = new WeakMap<ForceRegister, Map<string, Candidate[]>>();

function indexFor(register: ForceRegister): Map<string, Candidate[]> {
  let index = indexes.get(register);
  if (index) return index;
  index = new Map();
  const seen = new Set<string>();
  const add = (name: string, force: Force) => {
    const words = tokens(name).map((t) => t.key);
    if (!words.length) return;
    const acronym = !/[a-z]/.test(name) && name.length <= 6;
    const id = `${words.join(' ')}|${acronym}`;
    if (seen.has(id)) return;
    seen.add(id);
    const list = index!.get(words[0]) ?? [];
    list.push({ words, exact: acronym ? tokens(name).map((t) => t.raw) : null, force });
    index!.set(words[0], list);
  };
  for (const force of register.forces) {
    add(force.name, force);
    for (const alias of force.aliases) add(alias, force);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  indexes.set(register, index);
  return index;
}

/** Every place a force is named, longest name first at each place ("Hampshire and Isle of Wight" over "Hampshire"). */
export function findMentions(text: string, register: ForceRegister): Mention[] {
  const index = indexFor(register);
  const toks = tokens(text);
  const out: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const candidates = index.get(toks[i].key);
    if (!candidates) continue;
    for (const c of candidates) {
      if (i + c.words.length > toks.length) continue;
      let ok = true;
      for (let k = 0; k < c.words.length && ok; k++) {
        const t = toks[i + k];
        ok = c.exact ? t.raw === c.exact[k] : t.key === c.words[k];
      }
      if (ok) {
        out.push({ force: c.force, start: toks[i].start, end: toks[i + c.words.length - 1].end });
        i += c.words.length - 1;
        break;
      }
    }
  }
  return out;
}
