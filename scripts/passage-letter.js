'use strict';
/**
 * A passage from a passage bank (test/fixtures/passages/) made into the smallest letter that holds it: under
 * its recommendation's heading, between a salutation and a valediction, so reading it tests the words alone.
 * Shared by scripts/passages.js and the corpus test, so both measure the same thing.
 */
function passageLetter(recommendation, text) {
  return ['Dear Home Secretary', `Recommendation ${recommendation}`, text, 'Yours sincerely'].join('\n\n');
}

module.exports = { passageLetter };
