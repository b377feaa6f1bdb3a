/**
 * Who a promise belongs to, where the sentence names them: a person by rank ("DI Rich Winn"), or a post
 * or unit ("the Force's Joint Working Steering Group", "the dedicated OIC Intelligence Officer").
 */
const PERSON =
  /\b(?:DI|DCI|DS|DC|DSU|DCS|PC|PS|Supt|Ch\.?\s?Supt|Chief Superintendent|Superintendent|Detective (?:Chief )?(?:Inspector|Superintendent|Sergeant)|Chief Inspector|Inspector|Sergeant|ACC|DCC|Assistant Chief Constable|Deputy Chief Constable|Commander)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z'-]+)?/;
const ROLE =
  /\b(?:(?:the|our|a|its)\s+)?(?:dedicated\s+|newly\s+created\s+|new\s+)?((?:[A-Z][\w&'’-]*\s+|(?:of|and|&|for)\s+(?=[A-Z&])){0,6}(?:Officer|Lead|Manager|Team|Unit|Department|Board|Bureau|Hub|Group|Panel|Directorate|Command|Analyst|Inspector|Superintendent|Co-?ordinator|Champion|Forum)s?)\b/g;
const NOT_OWNER_BEFORE =
  /\b(?:with|to|via|from|into|across|through|towards|alongside)\s+(?:the\s+|our\s+)?$/i;
const EXTERNAL = /national|immigration|home office|college of policing|modern slavery & organised|nca\b/i;

export function findOwner(sentence: string): string | null {
  const person = PERSON.exec(sentence);
  if (person) return person[0].trim();
  for (const m of sentence.matchAll(ROLE)) {
    const name = m[1].trim().replace(/^(?:The|Our|Its|A)\s+/, '');
    const before = sentence.slice(0, m.index);
    if (name.split(/\s+/).length < 2 || NOT_OWNER_BEFORE.test(before) || EXTERNAL.test(name)) continue;
    return name;
  }
  return null;
}
