'use strict';
/*
 * Builds the Excel add-in into dist/: the task pane, the OIC.* functions (with functions.json generated from
 * their JSDoc) and the ribbon commands, all on one shared-runtime page, taskpane.html.
 *
 *   webpack --mode production     dist/ for serving; manifest addresses rewritten when ADDIN_PUBLIC_URL is set
 *   webpack --mode development    unminified, with source maps
 *   webpack serve                 the same, served over HTTPS on localhost:3000 (npm run dev-server)
 *
 * OFFICE_JS=local makes the pages load the copy of office.js in dist/office-local/ (tests, offline work);
 * by default they load it from Microsoft's CDN, as the Office Store requires.
 */
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { productionManifest } = require('./scripts/manifest-address');

const DEV_PORT = 3000;
const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const LOCAL_OFFICE_JS = 'office-local/office.js';
const OFFICE_JS_DIST = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
const PDFJS = path.dirname(require.resolve('pdfjs-dist/package.json'));

// The parts of office.js a page needs outside Office's own hosting: the loader, its strings and the
// Excel and custom-functions scripts it fetches beside itself.
const OFFICE_JS_FILES = [
  'office.js',
  'o15apptofilemappingtable.js',
  'excel-web-16.00.js',
  'excel-win32-16.01.js',
  'custom-functions-runtime.js',
  'en-us/office_strings.js',
  'en-gb/office_strings.js',
];

function bundledLetters() {
  return fs
    .readdirSync(path.join(__dirname, 'corpus'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

function devCertificate() {
  let certs;
  try {
    certs = require('./lib/server/certs.js');
  } catch {
    throw new Error(
      'The dev server needs the compiled server code: run "npm run build" (or tsc -p tsconfig.build.json) first.',
    );
  }
  return certs.ensureLocalhostCertificate(path.join(__dirname, '.certs'));
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const officeJs = process.env.OFFICE_JS === 'local' ? LOCAL_OFFICE_JS : CDN_OFFICE_JS;
  const publicUrl = process.env.ADDIN_PUBLIC_URL;

  const config = {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/ui/taskpane/index.ts',
      functions: './src/ui/functions/functions.ts',
      commands: './src/ui/commands/commands.ts',
    },
    output: {
      path: path.join(__dirname, 'dist'),
      // Entry names stay fixed: the manifest names functions.js.
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { configFile: 'tsconfig.webpack.json', onlyCompileBundledFiles: true },
          },
        },
      ],
    },
    optimization: {
      // One runtime for the three entries on the shared-runtime page, so modules they share (the dataset held
      // for the functions) are one instance, not three.
      runtimeChunk: 'single',
      splitChunks: { chunks: 'all' },
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: './src/ui/functions/functions.ts',
        output: 'functions.json',
      }),
      new webpack.DefinePlugin({ OIC_BUNDLED_LETTERS: JSON.stringify(bundledLetters()) }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/ui/taskpane/taskpane.html',
        chunks: ['taskpane', 'functions', 'commands'],
        officeJs,
      }),
      new HtmlWebpackPlugin({
        filename: 'help.html',
        template: './src/ui/taskpane/help.html',
        chunks: [],
        inject: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: '[path][name][ext]' },
          { from: 'src/ui/taskpane/taskpane.css', to: 'taskpane.css' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: {
              transformer: (content) =>
                production && publicUrl ? productionManifest(content, publicUrl) : content,
            },
          },
          { from: 'corpus/*.txt', to: 'letters/[name][ext]' },
          // Shipped as their makers built them: marked minimised so the build does not minimise them again.
          {
            from: path.join(PDFJS, 'legacy', 'build', 'pdf.worker.min.mjs'),
            to: 'pdfjs/pdf.worker.min.mjs',
            info: { minimized: true },
          },
          {
            from: path.join(PDFJS, 'standard_fonts').replace(/\\/g, '/'),
            to: 'pdfjs/standard_fonts/[name][ext]',
          },
          ...OFFICE_JS_FILES.map((file) => ({
            from: path.join(OFFICE_JS_DIST, file),
            to: `office-local/${file}`,
            info: { minimized: true },
          })),
        ],
      }),
    ],
  };

  if (serving) {
    const { key, cert } = await devCertificate();
    config.devServer = {
      port: DEV_PORT,
      host: 'localhost',
      server: { type: 'https', options: { key, cert } },
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      client: { overlay: false },
    };
  }
  return config;
};
