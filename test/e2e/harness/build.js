'use strict';
/**
 * Builds what the browser test serves, into OUT_DIR (never dist/):
 *   OUT_DIR/site      the add-in as `npm run build` makes it, but loading the office.js the project ships
 *                     (OFFICE_JS=local) so the page needs no network
 *   OUT_DIR/harness   the Excel harness script
 * Both compile in one webpack run. Usage: node test/e2e/harness/build.js OUT_DIR
 */
const path = require('path');
const webpack = require('webpack');

const ROOT = path.join(__dirname, '..', '..', '..');

async function main() {
  const out = process.argv[2];
  if (!out) throw new Error('usage: node test/e2e/harness/build.js OUT_DIR');
  process.env.OFFICE_JS = 'local';
  process.env.ADDIN_PUBLIC_URL = '';
  process.chdir(ROOT);
  const addin = await require(path.join(ROOT, 'webpack.config.js'))({}, { mode: 'production' });
  addin.name = 'addin';
  addin.output = { ...addin.output, path: path.resolve(out, 'site') };
  const harness = require('./webpack.config.js')(path.resolve(out, 'harness'));
  const stats = await new Promise((resolve, reject) =>
    webpack([addin, harness], (err, result) => (err ? reject(err) : resolve(result))),
  );
  if (stats.hasErrors()) {
    throw new Error(stats.toString({ all: false, errors: true, errorDetails: true, colors: false }));
  }
}

main().catch((err) => {
  process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
