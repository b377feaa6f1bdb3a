/**
 * The operator's fetch settings, for the command line and the add-in's server (Node only).
 *
 *   OIC_FETCH_POLICY=/path/to/fetch-policy.json   a JSON file with any of the FetchPolicyConfig fields:
 *       { "allowHosts": ["letters.example.org", "*.example.gov.uk"], "replaceDefaultHosts": false,
 *         "maxBytes": 20971520, "timeoutMs": 15000, "maxRedirects": 5, "concurrency": 4,
 *         "allowPorts": [80, 443], "allowedContentTypes": [...], "allowLoopbackForTests": ["127.0.0.1:8080"] }
 *   OIC_FETCH_ALLOW_HOSTS=letters.example.org,*.example.gov.uk   more hosts, added to the file's and the defaults
 *
 * Without either, police and government sites (*.police.uk, *.gov.uk, *.pcc.police.uk) and every domain in
 * the force register are allowed, 20 MB, 15 seconds, 5 redirects, 4 at once.
 */
import { readFileSync } from 'node:fs';
import { makeFetchPolicy, type FetchPolicy, type FetchPolicyConfig } from './fetch-policy';

export const POLICY_FILE_VAR = 'OIC_FETCH_POLICY';
export const ALLOW_HOSTS_VAR = 'OIC_FETCH_ALLOW_HOSTS';

/** Throws Error naming the variable or file and what is wrong with it. */
export function loadFetchPolicy(env: NodeJS.ProcessEnv = process.env): FetchPolicy {
  let config: FetchPolicyConfig = {};
  const file = env[POLICY_FILE_VAR]?.trim();
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new Error(`${POLICY_FILE_VAR}: cannot read ${file} (${(err as Error).message})`);
    }
    try {
      config = JSON.parse(text) as FetchPolicyConfig;
    } catch (err) {
      throw new Error(`${POLICY_FILE_VAR}: ${file} is not valid JSON (${(err as Error).message})`);
    }
    if (typeof config !== 'object' || config === null || Array.isArray(config)) {
      throw new Error(`${POLICY_FILE_VAR}: ${file} must hold a JSON object of fetch settings`);
    }
  }
  const extra = (env[ALLOW_HOSTS_VAR] ?? '')
    .split(/[,\s]+/)
    .map((h) => h.trim())
    .filter((h) => h !== '');
  try {
    return makeFetchPolicy({ ...config, allowHosts: [...(config.allowHosts ?? []), ...extra] });
  } catch (err) {
    throw new Error(`${file ? `${POLICY_FILE_VAR} (${file})` : ALLOW_HOSTS_VAR}: ${(err as Error).message}`);
  }
}
