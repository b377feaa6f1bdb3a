import type { HTMLElement, Node } from 'node-html-parser';

type HtmlParser = typeof import('node-html-parser');

let loading: Promise<HtmlParser['parse']> | undefined;

/** The parser and its entity tables are a quarter of a megabyte: loaded with the first web page, not the task pane. */
function loadParser(): Promise<HtmlParser['parse']> {
  loading ??= import('node-html-parser').then((mod) => {
    const lib = mod as HtmlParser & { default?: HtmlParser };
    return lib.parse ?? (lib.default as HtmlParser).parse;
  });
  return loading;
}

const ELEMENT = 1;
const TEXT = 3;

function isElement(node: Node | undefined): node is HTMLElement {
  return node?.nodeType === ELEMENT;
}

/**
 * A web page (or HTML that mammoth made from a .docx) to letter text: the letter's own content only, one
 * paragraph per block element, blank lines between paragraphs, table rows as "cell | cell", list items as
 * "- item" (or "3. item" in numbered lists, keeping the numbers a letter's list starts from).
 */
export async function htmlToText(html: string): Promise<string> {
  const parse = await loadParser();
  const root = parse(html, {
    comment: false,
    // Listed elements keep no content at all: nothing inside a script or style is letter text.
    blockTextElements: { script: false, style: false, noscript: false, template: false, textarea: false },
  });
  for (const el of root.querySelectorAll(ALWAYS_DROPPED)) el.remove();
  const main = chooseMain(root);
  stripNoise(main);
  return renderBlocks(main).join('\n\n');
}

const ALWAYS_DROPPED =
  'script, style, noscript, template, svg, iframe, object, embed, canvas, form, button, select, input, textarea, dialog, img, picture, video, audio';

/** Page furniture by its own tag, wherever it is. `header` inside an article is the letter's title block, so it stays. */
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER']);
const FURNITURE_ROLES =
  /^(navigation|banner|contentinfo|complementary|search|dialog|alertdialog|menu|menubar|toolbar)$/i;
/** Words in id, class or aria-label that mark menus, cookie banners and the like; matched as whole words. */
const FURNITURE_WORDS =
  /(^|[\s_-])(cookies?|consent|gdpr|banner|menu|menus|nav|navbar|navigation|breadcrumbs?|related|share|sharing|social|footer|sidebar|skip|newsletter|subscribe|popup|modal|masthead|search|feedback)([\s_-]|$)/i;

/** Furniture by what the page's markup says it is: tags, roles, hidden. */
function isFurnitureByMarkup(el: HTMLElement): boolean {
  if (FURNITURE_TAGS.has(el.tagName)) return true;
  if (el.tagName === 'HEADER' && !el.closest('article')) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')) return true;
  const role = el.getAttribute('role');
  return role !== undefined && FURNITURE_ROLES.test(role);
}

/** Furniture by the names a theme gives it, which can mislead: "has-sidebar" may be on the letter's own box. */
function isFurnitureByName(el: HTMLElement): boolean {
  const words = [el.getAttribute('id'), el.getAttribute('class'), el.getAttribute('aria-label')];
  return words.some((w) => w !== undefined && FURNITURE_WORDS.test(w));
}

function isFurniture(el: HTMLElement): boolean {
  return isFurnitureByMarkup(el) || isFurnitureByName(el);
}

/**
 * <main> or role=main when the page has one; else the article holding most text; else the smallest element
 * holding nine tenths of the page's text once furniture is gone (so a letter's date line in a separate box
 * beside the body is not cut off, as it would be with a stricter choice).
 */
function chooseMain(root: HTMLElement): HTMLElement {
  const body = root.querySelector('body') ?? root;
  const mains = root.querySelectorAll('main, [role="main"]');
  if (mains.length > 0) return largest(mains);
  const articles = root.querySelectorAll('article');
  if (articles.length > 0) {
    const best = largest(articles);
    if (textLength(best) >= 0.5 * contentLength(body)) return best;
  }
  const total = contentLength(body);
  let chosen = body;
  for (;;) {
    const next = chosen.childNodes.find(
      (n): n is HTMLElement => isElement(n) && !isFurniture(n) && contentLength(n) >= 0.9 * total,
    );
    if (!next) return chosen;
    chosen = next;
  }
}

function largest(els: HTMLElement[]): HTMLElement {
  return els.reduce((a, b) => (textLength(b) > textLength(a) ? b : a));
}

function textLength(el: Node): number {
  return el.text.replace(/\s+/g, '').length;
}

