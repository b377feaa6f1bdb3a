/**
 * Character-level clean-up shared by every format: typographic quotes and dashes made plain, invisible
 * characters dropped, light markdown and HTML emphasis (as left by web-page and Word conversions) removed.
 */
/** A line of three or more tab-separated cells, as pasted from a spreadsheet, is a table row. */
function tabRow(line: string): string {
  const cells = line.split(/\t+/).map((c) => c.trim());
  return cells.filter(Boolean).length >= 3 ? `| ${cells.join(' | ')} |` : line;
}

const REPLACEMENTS: Array<[RegExp, string | ((match: string) => string)]> = [
  [/[\u2018\u2019\u201A\u201B\u2032\u0060]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033]/g, '"'],
  [/[\u2010\u2011]/g, '-'],
  [/[\u2012\u2013\u2014\u2015\u2212]/g, ' - '],
  [/[\u00A0\u2007\u202F\u2002\u2003\u2009]/g, ' '],
  [/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, ''],
  [/\u2026/g, '...'],
  [/\r\n?/g, '\n'],
  [/^[^\n\t]*\t[^\n]*\t[^\n]*$/gm, tabRow],
  [/\t/g, ' '],
  // Markdown links and emphasis, and inline HTML tags, from converted web pages.
  [/\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)/g, '$1'],
  [/<\/?(?:u|b|i|em|strong|span|br)\b[^>\n]{0,200}>/gi, ''],
  // Emphasis may run over hard-wrapped lines, never over a blank line.
  [/\*{1,3}((?:[^*\n]|\n(?![ \t]*\n)){1,4000})\*{1,3}/g, '$1'],
  [/^#{1,6}[ \t]+/gm, ''],
];

export function cleanCharacters(text: string): string {
  let out = text;
  for (const [pattern, replacement] of REPLACEMENTS)
    out =
      typeof replacement === 'string' ? out.replace(pattern, replacement) : out.replace(pattern, replacement);
  return out;
}
