/**
 * Two Node names that src/source mentions on its Node-only paths (the Buffer type, __filename), declared for
 * the browser build's type check, whose settings carry no Node types; the shapes match @types/node, so under
 * the Node settings they merge into Node's own. Remove once src/source no longer names them.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
interface Buffer<TArrayBuffer extends ArrayBufferLike = ArrayBufferLike> extends Uint8Array<TArrayBuffer> {}
// eslint-disable-next-line no-var
declare var __filename: string;
