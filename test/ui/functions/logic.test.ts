import { defaultRegister } from '../../../src/report/forces';
import { getReport } from '../../../src/report/report';
import { NO_DATA_MESSAGE, OicFunctions } from '../../../src/ui/functions/logic';
import { isoToSerial, serialToIso, todaySerial } from '../../../src/ui/functions/serial';
import { makeDataset } from '../dataset-fixture';

const report = getReport();
const register = defaultRegister();

const dataset = makeDataset({
  dorset: {
    letter: { letterDate: '2025-07-01', onTime: true },
    cells: {
      '2': {
        status: 'In progress',
        evidence: ['The force has begun rolling out the form.', 'More remains.'],
      },
      '4': { status: 'Planned', evidence: ['=HYPERLINK("x")'] },
      '8': { status: 'Complete' },
      '9': { status: 'Acknowledged' },
    },
  },
  gwent: {
    letter: { letterDate: '2025-08-01', onTime: false },
    cells: {
      '2': { status: 'Planned' },
      '4': {
        status: 'In progress',
        override: {
          status: 'Complete',
          reason: 'Confirmed by phone',
          by: 'AB',
          at: '2025-09-02T09:00:00Z',
          parserStatus: 'In progress',
        },
      },
      '8': { status: 'Acknowledged' },
      '9': { status: 'Planned' },
    },
  },
  'west-midlands': { letter: { letterDate: null, onTime: null }, cells: { '2': { status: 'Planned' } } },
});

const fns = new OicFunctions(report, register, dataset);
const empty = new OicFunctions(report, register, null);

describe('date serials', () => {
  it.each([
    ['1899-12-30', 0],
    ['1900-03-01', 61],
    ['2025-01-01', 45658],
    ['2025-12-31', 46022],
    ['2026-04-30', 46142],
  ])('reads %s as serial %d and back', (iso, serial) => {
    expect(isoToSerial(iso)).toBe(serial);
    expect(serialToIso(serial)).toBe(iso);
  });

  it('rejects dates that do not exist', () => {
    expect(isoToSerial('2025-02-30')).toBeNull();
    expect(isoToSerial('31/12/2025')).toBeNull();
  });

  it('takes today from the local calendar, not UTC', () => {
    expect(todaySerial(new Date(2025, 11, 31, 23, 59))).toBe(46022);
    expect(todaySerial(new Date(2025, 11, 31, 0, 1))).toBe(46022);
  });
});

describe('recommendation arguments', () => {
  it.each([
    2,
    '2',
    'R2',
    'r2',
    'Rec 2',
    'rec. 2',
    'REC 2',
    'Recommendation 2',
    'recommendation no. 2',
    ' R 2 ',
  ])('reads %p as recommendation 2', (arg) => {
    expect(fns.deadline(arg)).toEqual({ ok: true, value: 46142 });
  });

  it.each([
    [2.5, 'invalidValue', /not a recommendation number/],
    [0, 'invalidValue', /not a recommendation number/],
    ['two', 'invalidValue', /"two" is not recognised as a recommendation/],
    ['', 'invalidValue', /No recommendation given/],
    [null, 'invalidValue', /No recommendation given/],
    [true, 'invalidValue', /true is not recognised/],
    [12, 'notAvailable', /no recommendation 12: its recommendations are 1 to 10/],
    ['R12', 'notAvailable', /no recommendation 12/],
  ])('answers %p with %s saying what was not recognised', (arg, error, message) => {
    const answer = fns.recommendationText(arg);
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error).toBe(error);
      expect(answer.message).toMatch(message);
    }
  });
});

