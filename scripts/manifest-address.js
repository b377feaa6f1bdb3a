'use strict';
/*
 * Reads the add-in manifest with office-addin-manifest and moves its addresses from the dev server to where
 * the add-in is published (ADDIN_PUBLIC_URL) for a production build.
 *
 * The XML reader is loaded from office-addin-manifest's lib/ directly: the package's main entry also loads
 * its JSON-manifest support, whose dependency ajv-draft-04 needs ajv 8, which npm's legacy peer resolution
 * (see .npmrc) leaves out here. The XML reader needs none of that.
 */
const path = require('path');
const { ManifestHandlerXml } = require('office-addin-manifest/lib/manifestHandler/manifestHandlerXml');

const MANIFEST = path.join(__dirname, '..', 'manifest.xml');

// office-addin-manifest's own XML parser, found from that package so it is the same one it reads with.
const xml2js = require(
  require.resolve('xml2js', { paths: [path.dirname(require.resolve('office-addin-manifest/package.json'))] }),
);

/** The manifest as office-addin-manifest reads it (id, display name, default source location, ...). */
function readManifest(manifestPath = MANIFEST) {
  return new ManifestHandlerXml(manifestPath).parseManifest();
}

/** The whole manifest as a parsed XML tree (xml2js form), for checks the summary above does not cover. */
function readManifestXml(manifestPath = MANIFEST) {
  return new ManifestHandlerXml(manifestPath).parseXmlAsync();
}

/** Turns xml2js's ordered form into plain elements: name, attributes, text and children in document order. */
function toElement(node) {
  return {
    name: node['#name'],
    attrs: { ...(node.$ || {}) },
    text: typeof node._ === 'string' ? node._.trim() : '',
    children: (node.$$ || []).map(toElement),
  };
}

/**
 * The manifest as elements in document order (the other readers group children by name, losing order,
 * which the schema cares about). Rejects text that is not well-formed XML.
 */
async function readManifestElements(manifestPath = MANIFEST) {
  const text = await require('fs').promises.readFile(manifestPath, 'utf8');
  const parsed = await xml2js.parseStringPromise(text, {
    explicitChildren: true,
    preserveChildrenOrder: true,
    explicitRoot: true,
    strict: true,
  });
  const [rootName] = Object.keys(parsed);
  return toElement({ ...parsed[rootName], '#name': rootName });
}

/** Where the manifest's pages are served now: the origin of its default source location. */
async function devOrigin(manifestPath = MANIFEST) {
  const info = await readManifest(manifestPath);
  const location = info.defaultSettings && info.defaultSettings.sourceLocation;
  if (!location)
    throw new Error(`${manifestPath} has no DefaultSettings/SourceLocation to take the address from.`);
  return new URL(location).origin;
}

/** The manifest text with every address under the dev origin moved under publicUrl (https only). */
async function productionManifest(content, publicUrl, manifestPath = MANIFEST) {
  let target;
  try {
    target = new URL(publicUrl);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL "${publicUrl}" is not an address.`);
  }
  if (target.protocol !== 'https:')
    throw new Error(`ADDIN_PUBLIC_URL must be an https address, not "${publicUrl}".`);
  const base = `${target.origin}${target.pathname.replace(/\/+$/, '')}/`;
  const from = `${await devOrigin(manifestPath)}/`;
  return Buffer.from(content.toString('utf8').split(from).join(base), 'utf8');
}

module.exports = {
  MANIFEST,
  readManifest,
  readManifestXml,
  readManifestElements,
  devOrigin,
  productionManifest,
};
