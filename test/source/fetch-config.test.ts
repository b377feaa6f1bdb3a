import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFetchPolicy } from '../../src/source/fetch-config';
import { hostAllowed } from '../../src/source/fetch-policy';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oic-policy-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the operator's fetch settings", () => {
  test('default to police and government sites when nothing is set', () => {
    const policy = loadFetchPolicy({});
    expect(hostAllowed('www.gov.uk', policy)).toBe(true);
    expect(hostAllowed('example.org', policy)).toBe(false);
  });

  test('read a JSON file named by OIC_FETCH_POLICY and hosts from OIC_FETCH_ALLOW_HOSTS', async () => {
    const file = join(dir, 'policy.json');
    await writeFile(
      file,
      JSON.stringify({ allowHosts: ['letters.example.org'], timeoutMs: 5000, maxBytes: 1000 }),
    );
    const policy = loadFetchPolicy({
      OIC_FETCH_POLICY: file,
      OIC_FETCH_ALLOW_HOSTS: '*.example.net, other.example.com',
    });
    expect(hostAllowed('letters.example.org', policy)).toBe(true);
    expect(hostAllowed('a.example.net', policy)).toBe(true);
    expect(hostAllowed('other.example.com', policy)).toBe(true);
    expect(hostAllowed('www.gov.uk', policy)).toBe(true);
    expect(policy).toMatchObject({ timeoutMs: 5000, maxBytes: 1000 });
  });

  test.each([
    ['{ not json', 'is not valid JSON'],
    ['[1, 2]', 'must hold a JSON object'],
    ['{"allowHosts": ["*.uk"]}', 'too broad'],
    ['{"allowLoopbackForTests": ["10.0.0.1:80"]}', 'loopback address and port'],
  ])('refuse a bad file (%s), naming it', async (content, why) => {
    const file = join(dir, `bad-${Math.random()}.json`);
    await writeFile(file, content);
    expect(() => loadFetchPolicy({ OIC_FETCH_POLICY: file })).toThrow(why);
    expect(() => loadFetchPolicy({ OIC_FETCH_POLICY: file })).toThrow(file);
  });

  test('refuse a missing file, naming the variable', () => {
    expect(() => loadFetchPolicy({ OIC_FETCH_POLICY: join(dir, 'none.json') })).toThrow(
      /^OIC_FETCH_POLICY: cannot read/,
    );
  });

  test('refuse a bad host in OIC_FETCH_ALLOW_HOSTS, naming the variable', () => {
    expect(() => loadFetchPolicy({ OIC_FETCH_ALLOW_HOSTS: 'http://x.org' })).toThrow(
      /^OIC_FETCH_ALLOW_HOSTS: /,
    );
  });
});
