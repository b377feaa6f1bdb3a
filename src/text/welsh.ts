/**
 * Welsh forces publish bilingual letters. The reader works in English, so a paragraph that is mostly Welsh
 * is set aside rather than read: its words would otherwise look like noise or, worse, like a section.
 */
const WELSH = new Set(
  (
    'yn y yr a ac i o ar gan ein eich mae bydd rydym hyn neu os ni fydd gyda am at ddaw â ei eu hefyd ' +
    'ydych ydyn wedi cael ddefnyddio yw oedd byddwn hoffech gymraeg cymraeg heddlu throseddu comisiynydd ' +
    'drwy dros pan ond hwn hon hynny fel bod nid oes gwasanaethau darperir'
  ).split(' '),
);
const ENGLISH = new Set(
  'the and of to in is are that for with on be this will we our by as it have has from an at'.split(' '),
);

export function isWelsh(paragraph: string): boolean {
  const words = paragraph.toLowerCase().match(/[a-zâêîôûŵŷ']+/g);
  if (!words || words.length < 8) return false;
  let welsh = 0;
  let english = 0;
  for (const w of words) {
    if (WELSH.has(w)) welsh++;
    if (ENGLISH.has(w)) english++;
  }
  // A bilingual line or signature block ("Comisiynydd ... | Police and Crime Commissioner") is not Welsh.
  return welsh / words.length >= 0.25 && english / words.length < 0.05;
}
