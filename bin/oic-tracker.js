#!/usr/bin/env node
'use strict';
// The compiled command line lives in lib/ (npm run build); say so rather than fail with a stack trace.
let main;
try {
  main = require('../lib/cli/main.js');
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && /lib[\\/]cli[\\/]main/.test(String(err.message))) {
    process.stderr.write('oic-tracker: not built yet. Run "npm run build" in the project folder first.\n');
    process.exit(2);
  }
  throw err;
}
main.run(process.argv).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`oic-tracker: ${err && err.message ? err.message : err}\n`);
    process.exit(2);
  },
);
