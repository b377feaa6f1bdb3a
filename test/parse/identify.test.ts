import { identifyCommissioner } from '../../src/parse/identify/commissioner';
import { identifyForce } from '../../src/parse/identify/force';
import { identifyLetterDate } from '../../src/parse/identify/letter-date';
import { defaultRegister } from '../../src/report/forces';
import { getReport } from '../../src/report/report';
import { toParagraphs } from '../../src/text/paragraphs';

const register = defaultRegister();
const report = getReport();

describe('identifying the author force', () => {
  test.each([
    [
      'a commissioner title naming the force',
      'Police and Crime Commissioner for Gwent: Jane Mudd\n\nThe force will act.',
      'gwent',
    ],
    [
      'the author, not the neighbour in a joint unit',
      "Tim Passmore, Police and Crime Commissioner for Suffolk\n\nSuffolk and Norfolk Constabulary's joint unit. Norfolk and Suffolk share it. Norfolk Constabulary leads training.",
      'suffolk',
    ],
    [
      'the author, not a force it praises',
      'Kent Police and Crime Commissioner\n\nWe learned much from Essex Police. Essex Police have a fine model, and Essex colleagues helped.',
      'kent',
    ],
    [
      'an abbreviation in capitals',
      'Response from the West Midlands Police and Crime Commissioner. WMP is developing guidance.',
      'west-midlands',
    ],
    [
      'the Met by its mayoral office',
      "Mayor's Office for Policing and Crime\n\nThe MPS has begun training.",
      'metropolitan',
    ],
    ['a PFCC title', 'Police, Fire and Crime Commissioner for Essex\n\nThe force will act.', 'essex'],
    ['a force web domain', 'Web: www.northwales-pcc.gov.uk\n\nThe force will act.', 'north-wales'],
    [
      'Hampshire and Isle of Wight by its long name',
      'Hampshire & Isle of Wight Constabulary will train staff.',
      'hampshire',
    ],
    ['Dyfed Powys without its hyphen', 'Police and Crime Commissioner for Dyfed Powys', 'dyfed-powys'],
  ])('from %s', (_name, text, expected) => {
    expect(identifyForce(toParagraphs(text), register)?.force.id).toBe(expected);
  });

  test('does not take MPs (Members of Parliament) for the Met', () => {
    expect(identifyForce(toParagraphs('Local MPs were briefed.'), register)).toBeNull();
  });
});

