import type { ForceRegister } from '../../report/forces';
import type { LetterText } from '../../text/paragraphs';
import { findMentions } from './mentions';

/**
 * The commissioner is named beside their title ("Tim Passmore, Police and Crime Commissioner for Suffolk",
 * "...Commissioner for Gwent: Jane Mudd") or under the valediction. The addressee (the Home Secretary)
 * is named too, so a bare name elsewhere is never taken.
 */
const TITLE =
  /(?:police,?\s+(?:fire\s+(?:and|&)\s+)?(?:and|&)?\s*crime(?:\s+and\s+victims['’]?)?\s+commissioner|\bP(?:F)?CC\b|commissioner\s+for\s+police\b|deputy mayor for policing(?:(?:,\s*|\s+(?:and|&)\s+)(?:fire|crime|criminal\s+justice|victims))*|\bmayor of [A-Z][a-z]+|\bchair(?:man|woman)?,?\s+(?:of\s+)?(?:the\s+)?(?:city\s+of\s+london\s+)?police\s+authority(?:\s+board)?)/i;
const TITLES = new RegExp(TITLE.source, 'gi');
// "Deputy" alone is a City of London councillor's title ("Deputy Tijs Broeke, Chair, Police Authority Board").
const HONORIFIC =
  /^(?:(?:the\s+)?(?:rt\.?\s+hon\.?|right honourable|cllr\.?|councillor|dr\.?|mr\.?|mrs\.?|ms\.?|miss|sir|dame|lord|lady|baroness|professor|prof\.?|(?:deputy\s+)?mayor|commissioner|deputy)\s+)+/i;
const POSTNOMINALS =
  /(?:,?\s+(?:OBE|MBE|CBE|KBE|DBE|BEM|QPM|KPM|DL|JP|MP|KC|QC|TD|VR|MA|MSc|MPhil|MLitt|MEd|MRes|LLM|BSc|BEd|BA|LLB|MBA|PhD|DPhil|FRSA|MStJ|OStJ|CStJ|KStJ|DStJ|FCA|CBiol|MCIPD|RN|VD|ADC|DSO|MC|DFC|AFC|GM|LVO|MVO|CVO))+$/;
/** Words of a staff member's role ("Policy Officer", "Correspondence Officer"), which no name is made of. */
const STAFF_WORDS = [
  'officer',
  'manager',
  'adviser',
  'advisor',
  'assistant',
  'clerk',
  'coordinator',
  'co-ordinator',
  'administrator',
  'analyst',
  'support',
  'policy',
  'governance',
  'communications',
  'business',
];
const NOT_NAME = new Set(
  (
    'police crime commissioner office home secretary constabulary force response dear yours sincerely faithfully ' +
    'right honourable chief constable deputy mayor report recommendation street road headquarters hmicfrs ' +
    'improving the for of and from to in on by with please ask telephone email web our ref re signature ' +
    'handwritten appearing read written ink dark style kind regards best wishes thank you marsham london ' +
    'inspector inspectorate national unit team director head chair board panel cc copy ' +
    'house park centre center court hall building buildings place square lane way chambers tower ' +
    'correspondence executive casework ' +
    STAFF_WORDS.join(' ')
  ).split(' '),
);
/** A role line under a name that marks a member of staff signing for the commissioner. */
const STAFF_ROLE = new RegExp(`\\b(?:head of|secretary|chief executive|${STAFF_WORDS.join('|')})\\b`, 'i');
const SENDER =
  /\b(?:which|that)\s+((?:[A-Z][a-zA-Z'’-]+\s+){1,2}[A-Z][a-zA-Z'’-]+)\s+(?:sent|signed|wrote|submitted|has\s+sent|has\s+signed)\b|\b(?:signed|sent|written)\s+by\s+((?:[A-Z][a-zA-Z'’-]+\s+){1,2}[A-Z][a-zA-Z'’-]+)/g;
const TITLED_NAME =
  /\b(?:Commissioner|PCC|PFCC)(?:,\s+|\s+)((?:[A-Z][a-zA-Z'’-]+\s+){1,2}[A-Z][a-zA-Z'’-]+)\b/g;
const CHIEF_CALLED_COMMISSIONER = new Set(['metropolitan', 'city-of-london']);
/** A UK postcode: a line that carries one is an address. */
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/;
/** How far into a role line its title may start ("West Midlands Police and Crime Commissioner"). */
const ROLE_TITLE_AT = 40;
const VALEDICTION =
  /(?:^|\|\s*)(?:yours\s+(?:sincerely|faithfully|truly)|kind regards|best regards|with best wishes|best wishes|regards)\b/i;

function asName(raw: string, register: ForceRegister): string | null {
  const text = raw
    .replace(HONORIFIC, '')
    .replace(POSTNOMINALS, '')
    .replace(/[,.;:]+$/, '')
    .trim();
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 4) return null;
  for (const w of words) {
    if (!/^(?:[A-Z][a-zA-Z'’-]+|[A-Z]\.?|(?:de|van|von|le|la|du|ap))$/.test(w)) return null;
    if (NOT_NAME.has(w.toLowerCase())) return null;
  }
  if (findMentions(text, register).length) return null;
  return text;
}

/** The last two to four capitalised words before `end`, as a name if they make one. */
function nameBefore(text: string, end: number, register: ForceRegister): string | null {
  const head = text.slice(0, end).replace(/[\s,\-|]+$/, '');
  const m =
    /((?:(?:Rt\.? Hon\.?|Cllr\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sir|Dame|Lord|Baroness)\s+)?(?:[A-Z][a-zA-Z'’-]*\.?\s+){1,3}[A-Z][a-zA-Z'’-]+)$/.exec(
      head,
    );
  if (!m) return null;
  // Try the longest run first, then shorter ones, so "Response from Simon Foster" yields "Simon Foster".
  const words = m[1].split(/\s+/);
  for (let k = Math.min(4, words.length); k >= 2; k--) {
    const name = asName(words.slice(-k).join(' '), register);
    if (name) return name;
  }
  return null;
}

/** "On behalf of John Tizard, Police and Crime Commissioner for Bedfordshire, I am sending...". */
function principalOf(line: string, register: ForceRegister): string | null {
  const m = /(?:\bon behalf of|^\s*p\.?p\.?)\s+([^,]+),\s*(.+)$/i.exec(line);
  // "on behalf of Sadiq Khan, Mayor of London": the signer is the deputy mayor, who holds the office.
  if (!m || !TITLE.test(m[2].slice(0, 80)) || /\bmayor of\b/i.test(m[2].slice(0, 40))) return null;
  return asName(m[1].trim(), register);
}

function firstPrincipal(lines: string[], register: ForceRegister): string | null {
  for (const line of lines) {
    const name = principalOf(line, register);
    if (name) return name;
  }
  return null;
}

function nameAfter(text: string, start: number, register: ForceRegister): string | null {
  const tail = text.slice(start);
  const m =
    /^\s*[:\-|]\s*([^,.;\n|]{3,60})/.exec(tail) ??
    // "...the Police and Crime Commissioner, Nicolle Ndiweni, sets out"
    /^\s*,\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*(?:,|\.?\s*$)/.exec(tail) ??
    // "...Commissioner Clare Moody's response"
    /^\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+){1,3})['’]s\b/.exec(tail) ??
    // "...Commissioner Susan Dungworth said:"
    /^\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})(?=\s+(?:said|says|commented|added|writes|wrote|has\s+published|has\s+written|has\s+set\s+out|publishes|sets\s+out)\b|\s*[,:;]|\s*$)/.exec(
      tail,
    );
  return m ? asName(m[1], register) : null;
}

/**
 * Where the place a mayoral title names ends. The title pattern stops after one word ("Mayor of West"), since
 * a name may follow a one-word place directly ("Mayor of London Sadiq Khan"); the register knows how far a
 * longer place runs ("Mayor of West Yorkshire, Tracy Brabin,").
 */
function placeEnd(line: string, end: number, register: ForceRegister): number {
  const place = findMentions(line, register).find((x) => x.start < end && x.end > end);
  return place ? place.end : end;
}

/** A tracker's header: "Commissioner: David Sidwick". */
const COMMISSIONER_LABEL = /^\s*(?:police(?:,\s*fire)?\s+and\s+crime\s+)?commissioner\s*:\s*(.+)$/i;
const OFFICE_OF = /\b(?:the\s+)?office\s+of\s+the\s+[^|,;]*/gi;
// A quotation may close before or after the full stop: '...organised immigration crime". The Commissioner...'.
const SENTENCE_END =
  /(?<!\b(?:Dr|Mr|Mrs|Ms|St|Rt|Hon|Cllr|Prof|No))(?<=[a-z0-9)]["'”’]?[.!?]["'”’]?)\s+(?=[A-Z"“])/;

/** Lines from a "cc:" or "copy to" line on name other people's commissioners. */
const COPY_LIST = /^\s*(?:cc|c\.c\.|copy(?: to)?|copies to|copied to)\s*:/i;

/** The force a title line names, if any ("Police and Crime Commissioner for Bedfordshire"). */
function forceNamed(line: string, register: ForceRegister): string | null {
  const mentions = findMentions(line, register);
  return mentions.length ? mentions[mentions.length - 1].force.id : null;
}

export function identifyCommissioner(
  letter: LetterText,
  register: ForceRegister,
  authorForceId: string | null = null,
): string | null {
  const all = letter.paragraphs.flatMap((p) => p.lines);
  // A copy list sits under the signature; one at the head of the letter names nobody who signs.
  const signedAt = all.findIndex((l) => VALEDICTION.test(l.trim()));
  const cut = all.findIndex((l, i) => COPY_LIST.test(l) && i > signedAt && signedAt >= 0);
  const lines = cut >= 0 ? all.slice(0, cut) : all;
  const forAnother = (line: string) => {
    const named = forceNamed(line, register);
    return Boolean(authorForceId && named && named !== authorForceId);
  };
  // 1. Under a valediction: the first short line that is a name, unless the line below gives a staff role
  // (an officer sending the commissioner's words), when the commissioner is named elsewhere.
  for (let at = 0; at < lines.length; at++) {
    if (!VALEDICTION.test(lines[at].trim())) continue;
    const block = lines.slice(at + 1, at + 6);
    for (let i = 0; i < block.length; i++) {
      const line = block[i];
      if (/^\s*(?:for and on behalf of|on behalf of|p\.?p\.?)\s/i.test(line)) continue;
      const firstPart = line.split(/,|\s[-|]\s/)[0];
      const titled = TITLE.test(firstPart);
      const candidate = titled ? firstPart.slice(0, TITLE.exec(firstPart)!.index) : firstPart;
      const name = asName(candidate.trim(), register);
      if (!name) continue;
      const role = titled ? line : (block[i + 1] ?? '');
      // "Policy Officer | Office of the Kent Police and Crime Commissioner" is a member of staff.
      if (!TITLE.test(role.replace(OFFICE_OF, '')) && STAFF_ROLE.test(role)) {
        // "For and on behalf of David Sidwick, Police and Crime Commissioner": who a member of staff signs
        // for, under the signature or in the text.
        const principal = firstPrincipal(block, register) ?? firstPrincipal(lines, register);
        if (principal) return principal;
        break;
      }
      return name;
    }
  }
  // 2. A signature block: a line that is a name, with the title on a line just below it. It outweighs a name
  // beside the title in running prose ("the Deputy Mayor for Policing and Crime, Jane Smith, has discussed...").
  // The role line under a name opens with the title; a sentence that mentions it further on ("Response of
  // the Police and Crime Commissioner for...") is not one, and the line above it may be an address.
  const roleLine = (l: string) => {
    const t = TITLE.exec(l);
    return (
      t !== null && t.index <= ROLE_TITLE_AT && !forAnother(l) && !/^\s*(?:the\s+)?office\s+of\b/i.test(l)
    );
  };
  for (let i = 0; i + 1 < lines.length; i++) {
    const below = lines.slice(i + 1, i + 3);
    // "Office of the Police and Crime Commissioner" under a staff member's role names the office, not them.
    if (STAFF_ROLE.test(below[0] ?? '') && !TITLE.test((below[0] ?? '').replace(OFFICE_OF, ''))) continue;
    if (!below.some(roleLine) || POSTCODE.test(below[0] ?? '')) continue;
    const name = asName(lines[i].replace(/,$/, '').trim(), register);
    if (name) return name;
  }
  // 3. Beside the title, on one line. A mayor named beside the office is the one only if no one else is:
  // the deputy mayor who signs for the mayor holds the office (DESIGN.md).
  let mayor: string | null = null;
  // Sentence by sentence, where a paragraph runs on one line: "The Mayor of Greater Manchester holds the
  // powers... This statement is made by Kate Green, Deputy Mayor for Policing...".
  for (const whole of lines.flatMap((l) => l.split(SENTENCE_END))) {
    // "on behalf of Sadiq Khan, Mayor of London" names the office, not the signer, who may stand before it
    // ("Alison Lowe, Deputy Mayor for Policing and Crime, on behalf of..."); so does "the Mayor, Sadiq Khan,
    // ... I write on his behalf", where the signer is the deputy mayor who holds the office.
    const line = whole.split(/\bon behalf of\b/i)[0];
    // "Alison Lowe, Deputy Mayor, will oversee this on my behalf": someone who acts for the writer.
    if (forAnother(line) || /\bon my behalf\b/i.test(line)) continue;
    // "...the Mayor, Andy Burnham, holds the functions of a police and crime commissioner, and responses are
    // made on his behalf by the Deputy Mayor for Policing, Crime, Criminal Justice and Fire, Kate Green":
    // each title in the sentence is read, and the deputy acting on the mayor's behalf is the signer.
    for (const m of line.matchAll(TITLES)) {
      if (
        /\bmayor\b/i.test(m[0]) &&
        !/^deputy\b/i.test(m[0]) &&
        /\bon (?:his|her|their) behalf\b/i.test(line)
      )
        continue;
      const deferred = /^mayor of\b/i.test(m[0]);
      const titleEnd = deferred ? placeEnd(line, m.index + m[0].length, register) : m.index + m[0].length;
      const tail = line.slice(titleEnd);
      const forcePart = /^\s*(?:for|of)\s+(?:the\s+)?[A-Z][\w&' -]*?(?=\s*[:\-|]|$)/.exec(tail);
      // "...Commissioner, Clemonds Hey, Oakmere Road, Winsford CW7 2UA": an address follows, not a name.
      const after = POSTCODE.test(tail)
        ? null
        : nameAfter(line, titleEnd + (forcePart ? forcePart[0].length : 0), register);
      if (after && deferred) {
        mayor ??= after;
        continue;
      }
      if (after) return after;
      let beforeEnd = m.index;
      // "Simon Foster, West Midlands Police and Crime Commissioner": step over the force's name.
      const mentions = findMentions(line.slice(0, m.index), register);
      const last = mentions[mentions.length - 1];
      if (
        last &&
        line
          .slice(last.end, m.index)
          .replace(/^['’]s\b/, '')
          .trim() === ''
      )
        beforeEnd = last.start;
      // "Simon Foster, the Police and Crime Commissioner for...": step over the article.
      const article = /,?\s*the\s*$/i.exec(line.slice(0, beforeEnd));
      if (article) beforeEnd = article.index;
      const before = nameBefore(line, beforeEnd, register);
      if (before && deferred) mayor ??= before;
      else if (before) return before;
    }
  }
  // A tracker's header: "Commissioner: David Sidwick".
  for (const line of lines) {
    const m = COMMISSIONER_LABEL.exec(line);
    const name = m && asName(m[1].trim(), register);
    if (name) return name;
  }
  // "Commissioner Ben Adams said": the title before the name, where a force's chief officer is not also
  // called the Commissioner (the Met, the City of London).
  if (!authorForceId || !CHIEF_CALLED_COMMISSIONER.has(authorForceId)) {
    for (const line of lines) {
      for (const m of line.matchAll(TITLED_NAME)) {
        const name = asName(m[1], register);
        if (name) return name;
      }
    }
  }
  // 4. Named as the one who sent or signed it: "the response ... which Clare Moody sent".
  for (const line of lines) {
    for (const m of line.matchAll(SENDER)) {
      const name = asName(m[1] ?? m[2], register);
      if (name) return name;
    }
  }
  // 5. A letterhead that gives the title on a line of its own and the name on the line below ("Humberside Police
  // and Crime Commissioner / Jonathan Evison"), where the name is not the addressee's ("Rt Hon ... MP").
  if (mayor) return mayor;
  for (let i = 0; i + 1 < lines.length; i++) {
    const below = lines[i + 1];
    if (!titleOnly(lines[i], register) || isAddressee(below) || ADDRESSEE_ROLE.test(lines[i + 2] ?? ''))
      continue;
    const name = asName(below.trim(), register);
    if (name) return name;
  }
  return null;
}

/** An addressee's name: "Rt Hon Yvette Cooper MP" ("MP" only in capitals). */
function isAddressee(line: string): boolean {
  return /^\s*(?:the\s+)?(?:rt\.?\s+hon|right\s+honourable)\b/i.test(line) || /\bMP\s*$/.test(line);
}
/** The roles of those a letter is addressed to, named on the line under their name. */
const ADDRESSEE_ROLE =
  /\b(?:home secretary|secretary of state|minister|chief inspector|inspector of constabulary)\b/i;

/** A line that is a commissioner's title and nothing else but the force's name. */
function titleOnly(line: string, register: ForceRegister): boolean {
  const t = TITLE.exec(line);
  if (!t) return false;
  let rest = line.slice(0, t.index) + ' ' + line.slice(t.index + t[0].length);
  for (const m of findMentions(rest, register).reverse()) rest = rest.slice(0, m.start) + rest.slice(m.end);
  return rest.replace(/\b(?:the|for|of)\b/gi, '').trim() === '';
}
