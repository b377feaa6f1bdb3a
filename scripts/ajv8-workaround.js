'use strict';
/*
 * Makes ajv 8 findable by the packages that need it but were installed without it.
 *
 * ajv-keywords 5 (used by schema-utils, so by copy-webpack-plugin, webpack-dev-server and the minimiser)
 * and ajv-draft-04 (used by office-addin-manifest, so by office-addin-debugging) declare ajv 8 as a peer
 * dependency. With legacy-peer-deps (see .npmrc) npm does not install peers, so they find the top-level
 * ajv, which is eslint's ajv 6, and fail with "Cannot find module 'ajv/dist/compile/codegen'".
 * The lasting fix is one line in package.json, "ajv": "^8" in devDependencies; until then this points Node's
 * last-resort module path (NODE_PATH) at an ajv 8 that is installed, nested under schema-utils.
 */
const path = require('path');
const Module = require('module');

function ajv8Dir() {
  for (const from of ['schema-utils', '@microsoft/app-manifest', 'ajv-formats']) {
    try {
      const base = path.dirname(require.resolve(`${from}/package.json`));
      const ajvPkg = require.resolve('ajv/package.json', { paths: [base] });
      if (require(ajvPkg).version.startsWith('8.')) return path.dirname(path.dirname(ajvPkg));
    } catch {
      // not installed that way; try the next
    }
  }
  return null;
}

/** The NODE_PATH value that lets ajv 8's peers find it; unchanged when the top-level ajv is 8 already. */
function nodePathWithAjv8(current = process.env.NODE_PATH) {
  let topLevel = null;
  try {
    topLevel = require('ajv/package.json').version;
  } catch {
    topLevel = null;
  }
  const dir = topLevel && topLevel.startsWith('8.') ? null : ajv8Dir();
  if (!dir) return current;
  const parts = (current || '').split(path.delimiter).filter(Boolean);
  return parts.includes(dir) ? current : [...parts, dir].join(path.delimiter);
}

/** Applies it to this process, for the webpack config's plugins. */
function applyAjv8Workaround() {
  const next = nodePathWithAjv8();
  if (next !== process.env.NODE_PATH) {
    process.env.NODE_PATH = next;
    Module._initPaths();
  }
}

module.exports = { applyAjv8Workaround, nodePathWithAjv8 };
