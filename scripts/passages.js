#!/usr/bin/env node
'use strict';
// Measures the reader on a bank of short passages (passages.json: each the part of a letter answering one
// recommendation, with the status an analyst would give it). Each passage is read inside a plain letter
// under its recommendation's heading, so what is measured is how the words are classified, not how the
// part is found. A passage counts as right when the status is the expected one or a defensible alternative.
// Usage: node scripts/passages.js FOLDER|FILE.json [--verbose]   (after npm run build)
const fs = require('node:fs');
const path = require('node:path');
const { readLetter } = require('../lib/parse/index.js');
const { passageLetter } = require('./passage-letter.js');

const folder = process.argv[2];
const verbose = process.argv.includes('--verbose');
if (!folder) {
  console.error('usage: node scripts/passages.js FOLDER [--verbose]');
  process.exit(2);
}
const file = folder.endsWith('.json') ? folder : path.join(folder, 'passages.json');
const { passages } = JSON.parse(fs.readFileSync(file, 'utf8'));
let right = 0;
const byStatus = new Map();
for (const p of passages) {
  const got = readLetter(passageLetter(p.recommendation, p.text), `${p.id}.txt`).recommendations[
    String(p.recommendation)
  ];
  const ok = got.status === p.status || (p.also || []).includes(got.status);
  const tally = byStatus.get(p.status) ?? { right: 0, all: 0 };
  tally.all++;
  byStatus.set(p.status, tally);
  if (ok) {
    right++;
    tally.right++;
  } else {
    console.log(
      `${p.id} (rec ${p.recommendation}): ${got.status} (want ${p.status}${p.also?.length ? ' or ' + p.also.join('/') : ''})`,
    );
    if (verbose) console.log(`    ${p.text}`);
  }
}
for (const [status, t] of byStatus) console.log(`  ${status}: ${t.right}/${t.all}`);
console.log(`passages ${right}/${passages.length} (${((100 * right) / passages.length).toFixed(1)}%)`);