describe('identifying the commissioner', () => {
  test.each([
    ['after the title and a colon', 'Police and Crime Commissioner for Gwent: Jane Mudd', 'Jane Mudd'],
    ['before the title', 'Tim Passmore, Police and Crime Commissioner for Suffolk', 'Tim Passmore'],
    [
      "the chair of the City's police authority",
      'Comments of the Police Authority Board\n\nThe force will act.\n\nAnna Green\nChair, Police Authority Board',
      'Anna Green',
    ],
    [
      "the commissioner's name in the possessive after the title",
      "Police and Crime Commissioner Jane Smith's response, dated 8 July 2025, is below.",
      'Jane Smith',
    ],
    [
      'the deputy mayor who signs, not the mayor named earlier in the text',
      "The Mayor of London, Sadiq Khan, holds the commissioner's functions.\n\nThis response is signed on the Mayor's behalf by Kaya Comer-Schwartz, Deputy Mayor for Policing and Crime.",
      'Kaya Comer-Schwartz',
    ],
    [
      "the deputy acting on the mayor's behalf, named after a long title at the end of a sentence",
      'In the county the Mayor, John Doe, holds the functions of a police and crime commissioner, and responses are made on his behalf by the Deputy Mayor for Policing, Crime, Criminal Justice and Fire, Mary Roe.\n\nThe force will act.',
      'Mary Roe',
    ],
    [
      'a name in a signature block with degrees after it',
      'The force will act.\n\nYours sincerely\n\nJohn Doe OBE MA MPhil\nPolice and Crime Commissioner for Wiltshire',
      'John Doe',
    ],
    [
      'the deputy mayor named before the office she signs for, on one line',
      'The force will act.\n\nJane Smith MBE, Deputy Mayor for Policing and Crime, on behalf of Tracy Brabin, Mayor of West Yorkshire',
      'Jane Smith',
    ],
    [
      'the mayor who signs, not the deputy named as acting on her behalf',
      'Jane Smith, Deputy Mayor for Policing and Crime, will oversee progress on my behalf.\n\nTracy Brabin\nMayor of West Yorkshire',
      'Tracy Brabin',
    ],
    [
      "a tracker header's 'Commissioner:' line",
      'OFFICE OF THE POLICE AND CRIME COMMISSIONER\nCommissioner: Jane Smith\nDate: 11 July 2025\nTracker owner: Policy Officer',
      'Jane Smith',
    ],
    [
      "the deputy mayor named in a paragraph that opens on the mayor's powers",
      'The Mayor of Greater Manchester holds the powers of a commissioner. This statement is made by Jane Smith, Deputy Mayor for Policing, Crime, Criminal Justice and Fire, on behalf of the Mayor.',
      'Jane Smith',
    ],
    [
      "the commissioner a member of the commissioner's office sends for",
      'On behalf of John Brown, the Police and Crime Commissioner, please find his comments below.\n\nKind regards,\n\nSam Patel\nPolicy Officer | Office of the Police and Crime Commissioner',
      'John Brown',
    ],
    [
      'the mayor of a place of two words, where no one else is named',
      'The Mayor of West Yorkshire, Tracy Brabin, has published her comments on the report.',
      'Tracy Brabin',
    ],
    [
      'the mayor, where no one else is named',
      'The Mayor of London, Sadiq Khan, has published his comments.',
      'Sadiq Khan',
    ],
    [
      'without the honours after the name',
      'Yours sincerely\n\nJane Smith OBE MStJ\nPolice and Crime Commissioner for Wiltshire',
      'Jane Smith',
    ],
    [
      'inside a sentence',
      'Response from Simon Foster, Police and Crime Commissioner for the West Midlands.',
      'Simon Foster',
    ],
    [
      'under the valediction',
      'Dear Home Secretary\n\nYours sincerely\n\nCllr Jane Smith OBE\nPolice, Fire and Crime Commissioner',
      'Jane Smith',
    ],
    [
      'with the force before the title',
      'Yours faithfully,\n\nSimon Foster\n\nWest Midlands Police and Crime Commissioner',
      'Simon Foster',
    ],
    [
      'the signer, not the office signed for',
      'Yours sincerely,\n\nKaya Comer-Schwartz\nDeputy Mayor for Policing and Crime\non behalf of Sadiq Khan, Mayor of London',
      'Kaya Comer-Schwartz',
    ],
    [
      "the deputy mayor who writes on the mayor's behalf, not the mayor named in the text",
      "The Mayor of London, Sadiq Khan, holds the commissioner's functions; I write on his behalf.\n\nThe force will act.\n\nKaya Comer-Schwartz\nDeputy Mayor for Policing and Crime",
      'Kaya Comer-Schwartz',
    ],
    [
      'the commissioner a staff member writes on behalf of, in the text',
      'These are the comments of Ruth Evans, Police and Crime Commissioner for Gwent. She has asked me to send them on her behalf.\n\nSam Patel\nPolicy Officer',
      'Ruth Evans',
    ],
    [
      'a commissioner given the title before the name in a quotation',
      'Staffordshire Commissioner\n\nCommissioner Ben Adams said: "Organised immigration crime is not confined to the coast."\n\nThe force will act.',
      'Ben Adams',
    ],
    [
      'a commissioner named after a bare title, set off by commas',
      'This note sums up what North Wales Police has told the Commissioner, Andy Dunbobbin, about the report.\n\nThe force will act.',
      'Andy Dunbobbin',
    ],
    [
      'the commissioner, not a job title signed where a name would be',
      'Please find below the response of Ruth Evans, Police and Crime Commissioner for Gwent.\n\nKind regards\n\nCorrespondence Officer\nOffice of the Police and Crime Commissioner for Gwent\n\nThe force will act.',
      'Ruth Evans',
    ],
    [
      'the commissioner, not the member of staff who sent the email',
      'Kind regards,\n\nSam Patel\nPolicy Officer\n\nComments of the Commissioner\n\nThe force will act.\n\nRuth Evans\nPolice and Crime Commissioner',
      'Ruth Evans',
    ],
    [
      "the commissioner, not the member of staff whose role names the commissioner's office",
      'Kind regards,\n\nSam Patel\nPolicy and Compliance Officer, Office of the Police and Crime Commissioner for Norfolk\n\n-----\n\nComments of the Police and Crime Commissioner for Norfolk\n\nThe force will act.\n\nRuth Evans\nPolice and Crime Commissioner for Norfolk',
      'Ruth Evans',
    ],
    [
      "the commissioner named under the title in a tracker's letterhead",
      'Norfolk Police and Crime Commissioner\nRuth Evans\n\nExtract from the tracker, submitted with the response dated 07 July 2025.\n\nThe force will act.',
      'Ruth Evans',
    ],
    [
      'not the addressee under a title line',
      'Police and Crime Commissioner for Norfolk\nRt Hon Yvette Cooper MP\nHome Secretary\n\nThe force will act.',
      null,
    ],
    [
      'the commissioner a member of staff writes for',
      'Please treat this as the comments of Ruth Evans, Police and Crime Commissioner.\n\nRegards\n\nSam Patel\nHead of Governance',
      'Ruth Evans',
    ],
    [
      'set off by commas after the title',
      'On this page the Police and Crime Commissioner, Ruth Evans, sets out the response.',
      'Ruth Evans',
    ],
    [
      'named as the one who sent the response',
      'This page reproduces the response dated 8 July 2025 which Ruth Evans sent to the Home Secretary.',
      'Ruth Evans',
    ],
    [
      'the commissioner a member of staff signs for and on behalf of',
      'Kind regards,\n\nHelen Marsh\nHead of Policy\nFor and on behalf of Ruth Evans, Police and Crime Commissioner for Dorset',
      'Ruth Evans',
    ],
    [
      'a name over a title that page headers repeat',
      'West Mercia Police and Crime Commissioner\nFirst page.\n\nWest Mercia Police and Crime Commissioner\nSecond page.\n\nJohn Campion\nWest Mercia Police and Crime Commissioner\n30 June 2025',
      'John Campion',
    ],
    [
      'not the building in the address after the title',
      'West Midlands Police and Crime Commissioner, Lloyd House, Colmore Circus, Birmingham',
      null,
    ],
    [
      'before "the" and the title in a sentence',
      'Simon Foster, the Police and Crime Commissioner for the West Midlands, has published his comments.',
      'Simon Foster',
    ],
    [
      'the commissioner a member of staff writes on behalf of, named in the text',
      'On behalf of Ruth Evans, Police and Crime Commissioner for Dorset, I am sending her comments.\n\nKind regards\n\nSam Patel\nPolicy Officer',
      'Ruth Evans',
    ],
    [
      'after the title on a news page',
      "Police, Crime and Victims' Commissioner Joy Allen has published her comments on the inspection.",
      'Joy Allen',
    ],
    [
      'not a commissioner on the copy list',
      'Yours sincerely,\n\nAlan Treharne\nPolice and Crime Commissioner for Cambridgeshire\n\ncc: Festus Akinwale, Police and Crime Commissioner for Bedfordshire',
      'Alan Treharne',
    ],
    [
      "a City of London councillor's title of Deputy before the chair's name",
      'The Board supports the recommendations.\n\nDeputy Anna Green\nChair, Police Authority Board',
      'Anna Green',
    ],
    [
      'not an address above a sentence that mentions the title',
      'Force Headquarters\nPriory Gate Lane\nNewtown NT4 6QQ\nResponse of the Police and Crime Commissioner for Norfolk, Jane\nSmith, to the inspection\n\nThe force will act.\n\nJane Smith\nPolice and Crime Commissioner for Norfolk',
      'Jane Smith',
    ],
    [
      "not an address after the title in a web page's footer",
      'The force will act.\n\nJane Smith\nPolice and Crime Commissioner for Norfolk\n\nNorfolk Police and Crime Commissioner, Jubilee House, Falconers Chase, Wymondham NR18 0WW',
      'Jane Smith',
    ],
    [
      'the mayor who signs, not the deputy mayor named in the text',
      "The Mayor of South Yorkshire holds the commissioner's functions, and the Deputy Mayor for Policing and Crime, Jane Smith, has discussed each recommendation with the force.\n\nThe force will act.\n\nOliver Coppard\nMayor of South Yorkshire",
      'Oliver Coppard',
    ],
    [
      'not the addressee',
      'Rt Hon Yvette Cooper MP Home Secretary\n\nDear Home Secretary\n\nThe force will act.',
      null,
    ],
    ['not a force name before PCC', 'Avon & Somerset PCC response dated 24 June 2025', null],
  ])('%s', (_name, text, expected) => {
    expect(identifyCommissioner(toParagraphs(text), register)).toBe(expected);
  });

  test('finds the commissioner before a title in a sentence closing on a quotation, when a neighbour is named next', () => {
    const text =
      'Please accept these comments from Ruth Evans, Police and Crime Commissioner for Gwent, on the report "Improving the response". The Commissioner regrets the delay while the collaboration with Dyfed-Powys agreed its position.\n\nKind regards,\n\nSam Patel\nHead of Policy\nOffice of the Police and Crime Commissioner for Gwent';
    expect(identifyCommissioner(toParagraphs(text), register, 'gwent')).toBe('Ruth Evans');
  });
});