/** Text length not counting furniture inside. */
function contentLength(el: HTMLElement): number {
  let n = 0;
  for (const child of el.childNodes) {
    if (child.nodeType === TEXT) n += textLength(child);
    else if (isElement(child) && !isFurniture(child)) n += contentLength(child);
  }
  return n;
}

function stripNoise(scope: HTMLElement): void {
  const total = textLength(scope);
  for (const el of scope.querySelectorAll('*')) {
    // An element that holds most of the letter is not furniture, whatever a theme's class names say.
    if (isFurnitureByMarkup(el) || (isFurnitureByName(el) && textLength(el) <= 0.5 * total)) el.remove();
  }
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'HTML', 'LEGEND', 'LI', 'MAIN', 'NAV', 'P', 'PRE', 'SECTION', 'SUMMARY',
]); // prettier-ignore

/** Renders an element's content as paragraphs. */
function renderBlocks(el: HTMLElement): string[] {
  const out: string[] = [];
  let inline = '';
  const flush = () => {
    out.push(...paragraphsOf(inline));
    inline = '';
  };
  const walk = (node: Node, pre: boolean) => {
    if (node.nodeType === TEXT) {
      inline += pre ? node.text.replace(/\r\n?/g, '\n') : node.text.replace(/[ \t\r\n\f]+/g, ' ');
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName;
    if (tag === 'BR') {
      inline += '\n';
    } else if (tag === 'UL' || tag === 'OL') {
      flush();
      const lines = listLines(node, 0);
      if (lines.length > 0) out.push(lines.join('\n'));
    } else if (tag === 'TABLE') {
      flush();
      const rows = tableRows(node);
      if (rows.length > 0) out.push(rows.join('\n'));
    } else if (BLOCK_TAGS.has(tag)) {
      flush();
      for (const child of node.childNodes) walk(child, pre || tag === 'PRE');
      flush();
    } else {
      for (const child of node.childNodes) walk(child, pre);
    }
  };
  for (const child of el.childNodes) walk(child, el.tagName === 'PRE');
  flush();
  return out;
}

/** Inline text to paragraphs: a blank line (two <br>) inside a block starts a new paragraph. */
function paragraphsOf(inline: string): string[] {
  const lines = inline
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim());
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === '') {
      if (current.length > 0) paragraphs.push(current.join('\n'));
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) paragraphs.push(current.join('\n'));
  return paragraphs;
}

/** One line per item; a nested list's items follow their parent item, indented two spaces per level. */
function listLines(list: HTMLElement, depth: number): string[] {
  const ordered = list.tagName === 'OL';
  let n = ordered ? Number.parseInt(list.getAttribute('start') ?? '1', 10) || 1 : 0;
  const lines: string[] = [];
  for (const item of list.childNodes) {
    if (!isElement(item) || item.tagName !== 'LI') continue;
    const nested = item.childNodes.filter(
      (c): c is HTMLElement => isElement(c) && (c.tagName === 'UL' || c.tagName === 'OL'),
    );
    for (const sub of nested) sub.remove();
    const value = Number.parseInt(item.getAttribute('value') ?? '', 10);
    if (ordered && Number.isFinite(value)) n = value;
    const marker = ordered ? `${n++}.` : '-';
    const text = renderBlocks(item)
      .join(' ')
      .replace(/\s*\n\s*/g, ' ');
    if (text !== '') lines.push(`${'  '.repeat(depth)}${marker} ${text}`);
    for (const sub of nested) lines.push(...listLines(sub, depth + 1));
  }
  return lines;
}

/** Letters sometimes answer in a table ("Recommendation 8 | Accepted | ..."): one row, one line. */
function tableRows(table: HTMLElement): string[] {
  const rows = table.querySelectorAll('tr').filter((tr) => tr.closest('table') === table);
  const lines: string[] = [];
  for (const tr of rows) {
    const cells = tr.childNodes
      .filter((c): c is HTMLElement => isElement(c) && (c.tagName === 'TD' || c.tagName === 'TH'))
      .map((c) =>
        renderBlocks(c)
          .join(' ')
          .replace(/\s*\n\s*/g, ' ')
          .trim(),
      )
      .filter((c) => c !== '');
    if (cells.length > 0) lines.push(cells.join(' | '));
  }
  const caption = table.querySelector('caption');
  const title = caption && caption.closest('table') === table ? renderBlocks(caption).join(' ') : '';
  return title ? [title, ...lines] : lines;
}