describe('DAYSLEFT, DEADLINE and RECOMMENDATION', () => {
  it('counts days from the given date to the deadline: DAYSLEFT(4, 46000) is 22', () => {
    expect(fns.daysLeft(4, 46000)).toEqual({ ok: true, value: 22 });
  });

  it('goes negative once the deadline has passed', () => {
    expect(fns.daysLeft('R4', 46030)).toEqual({ ok: true, value: -8 });
  });

  it('ignores the time of day in the date given', () => {
    expect(fns.daysLeft(4, 46000.75)).toEqual({ ok: true, value: 22 });
  });

  it("needs no dataset: the deadlines are the report's", () => {
    expect(empty.daysLeft(2, 46142)).toEqual({ ok: true, value: 0 });
  });

  it.each([1, 3, 5])('gives #N/A for recommendation %d, which has no known deadline', (rec) => {
    expect(fns.daysLeft(rec, 46000)).toEqual({
      ok: false,
      error: 'notAvailable',
      message: `Recommendation ${rec} has no known deadline.`,
    });
    expect(fns.deadline(rec)).toMatchObject({ ok: false, error: 'notAvailable' });
  });

  it.each([['31/12/2025'], [-1], [Number.NaN]])('rejects %p as the date with #VALUE!', (asOf) => {
    expect(fns.daysLeft(4, asOf)).toMatchObject({
      ok: false,
      error: 'invalidValue',
      message: expect.stringMatching(/not a date/),
    });
  });

  it("gives a recommendation's wording, or its summary where the wording is not known", () => {
    expect(fns.recommendationText(4)).toEqual({ ok: true, value: report.recommendations[3].text });
    expect(fns.recommendationText(1)).toEqual({ ok: true, value: report.recommendations[0].summary });
  });
});

describe('STATUS and EVIDENCE', () => {
  it.each([
    ['Dorset', 2, 'In progress'],
    ['dorset', 'R8', 'Complete'],
    ['DORSET POLICE', 'Rec 9', 'Acknowledged'],
    ['west-midlands', 2, 'Planned'],
    ['West Midlands Police', 4, 'Not mentioned'],
    ['Avon & Somerset', 2, 'No response'],
    ['Kent', 'Recommendation 9', 'No response'],
  ])('STATUS(%p, %p) is %s', (force, rec, status) => {
    expect(fns.status(force, rec)).toEqual({ ok: true, value: status });
  });

  it("gives the analyst's override over the parser's reading", () => {
    expect(fns.status('Gwent', 4)).toEqual({ ok: true, value: 'Complete' });
  });

  it.each([
    ['Atlantis', 2, 'notAvailable', /Force "Atlantis" is not recognised/],
    ['', 2, 'invalidValue', /No force given/],
    [42, 2, 'invalidValue', /42 is not a force/],
    [
      'Dorset',
      1,
      'notAvailable',
      /Recommendation 1 is for the National Crime Agency, not chief constables; forces have a status on 2, 4, 8 and 9 only/,
    ],
    ['Dorset', 'x', 'invalidValue', /"x" is not recognised as a recommendation/],
  ])('STATUS(%p, %p) is %s with a message', (force, rec, error, message) => {
    const answer = fns.status(force, rec);
    expect(answer).toMatchObject({ ok: false, error });
    if (!answer.ok) expect(answer.message).toMatch(message);
  });

  it('answers #N/A saying how to build when the workbook holds no data', () => {
    expect(empty.status('Dorset', 2)).toEqual({ ok: false, error: 'notAvailable', message: NO_DATA_MESSAGE });
  });

  it('passes on why stored data could not be read', () => {
    const broken = new OicFunctions(report, register, null, 'The "OIC Data" sheet does not hold valid data.');
    expect(broken.status('Dorset', 2)).toMatchObject({
      message: 'The "OIC Data" sheet does not hold valid data.',
    });
  });

  it('still names a bad argument before saying there is no data', () => {
    expect(empty.status('Atlantis', 2)).toMatchObject({ message: expect.stringMatching(/Atlantis/) });
  });

  it('gives the deciding sentences, one after another, as text', () => {
    expect(fns.evidence('Dorset', 2)).toEqual({
      ok: true,
      value: 'The force has begun rolling out the form. More remains.',
    });
    expect(fns.evidence('Dorset', 4)).toEqual({ ok: true, value: '=HYPERLINK("x")' });
    expect(fns.evidence('Kent', 4)).toEqual({ ok: true, value: '' });
  });
});

