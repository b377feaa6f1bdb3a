'use strict';
/**
 * What jest's "default" reporter shows while tests run (one line per file, or every test with --verbose),
 * without the summary it would add: not-run-reporter.js prints the summary, then what did not run.
 */
const { DefaultReporter, VerboseReporter } = require('@jest/reporters');

function ProgressReporter(globalConfig) {
  // jest constructs reporters with new; a constructor may hand back the object it chose.
  return globalConfig.verbose ? new VerboseReporter(globalConfig) : new DefaultReporter(globalConfig);
}

module.exports = ProgressReporter;
