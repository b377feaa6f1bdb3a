/** Content words, lightly stemmed, for comparing a paragraph with a recommendation's wording. */
const STOP = new Set(
  (
    'a an the and or of to in on at by for with from into as that this these those is are was were be been ' +
    'being it its their they them there should make sure every time all any each who which what when where ' +
    'has have had will would can could may might must do does did not no our we us i my your his her'
  ).split(' '),
);

const stems = new Map<string, string>();

export function stem(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  const result = stemUncached(word);
  // Letters share a small vocabulary; the cap only guards against adversarial input.
  if (stems.size < 50000) stems.set(word, result);
  return result;
}

function stemUncached(word: string): string {
  let w = word.toLowerCase().replace(/'s$/, '');
  for (const suffix of ['ations', 'ation', 'ions', 'ion', 'ings', 'ing', 'ies', 'ed', 'es', 's']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

export function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
  const out: string[] = [];
  for (const w of words) if (!STOP.has(w)) out.push(stem(w));
  return out;
}
