import { toParagraphs } from '../../src/text/paragraphs';
import { splitSentences } from '../../src/text/sentences';

const texts = (raw: string) => toParagraphs(raw).paragraphs.map((p) => p.text);

describe('normalising letter text into paragraphs', () => {
  test.each([
    [
      'keeps a short recommendation heading apart from an unpunctuated annex title above it',
      'Annex B - the force: recommendations for chief constables\n\nRecommendation 4 (plans for OIC information)\nThe force has a draft plan for collecting, analysing and sharing what it learns with its partners.',
      [
        'Annex B - the force: recommendations for chief constables',
        'Recommendation 4 (plans for OIC information)',
        'The force has a draft plan for collecting, analysing and sharing what it learns with its partners.',
      ],
    ],
    [
      'joins lines hard-wrapped mid-sentence',
      'The force has begun rolling out the\nmodules to all officers.\n\nNext paragraph.',
      ['The force has begun rolling out the modules to all officers.', 'Next paragraph.'],
    ],
    [
      'undoes hyphenation at a line end',
      'a new inter-\nvention is planned.',
      ['a new intervention is planned.'],
    ],
    ['keeps the hyphen of a short prefix', 'the e-\nlearning modules.', ['the e-learning modules.']],
    [
      'parts a heading that names its recommendation from a one-line answer',
      'Hydra (recommendation 8)\nThe force supports it.',
      ['Hydra (recommendation 8)', 'The force supports it.'],
    ],
    [
      'joins a two-letter syllable to the rest of its word',
      'fully de-\nlivered in May.',
      ['fully delivered in May.'],
    ],
    ['keeps the hyphen of a prefix before a vowel', 'a re-\nissue of guidance.', ['a re-issue of guidance.']],
    [
      'drops a running header laid out in columns, however it is spaced',
      'OPCC response          OFFICIAL\nFirst page text.\n\nOPCC response      OFFICIAL\nSecond page text.\n\nOPCC response OFFICIAL\nThird page.',
      ['First page text.', 'Second page text.', 'Third page.'],
    ],
    [
      'makes curly quotes and dashes plain',
      '\u2018Hydra\u2019 training \u2013 the \u201cpackage\u201d',
      ['\'Hydra\' training - the "package"'],
    ],
    [
      'splits bullets into paragraphs',
      'We will:\n- train staff\n• audit submissions',
      ['We will:', 'train staff', 'audit submissions'],
    ],
    [
      'drops running headers, footers and page numbers repeated on every page',
      'OFFICIAL\nCommissioner for Kent\nFirst page text.\n\nPage 1 of 3\nCommissioner for Kent\nSecond page text.\n\nPage 2 of 3\nCommissioner for Kent\nThird page.\n\n3',
      ['First page text.', 'Second page text.', 'Third page.'],
    ],
    [
      'drops a running header that a short document repeats only after its two page breaks',
      'Letter from the Commissioner\nFirst page text runs on\nPage 1 of 3\n\f\nOPCC | Response to the report\nonto the second page.\n\nPage 2 of 3\n\f\nOPCC | Response to the report\nThird page.',
      ['Letter from the Commissioner First page text runs on onto the second page.', 'Third page.'],
    ],
    [
      'parts a heading from the paragraph typed on the line below it',
      'Hydra training (Recommendation 8)\nForty sergeants have attended the course, and more places are booked for the autumn.',
      [
        'Hydra training (Recommendation 8)',
        'Forty sergeants have attended the course, and more places are booked for the autumn.',
      ],
    ],
    [
      'keeps a hard-wrapped sentence whole though its next line starts with a name',
      'The force has worked closely with colleagues from\nImmigration Enforcement on a new referral form for officers.',
      [
        'The force has worked closely with colleagues from Immigration Enforcement on a new referral form for officers.',
      ],
    ],
    [
      'drops a footer that ends with its page number',
      'The force will act.\n\nOffice of the Commissioner | Response     Page 1 of 2\n\nHydra (recommendation 8)',
      ['The force will act.', 'Hydra (recommendation 8)'],
    ],
    [
      "keeps the signer's name though a bilingual letter repeats it three times",
      'Rhian Jones\nLetterhead\n\nYn gywir,\n\nRhian Jones\n\nThe force will act.\n\nYours sincerely,\n\nRhian Jones',
      [
        'Rhian Jones Letterhead',
        'Yn gywir,',
        'Rhian Jones',
        'The force will act.',
        'Yours sincerely,',
        'Rhian Jones',
      ],
    ],
    [
      'keeps a letterhead that the signature repeats',
      'Commissioner for Kent\n\nThe force will act.\n\nYours sincerely\n\nCommissioner for Kent',
      ['Commissioner for Kent', 'The force will act.', 'Yours sincerely', 'Commissioner for Kent'],
    ],
    [
      'keeps a table row wrapped over several lines whole, as PDF text gives it',
      '| Rec | Update |\n|---|---|\n| Rec 2 - every referral to the unit to\nbe accompanied by a document | The joint\nunit checks each one. |\n\nAfter the table.',
      [
        'Rec | Update',
        'Rec 2 - every referral to the unit to be accompanied by a document | The joint unit checks each one.',
        'After the table.',
      ],
    ],
    [
      'reads tab-separated rows as table cells',
      'Rec\tSubject\tStatus\n8\tHydra\tAmber - places booked',
      ['Rec | Subject | Status', '8 | Hydra | Amber - places booked'],
    ],
    [
      'rejoins a sentence split across a blank line',
      'the relevant College of Policing\n\neLearning packages across the Force.',
      ['the relevant College of Policing eLearning packages across the Force.'],
    ],
    [
      'rejoins a sentence broken by a page break with a footer between',
      'Please find below an update on the work undertaken in\n\nWe welcome correspondence in Welsh and will reply in Welsh without delay to our response.\n\nGwent.',
      [
        'Please find below an update on the work undertaken in Gwent.',
        'We welcome correspondence in Welsh and will reply in Welsh without delay to our response.',
      ],
    ],
    [
      'keeps table rows as cells',
      '| Recommendation 8 | Accepted | Training planned |\n|---|---|---|',
      ['Recommendation 8 | Accepted | Training planned'],
    ],
    [
      'strips markdown emphasis and links',
      '*Suffolk Constabulary* accepts [these](http://x) **recommendations**',
      ['Suffolk Constabulary accepts these recommendations'],
    ],
  ])('%s', (_name, raw, expected) => {
    expect(texts(raw)).toEqual(expected);
  });

  test('sets aside a Welsh heading typed above its Welsh paragraph', () => {
    const letter = toParagraphs(
      "Hyfforddiant Hydra (argymhelliad 8)\nMae'r heddlu wedi dechrau hyfforddi swyddogion a bydd mwy o leoedd ar gael yn yr hydref.\n\nHydra training (recommendation 8)\nThe force has begun training officers and more places will be available in the autumn.",
    );
    expect(letter.paragraphs.map((p) => p.text)).toEqual([
      'Hydra training (recommendation 8)',
      'The force has begun training officers and more places will be available in the autumn.',
    ]);
  });

  test('sets a Welsh paragraph aside and keeps the English', () => {
    const letter = toParagraphs(
      'Rydym yn croesawu gohebiaeth yn y Gymraeg, a phan ddaw i law, byddwn yn ateb yn y Gymraeg ni fydd hyn yn gohirio ein hymateb.\n\nWe welcome correspondence in Welsh.',
    );
    expect(letter.paragraphs.map((p) => p.text)).toEqual(['We welcome correspondence in Welsh.']);
    expect(letter.welsh).toHaveLength(1);
  });
});

describe('splitting sentences', () => {
  test.each([
    ['on full stops before a capital', 'One thing. Another thing.', ['One thing.', 'Another thing.']],
    [
      'not after a title or initial',
      'Dr. Smith met J. Mudd today. Then left.',
      ['Dr. Smith met J. Mudd today.', 'Then left.'],
    ],
    [
      'not inside e.g.',
      'Areas e.g. Public Order are covered. Next.',
      ['Areas e.g. Public Order are covered.', 'Next.'],
    ],
    [
      'after a lettered label such as an annex',
      'The response is attached as Annex A. The chapter on training was sobering.',
      ['The response is attached as Annex A.', 'The chapter on training was sobering.'],
    ],
    [
      'after etc. at the end of a sentence',
      'Public Order, Firearms etc. A total of 20 officers.',
      ['Public Order, Firearms etc.', 'A total of 20 officers.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});
