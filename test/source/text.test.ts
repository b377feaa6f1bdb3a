import { extractText } from '../../src/source/extract';
import { decodeBytes } from '../../src/source/text';

const LETTER = 'Dear Home Secretary,\n\nRecommendation 2 – we’ve accepted it. £5,000 “set aside”.\n';

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    out.push(...(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8]));
  }
  return Uint8Array.from(out);
}

function windows1252(text: string): Uint8Array {
  const map: Record<string, number> = { '–': 0x96, '’': 0x92, '£': 0xa3, '“': 0x93, '”': 0x94 };
  return Uint8Array.from([...text].map((ch) => map[ch] ?? ch.charCodeAt(0)));
}

describe('decoding plain text', () => {
  test.each([
    ['UTF-8', new TextEncoder().encode(LETTER)],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(LETTER)])],
    ['UTF-16LE with BOM', utf16(LETTER, false, true)],
    ['UTF-16BE with BOM', utf16(LETTER, true, true)],
    ['UTF-16LE without BOM', utf16(LETTER, false, false)],
    ['UTF-16BE without BOM', utf16(LETTER, true, false)],
    ['Windows-1252', windows1252(LETTER)],
  ])('reads %s', (_name, bytes) => {
    expect(decodeBytes(bytes, 'letter.txt')).toBe(LETTER);
  });

  test('uses a declared charset when there is no BOM', () => {
    expect(decodeBytes(Uint8Array.of(0xa3, 0x35), 'x', 'iso-8859-1')).toBe('£5');
    expect(decodeBytes(new TextEncoder().encode('£5'), 'x', 'no-such-charset')).toBe('£5');
  });

  test('gives one kind of line break, and page breaks as paragraph breaks', async () => {
    const bytes = new TextEncoder().encode('Dear Sir\r\nline two\rline three\fPage two');
    const out = await extractText({ location: 'x.txt', bytes });
    expect(out).toEqual({ format: 'text', text: 'Dear Sir\nline two\nline three\n\nPage two' });
  });

  test.each([
    [
      'NUL bytes',
      Uint8Array.from([...new TextEncoder().encode('Dear Sir'), 0, 1, 2, ...new TextEncoder().encode('x')]),
    ],
    [
      'control characters',
      new TextEncoder().encode('Dear\x01\x02\x03\x04\x05 Sir\x06\x07\x08\x0e\x0f\x10\x11'),
    ],
  ])('refuses text with %s as binary', (_name, bytes) => {
    expect(() => decodeBytes(bytes, 'letter.txt')).toThrow(
      expect.objectContaining({
        reason: 'binary',
        message: expect.stringContaining('letter.txt is not text'),
      }),
    );
  });
});
