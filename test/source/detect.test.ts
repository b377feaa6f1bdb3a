import { detectFormat } from '../../src/source/detect';
import { SourceError, type SourceBytes } from '../../src/source/types';

const enc = (s: string) => new TextEncoder().encode(s);
const src = (bytes: Uint8Array, extra: Partial<SourceBytes> = {}): SourceBytes => ({
  location: 'letter',
  bytes,
  ...extra,
});

function failure(fn: () => unknown): SourceError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(SourceError);
    return err as SourceError;
  }
  throw new Error('expected a failure');
}

describe('telling formats by content', () => {
  test.each([
    ['%PDF-1.7\n...', {}, 'pdf'],
    ['\n\n%PDF-1.4 after some junk', {}, 'pdf'],
    ['%PDF-1.7', { fileName: 'letter.txt', contentType: 'text/plain' }, 'pdf'],
    ['<!DOCTYPE html><html><body><p>Dear</p></body></html>', {}, 'html'],
    ['  <html lang="en"><p>Dear</p></html>', {}, 'html'],
    ['<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', {}, 'html'],
    ['<!-- saved from url --><html><body>x</body></html>', {}, 'html'],
    ['<p>Dear Home Secretary</p>', {}, 'html'],
    ['<span>Dear</span><br>Home Secretary', { contentType: 'text/html' }, 'html'],
    ['<span>Dear</span> Home Secretary', { fileName: 'letter.htm' }, 'html'],
    ['<span>Dear</span> Home Secretary', {}, 'text'],
    ['Dear Home Secretary,\n\nRecommendation 2 <u>accepted</u>', { contentType: 'text/html' }, 'text'],
    ['Dear Home Secretary', { fileName: 'letter.pdf', contentType: 'application/pdf' }, 'text'],
  ] as Array<[string, Partial<SourceBytes>, string]>)('%j with hints %j is %s', (content, hints, format) => {
    expect(detectFormat(src(enc(content), hints)).format).toBe(format);
  });

  test('a ZIP holding word/document.xml is a Word document', () => {
    const zip = enc('PK\x03\x04....[Content_Types].xml....word/document.xml....');
    expect(detectFormat(src(zip)).format).toBe('docx');
  });

  test.each([
    ['PK\x03\x04....xl/workbook.xml', 'an Excel workbook'],
    ['PK\x03\x04....ppt/presentation.xml', 'a PowerPoint presentation'],
    ['PK\x03\x04....mimetypeapplication/vnd.oasis.opendocument.text', 'an OpenDocument file'],
    ['PK\x03\x04....something.bin', 'a ZIP archive'],
    ['{\\rtf1\\ansi Dear', 'Rich Text Format'],
  ])('%j is refused as %s', (content, what) => {
    const err = failure(() => detectFormat(src(enc(content))));
    expect(err.reason).toBe('wrong-type');
    expect(err.message).toContain(what);
    expect(err.message).toMatch(/^letter is /);
  });

  test.each([
    [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0], 'old-style Office 97-2003'],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], 'PNG image'],
    [[0xff, 0xd8, 0xff, 0xe0], 'JPEG image'],
  ])('binary %j is refused as %s', (bytes, what) => {
    const err = failure(() => detectFormat(src(Uint8Array.from(bytes))));
    expect(err.reason).toBe('wrong-type');
    expect(err.message).toContain(what);
  });

  test('unknown binary is refused as binary, naming the source', () => {
    const bytes = Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256);
    const err = failure(() => detectFormat({ location: 'C:\\letters\\x.bin', bytes }));
    expect(err.reason).toBe('binary');
    expect(err.message).toContain('C:\\letters\\x.bin is not text');
  });

  test.each([new Uint8Array(0), enc('   \n\t\r\n  '), Uint8Array.of(0xef, 0xbb, 0xbf)])(
    'empty content is refused',
    (bytes) => {
      const err = failure(() => detectFormat(src(bytes)));
      expect(err.reason).toBe('empty');
      expect(err.message).toBe('letter is empty: it holds no text.');
    },
  );
});
