/** Types for manifest-address.js (plain JavaScript because webpack.config.js loads it). */
export interface ManifestInfo {
  id?: string;
  defaultLocale?: string;
  description?: string;
  displayName?: string;
  highResolutionIconUrl?: string;
  hosts?: string[];
  iconUrl?: string;
  officeAppType?: string;
  permissions?: string;
  providerName?: string;
  supportUrl?: string;
  version?: string;
  defaultSettings?: { sourceLocation?: string; requestedWidth?: string; requestedHeight?: string };
}

export const MANIFEST: string;
export function readManifest(manifestPath?: string): Promise<ManifestInfo>;
/** xml2js's tree: elements as arrays of objects, attributes under `$`, text under `_`. */
export function readManifestXml(manifestPath?: string): Promise<unknown>;
export function devOrigin(manifestPath?: string): Promise<string>;
export function productionManifest(
  content: Buffer,
  publicUrl: string,
  manifestPath?: string,
): Promise<Buffer>;

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlElement[];
}
/** The manifest as elements in document order; rejects text that is not well-formed XML. */
export function readManifestElements(manifestPath?: string): Promise<XmlElement>;
