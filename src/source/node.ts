/** Reading letters in Node (the command line, the add-in's server): files and the web under the fetch policy. */
export * from './index';
export {
  createSourceReader,
  createTextReader,
  readFileSource,
  type ReadSourceOptions,
  type ReadText,
} from './read-node';
export {
  fetchSource,
  createNodeFetcher,
  systemResolve,
  type ResolveHost,
  type NodeFetchOptions,
} from './fetch-node';
export { loadFetchPolicy, POLICY_FILE_VAR, ALLOW_HOSTS_VAR } from './fetch-config';
export { makeFetchPolicy, defaultAllowHosts, type FetchPolicy, type FetchPolicyConfig } from './fetch-policy';
