import { extractText } from '../../src/source/extract';
import { htmlToText } from '../../src/source/html';
import { needsEsmLoading } from '../fixtures/esm-loading';

needsEsmLoading();

const page = (body: string) =>
  `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

describe('reading a web page', () => {
  test('keeps the main content and drops menus, cookie banners, footers, related links and scripts', async () => {
    const html = page(`
      <div class="cookie-consent"><p>We use cookies.</p><button>Accept</button></div>
      <header><a href="/">PCC home</a></header>
      <nav><ul><li>Home</li><li>News</li></ul></nav>
      <div id="breadcrumb">Home &gt; Publications</div>
      <main>
        <h1>Response to HMICFRS</h1>
        <p>Dear Home Secretary,</p>
        <script>track()</script><style>p { color: red }</style>
        <p>Recommendation 2 is accepted.</p>
        <div class="social-share">Share on X</div>
        <aside><h2>Related</h2><p>Other reports</p></aside>
      </main>
      <footer><p>© 2025 OPCC</p></footer>`);
    expect(await htmlToText(html)).toBe(
      'Response to HMICFRS\n\nDear Home Secretary,\n\nRecommendation 2 is accepted.',
    );
  });

  test('prefers role=main, then the largest article', async () => {
    expect(await htmlToText(page('<p>Menu text</p><div role="main"><p>The letter.</p></div>'))).toBe(
      'The letter.',
    );
    const articles = page(
      '<article><p>Short teaser.</p></article><article><p>The whole letter, much longer than the teaser.</p></article>',
    );
    expect(await htmlToText(articles)).toBe('The whole letter, much longer than the teaser.');
  });

  test('without landmarks, keeps the box that holds the letter and drops the small boxes around it', async () => {
    const letter = Array.from(
      { length: 8 },
      (_, i) => `<p>Paragraph ${i + 1} of the letter, with its words.</p>`,
    ).join('');
    const html = page(
      `<div class="wrap"><div class="top">Site name</div><div class="body">${letter}</div></div>`,
    );
    const text = await htmlToText(html);
    expect(text.startsWith('Paragraph 1 of the letter')).toBe(true);
    expect(text).not.toContain('Site name');
  });

  test('does not drop the letter because its box has a furniture-like class name', async () => {
    const html = page(
      '<div class="content has-sidebar"><p>The letter itself, all of it.</p></div><div class="sidebar">Links</div>',
    );
    expect(await htmlToText(html)).toBe('The letter itself, all of it.');
  });

  test('drops hidden elements', async () => {
    const html = page(
      '<main><p>Shown.</p><p hidden>Hidden.</p><p style="display: none">Also hidden.</p><p aria-hidden="true">No.</p></main>',
    );
    expect(await htmlToText(html)).toBe('Shown.');
  });

  test('writes table rows as cells joined by " | ", one row a line', async () => {
    const html = page(`<main><table>
      <caption>Progress</caption>
      <thead><tr><th>Recommendation</th><th>Status</th><th>Update</th></tr></thead>
      <tbody>
        <tr><td>Recommendation 8</td><td>Accepted</td><td><p>Hydra training</p><p>is planned.</p></td></tr>
        <tr><td>Recommendation 9</td><td></td><td>Complete</td></tr>
      </tbody></table></main>`);
    expect(await htmlToText(html)).toBe(
      'Progress\nRecommendation | Status | Update\nRecommendation 8 | Accepted | Hydra training is planned.\nRecommendation 9 | Complete',
    );
  });

  test('writes list items as "- " lines, numbered lists with their numbers, nested lists indented', async () => {
    const html = page(`<main><p>We will:</p>
      <ul><li>train officers</li><li>share <b>intelligence</b><ul><li>regionally</li></ul></li></ul>
      <ol start="2"><li>Recommendation two</li><li>Recommendation three</li></ol></main>`);
    expect(await htmlToText(html)).toBe(
      'We will:\n\n- train officers\n- share intelligence\n  - regionally\n\n2. Recommendation two\n3. Recommendation three',
    );
  });

  test('decodes entities and keeps line breaks inside a paragraph', async () => {
    const html = page(
      '<main><p>Dorset Police &amp; Crime Commissioner<br>1&nbsp;Park&#8217;s Road<br/>25&nbsp;June&nbsp;2025</p></main>',
    );
    expect(await htmlToText(html)).toBe('Dorset Police & Crime Commissioner\n1 Park’s Road\n25 June 2025');
  });

  test('collapses whitespace from source formatting between inline elements', async () => {
    const html = page('<main><p>\n   Dear\n   <strong>Home</strong>\n   <em>Secretary</em>,\n</p></main>');
    expect(await htmlToText(html)).toBe('Dear Home Secretary,');
  });

  test('two line breaks in a row start a new paragraph', async () => {
    expect(await htmlToText(page('<main><div>First paragraph.<br><br>Second paragraph.</div></main>'))).toBe(
      'First paragraph.\n\nSecond paragraph.',
    );
  });

  test('keeps text that looks like a formula or markup as text', async () => {
    expect(await htmlToText(page('<main><p>=SUM(A1) &lt;script&gt;</p></main>'))).toBe('=SUM(A1) <script>');
  });

  test('a web page with nothing but furniture is refused as empty', async () => {
    const html = '<!doctype html><html><body><nav>Home | News</nav><footer>© 2025</footer></body></html>';
    await expect(
      extractText({ location: 'letter', bytes: new TextEncoder().encode(html) }),
    ).rejects.toMatchObject({ reason: 'empty' });
  });
});
