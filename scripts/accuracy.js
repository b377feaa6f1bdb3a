#!/usr/bin/env node
'use strict';
// Measures the reader against a folder of letters with an expected.json (corpus/, test/fixtures/heldout/):
// a cell counts as right when the status is the expected one or one of its defensible alternatives.
// Usage: node scripts/accuracy.js FOLDER [--verbose]   (after npm run build)
const fs = require('node:fs');
const path = require('node:path');
const { readLetter } = require('../lib/parse/index.js');

const folder = process.argv[2];
const verbose = process.argv.includes('--verbose');
if (!folder) {
  console.error('usage: node scripts/accuracy.js FOLDER [--verbose]');
  process.exit(2);
}
const expected = JSON.parse(fs.readFileSync(path.join(folder, 'expected.json'), 'utf8')).responses;
let cells = 0;
let right = 0;
let fields = 0;
let fieldsRight = 0;
// The matrix marks cells below this confidence "Check"; a useful flag catches most wrong cells and few right ones.
const { LOW_CONFIDENCE: LOW } = require('../lib/plan/index.js');
let flagged = 0;
let wrongFlagged = 0;
for (const [file, want] of Object.entries(expected)) {
  let got;
  try {
    got = readLetter(fs.readFileSync(path.join(folder, file), 'utf8'), file);
  } catch (err) {
    console.log(`${file}: ERROR ${err.message}`);
    cells += 4;
    fields += 3;
    continue;
  }
  const wrong = [];
  for (const key of ['forceId', 'letterDate', 'commissioner']) {
    fields++;
    if (got[key] === want[key]) fieldsRight++;
    else wrong.push(`${key} ${JSON.stringify(got[key])} (want ${JSON.stringify(want[key])})`);
  }
  for (const [n, w] of Object.entries(want.recommendations)) {
    cells++;
    const g = got.recommendations[n];
    const low = g.confidence < LOW;
    if (low) flagged++;
    if (g.status === w.status || (w.also || []).includes(g.status)) right++;
    else if (low) wrongFlagged++;
    if (!(g.status === w.status || (w.also || []).includes(g.status)))
      wrong.push(
        `rec ${n} ${g.status}${low ? ' [check]' : ''} (want ${w.status}${w.also && w.also.length ? ' or ' + w.also.join('/') : ''})`,
      );
    if (verbose)
      console.log(`  ${file} ${n}: ${g.status} ${JSON.stringify(g.evidence.map((e) => e.slice(0, 90)))}`);
  }
  console.log(`${file}: ${wrong.length ? wrong.join('; ') : 'all right'}`);
}
console.log(
  `flagged for checking: ${flagged}/${cells} cells, ${wrongFlagged}/${cells - right} of the wrong ones`,
);
console.log(
  `cells ${right}/${cells} (${((100 * right) / cells).toFixed(1)}%), identity fields ${fieldsRight}/${fields}`,
);