describe('identifying the letter date', () => {
  test.each([
    [
      'an ordinal date on its own line',
      'Home Office\n\n1st August 2025\n\nDear Home Secretary',
      '2025-08-01',
    ],
    ['a zero-padded date', 'Our ref: TP/1\n\n04 July 2025\n\nDear Home Secretary', '2025-07-04'],
    ['a numeric UK date', 'Date: 03/07/2025\n\nDear Home Secretary', '2025-07-03'],
    [
      'a date set in a column beside the reference',
      'Our ref: JA/HMI/0725                                        03/07/2025\n\nDear Home Secretary',
      '2025-07-03',
    ],
    [
      "a 'Dated:' label above the salutation, not a later date in the text",
      'Dated: 29th July 2025\n\nDear Home Secretary\n\nThe force has a plan.\n\n1 August 2025',
      '2025-07-29',
    ],
    ['a date under the signature', 'Yours sincerely\n\nJane Smith\n\n9 July 2025', '2025-07-09'],
    ['"response dated"', 'Kent PCC response dated 24 June 2025', '2025-06-24'],
    [
      '"response dated" with the year wrapped onto the next line',
      "1.1 This is the Commissioner's response dated 27 June\n2025 to the inspection published on 16 May\n2025, prepared with the Constabulary.",
      '2025-06-27',
    ],
    [
      'the day the comments were sent, in a sentence',
      'The Chair approved these comments and sent them to the Home Secretary on 4 July 2025.',
      '2025-07-04',
    ],
    [
      'the day the response was signed, in a sentence',
      'The force will act.\n\nThis response was signed by the Police and Crime Commissioner, Jane Smith, on 18 July 2025.',
      '2025-07-18',
    ],
    ['the day a tracker extract was taken', 'Extract taken: 02/07/2025\n\n| Rec | Update |', '2025-07-02'],
    [
      "the letter's own date, not the date of the tracker extract inside it",
      'Our ref: MS/1\n\n03/07/2025\n\nDear Home Secretary\n\nExtract date: 30/06/2025        Classification: OFFICIAL\n\n| Rec | Update |',
      '2025-07-03',
    ],
    [
      "a news page's byline with the date and a category",
      'Posted on 7 July 2025 | Category: Inspection responses\n\nThe Commissioner has published her comments.',
      '2025-07-07',
    ],
    [
      "a news page's posting date",
      'Posted on 30 June 2025\n\nThe Commissioner has published her comments.',
      '2025-06-30',
    ],
    ["a web page's publication date", "Published: 03/07/2025\n\nCommissioner's comments", '2025-07-03'],
    [
      'a bilingual date line split by slashes',
      'Dyddiad / Date: 8 Gorffennaf 2025 / 8 July 2025\n\nDear Home Secretary',
      '2025-07-08',
    ],
    [
      'not the publication date or a deadline',
      'published by HMICFRS on\n\n16 May 2025\n\nBy 31 December 2025, chief constables should act.\n\n30 April 2026',
      null,
    ],
    ['not a date in running text', 'The force attended a conference on 26 June 2025 and will report.', null],
    ['none in a letter without one', 'The force will act.', null],
  ])('from %s', (_name, text, expected) => {
    expect(identifyLetterDate(toParagraphs(text), report)).toBe(expected);
  });
});
