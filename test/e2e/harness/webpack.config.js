'use strict';
/**
 * Bundles the Excel harness (excel-harness.ts with the strict fake) into one classic script for the
 * browser test. Only the test builds it, into its own folder; nothing here reaches dist/.
 */
const path = require('path');

const ROOT = path.join(__dirname, '..', '..', '..');

module.exports = (outputPath) => ({
  name: 'excel-harness',
  mode: 'production',
  context: ROOT,
  devtool: 'source-map',
  entry: { 'excel-harness': './test/e2e/harness/excel-harness.ts' },
  output: { path: outputPath, filename: '[name].js', clean: true },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          // Types are checked by npm run typecheck over the whole project; here the fake only needs to run.
          options: { configFile: path.join(ROOT, 'tsconfig.webpack.json'), transpileOnly: true },
        },
      },
    ],
  },
  performance: { hints: false },
});