describe('COUNTSTATUS', () => {
  it.each([
    ['No response', 2, 40],
    ['Planned', 'R2', 2],
    ['in progress', 2, 1],
    ['IN-PROGRESS', 4, 0],
    ['Complete', 4, 1],
    ['Not mentioned', 4, 1],
  ])('COUNTSTATUS(%p, %p) is %d', (status, rec, count) => {
    expect(fns.countStatus(status, rec)).toEqual({ ok: true, value: count });
  });

  it('without a recommendation counts forces with the status on any of them', () => {
    expect(fns.countStatus('Planned', undefined)).toEqual({ ok: true, value: 3 });
    expect(fns.countStatus('Complete', null)).toEqual({ ok: true, value: 2 });
    expect(fns.countStatus('No response', '')).toEqual({ ok: true, value: 40 });
  });

  it('rejects an unknown status with #VALUE! listing the statuses', () => {
    expect(fns.countStatus('Finished', 2)).toMatchObject({
      ok: false,
      error: 'invalidValue',
      message: expect.stringMatching(/"Finished" is not a status: use one of Complete, .* or No response/),
    });
  });
});

describe('FORCES and MATRIX', () => {
  it('lists the 43 forces as one column, in register order', () => {
    const answer = fns.forces();
    expect(answer.ok && answer.value.length).toBe(43);
    expect(answer.ok && answer.value[0]).toEqual(['Avon and Somerset']);
    expect(answer.ok && answer.value.every((row) => row.length === 1)).toBe(true);
  });

  it("gives a header and one row per force, a column per chief constables' recommendation", () => {
    const answer = fns.matrix(undefined);
    if (!answer.ok) throw new Error(answer.message);
    expect(answer.value).toHaveLength(44);
    expect(answer.value[0]).toEqual(['Force', 'Rec 2', 'Rec 4', 'Rec 8', 'Rec 9']);
    const dorset = answer.value.find((r) => r[0] === 'Dorset');
    expect(dorset).toEqual(['Dorset', 'In progress', 'Planned', 'Complete', 'Acknowledged']);
    const gwent = answer.value.find((r) => r[0] === 'Gwent');
    expect(gwent?.[2]).toBe('Complete');
  });

  it.each<[unknown, string[]]>([
    [[[8, 'R2']], ['Force', 'Rec 8', 'Rec 2']],
    [[['2, 9']], ['Force', 'Rec 2', 'Rec 9']],
    [
      [[4], [null], ['']],
      ['Force', 'Rec 4'],
    ],
    [9, ['Force', 'Rec 9']],
  ])('takes the recommendations asked for (%p)', (arg, header) => {
    const answer = fns.matrix(arg);
    expect(answer.ok && answer.value[0]).toEqual(header);
  });

  it('names a recommendation it cannot use', () => {
    expect(fns.matrix([[2, 3]])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Recommendation 3 is for/),
    });
  });
});

describe('RESPONSEDATE and ONTIME', () => {
  it('gives the letter date as a serial and whether it was on time', () => {
    expect(fns.responseDate('Dorset')).toEqual({ ok: true, value: isoToSerial('2025-07-01') });
    expect(fns.onTime('dorset')).toEqual({ ok: true, value: true });
    expect(fns.onTime('Gwent')).toEqual({ ok: true, value: false });
  });

  it('gives #N/A for a force without a letter, or a letter without a date', () => {
    expect(fns.responseDate('Kent')).toMatchObject({
      ok: false,
      error: 'notAvailable',
      message: expect.stringMatching(/no response letter from Kent/),
    });
    expect(fns.responseDate('West Midlands')).toMatchObject({
      message: 'The letter from West Midlands carries no date.',
    });
    expect(fns.onTime('West Midlands')).toMatchObject({ ok: false, error: 'notAvailable' });
  });
});
