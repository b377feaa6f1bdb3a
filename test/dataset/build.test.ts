import { buildDataset, effectiveStatus, sourceKind } from '../../src/dataset/build';
import { decodeDataset, encodeDataset } from '../../src/dataset/storage';
import type { CellRecord } from '../../src/dataset/types';
import { defaultRegister } from '../../src/report/forces';
import { getReport } from '../../src/report/report';
import { commitment, response, sampleResponses } from './fixtures';

const report = getReport();
const register = defaultRegister();
const readAt = '2026-01-15T09:30:00.000Z';
const build = (responses = sampleResponses(), errors: Array<{ source: string; message: string }> = []) =>
  buildDataset({ responses, errors, report, register, readAt });

describe('buildDataset', () => {
  it('gives every force in the register one record, in register order', () => {
    const ds = build();
    expect(ds.forces.map((f) => f.forceId)).toEqual(register.forces.map((f) => f.id));
    expect(ds.forces).toHaveLength(43);
    expect(ds.reportId).toBe(report.id);
    expect(ds.updatedAt).toBe(readAt);
    expect(ds.history).toEqual([]);
  });

  it('gives each force a cell for each chief-constable recommendation and no other', () => {
    for (const force of build().forces) expect(Object.keys(force.cells).sort()).toEqual(['2', '4', '8', '9']);
  });

  it('marks a force without a letter "No response" with no letter record', () => {
    const cleveland = build().forces.find((f) => f.forceId === 'cleveland')!;
    expect(cleveland.letter).toBeNull();
    for (const cell of Object.values(cleveland.cells)) {
      expect(cell).toEqual({
        status: 'No response',
        confidence: 1,
        evidence: [],
        commitments: [],
        source: null,
        override: null,
      });
    }
  });

  it("copies the parser's reading, letter date, on-time flag and the time it was read", () => {
    const dorset = build().forces.find((f) => f.forceId === 'dorset')!;
    expect(dorset.letter).toEqual({
      source: 'bundled:dorset.txt',
      letterDate: '2025-06-25',
      onTime: true,
      commissioner: 'A Commissioner',
      readAt,
      contentHash: null,
    });
    expect(dorset.cells['9']).toMatchObject({
      status: 'Planned',
      confidence: 0.45,
      source: 'bundled:dorset.txt',
      override: null,
      commitments: [{ due: '2025-07-31', owner: 'Head of Learning' }],
    });
    expect(dorset.cells['2'].evidence).toEqual([
      'There is more work to be done.',
      'Work is underway on guidance.',
    ]);
  });

  it('keeps "Not mentioned" as the parser gave it', () => {
    const suffolk = build().forces.find((f) => f.forceId === 'suffolk')!;
    expect(suffolk.cells['4'].status).toBe('Not mentioned');
  });

  it('does not share arrays with the parser output', () => {
    const responses = sampleResponses();
    const ds = build(responses);
    responses[0].recommendations['2'].evidence.push('changed later');
    expect(ds.forces.find((f) => f.forceId === 'dorset')!.cells['2'].evidence).toHaveLength(2);
  });

  describe.each([
    { first: '2025-06-01', second: '2025-07-01', winner: 'second' },
    { first: '2025-07-01', second: '2025-06-01', winner: 'first' },
    { first: null, second: '2025-06-01', winner: 'second' },
    { first: '2025-06-01', second: null, winner: 'first' },
    { first: '2025-06-01', second: '2025-06-01', winner: 'second' },
  ])('two letters from one force dated $first and $second', ({ first, second, winner }) => {
    const a = response('gwent', ['Planned', 'Planned', 'Planned', 'Planned'], {
      source: 'first.txt',
      letterDate: first,
    });
    const b = response('gwent', ['Complete', 'Complete', 'Complete', 'Complete'], {
      source: 'second.txt',
      letterDate: second,
    });
    const ds = build([a, b]);
    const gwent = ds.forces.find((f) => f.forceId === 'gwent')!;
    const used = winner === 'first' ? 'first.txt' : 'second.txt';
    const unused = winner === 'first' ? 'second.txt' : 'first.txt';

    it(`uses the ${winner} letter`, () => {
      expect(gwent.letter!.source).toBe(used);
      expect(gwent.cells['2'].source).toBe(used);
    });

    it('lists both sources, saying which one was not used and why', () => {
      const bySource = Object.fromEntries(ds.sources.map((s) => [s.location, s]));
      expect(bySource[used]).toMatchObject({ result: 'ok', message: null, forceId: 'gwent' });
      expect(bySource[unused]).toMatchObject({ result: 'ok', forceId: 'gwent' });
      expect(bySource[unused].message).toContain(`${used} is a later letter`);
    });
  });

  it.each([
    { forceId: null, message: 'Could not tell which force this letter is from.' },
    { forceId: 'atlantis', message: 'The letter names force "atlantis", which is not one of the 43 forces.' },
  ])('lists a letter for force $forceId as an error and fills no cell from it', ({ forceId, message }) => {
    const ds = build([
      response(forceId, ['Complete', 'Complete', 'Complete', 'Complete'], { source: 'odd.txt' }),
    ]);
    expect(ds.sources).toEqual([
      expect.objectContaining({ location: 'odd.txt', result: 'error', message, forceId: null }),
    ]);
    expect(ds.forces.every((f) => f.letter === null)).toBe(true);
  });

  it('lists sources that could not be read after the letters, with their message', () => {
    const ds = build(sampleResponses().slice(0, 1), [
      { source: 'https://example.org/x.pdf', message: 'timed out' },
    ]);
    expect(ds.sources.map((s) => [s.location, s.kind, s.result, s.message])).toEqual([
      ['bundled:dorset.txt', 'bundled', 'ok', null],
      ['https://example.org/x.pdf', 'url', 'error', 'timed out'],
    ]);
    expect(ds.sources.every((s) => s.readAt === readAt)).toBe(true);
  });

  it("keeps the reader's notes on the source record", () => {
    const suffolk = build().sources.find((s) => s.forceId === 'suffolk')!;
    expect(suffolk.notes).toBe('The response is joint with Norfolk.');
  });

  it('stamps content hashes the caller supplies on the letter and its source', () => {
    const ds = buildDataset({
      responses: sampleResponses().slice(0, 1),
      errors: [],
      report,
      register,
      readAt,
      contentHashes: { 'bundled:dorset.txt': 'abc123' },
    });
    expect(ds.sources[0].contentHash).toBe('abc123');
    expect(ds.forces.find((f) => f.forceId === 'dorset')!.letter!.contentHash).toBe('abc123');
  });

  it('survives the workbook storage form unchanged', () => {
    const ds = build();
    expect(decodeDataset(encodeDataset(ds))).toEqual(ds);
  });
});

describe('sourceKind', () => {
  it.each([
    ['bundled:dorset.txt', 'bundled'],
    ['https://www.example.gov.uk/letter.pdf', 'url'],
    ['HTTP://EXAMPLE.ORG/a', 'url'],
    ['/home/me/letters/kent.txt', 'file'],
    ['letters\\kent.docx', 'file'],
  ])('reads %s as %s', (source, kind) => {
    expect(sourceKind(source)).toBe(kind);
  });
});

describe('effectiveStatus', () => {
  const cell: CellRecord = {
    status: 'Planned',
    confidence: 0.8,
    evidence: [],
    commitments: [commitment('2026-01-01')],
    source: 'x.txt',
    override: null,
  };
  it("is the parser's reading when no one has overridden it", () => {
    expect(effectiveStatus(cell)).toBe('Planned');
  });
  it("is the analyst's override when there is one", () => {
    expect(
      effectiveStatus({
        ...cell,
        override: {
          status: 'Complete',
          reason: 'Confirmed by phone',
          by: 'AB',
          at: readAt,
          parserStatus: 'Planned',
        },
      }),
    ).toBe('Complete');
  });
});
