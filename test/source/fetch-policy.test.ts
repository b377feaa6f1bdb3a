import {
  checkContentType,
  checkResolved,
  checkUrl,
  defaultAllowHosts,
  hostAllowed,
  makeFetchPolicy,
} from '../../src/source/fetch-policy';
import { FORCES } from '../../src/report/forces';
import { SourceError } from '../../src/source/types';

const policy = makeFetchPolicy();

function refusal(fn: () => unknown): SourceError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(SourceError);
    return err as SourceError;
  }
  throw new Error('expected a refusal');
}

describe('the default allow-list', () => {
  test.each([
    'www.avonandsomerset.police.uk',
    'avonandsomerset.police.uk',
    'www.gov.uk',
    'assets.publishing.service.gov.uk',
    'www.dorset.pcc.police.uk',
    'WWW.GWENT.PCC.POLICE.UK',
    'www.avonandsomerset-pcc.gov.uk.',
  ])('allows %s', (host) => {
    expect(hostAllowed(host, policy)).toBe(true);
  });

  test.each([
    'police.uk',
    'evilpolice.uk',
    'police.uk.evil.com',
    'example.com',
    'gov.uk.example.org',
    'localhost',
  ])('does not allow %s', (host) => {
    expect(hostAllowed(host, policy)).toBe(false);
  });

  test('includes every domain in the force register and its subdomains', () => {
    const hosts = defaultAllowHosts();
    for (const force of FORCES) {
      for (const domain of force.domains) {
        expect(hosts).toContain(domain);
        expect(hostAllowed(`www.${domain}`, policy)).toBe(true);
      }
    }
  });
});

describe('checking an address before any network', () => {
  test.each([
    ['file:///etc/passwd', 'only http and https'],
    ['ftp://www.dorset.pcc.police.uk/letter.pdf', 'only http and https'],
    ['javascript:alert(1)', 'only http and https'],
    ['data:text/html,<p>hi</p>', 'only http and https'],
    ['gopher://www.gov.uk/', 'only http and https'],
    ['not a url', 'is not a web address'],
    ['https://user:secret@www.gov.uk/', 'user name or password'],
    ['https://example.com/letter.pdf', 'not on the list of allowed sites'],
    ['http://localhost:3000/relay', 'not on the list of allowed sites'],
    ['http://127.0.0.1/', 'loopback'],
    ['http://127.1/', 'loopback'],
    ['http://2130706433/', 'loopback'],
    ['http://0x7f000001/', 'loopback'],
    ['http://[::1]/', 'loopback'],
    ['http://[::ffff:127.0.0.1]/', 'loopback'],
    ['http://10.0.0.1/', 'private'],
    ['http://192.168.0.1/', 'private'],
    ['http://172.20.1.1/', 'private'],
    ['http://[fd00::1]/', 'private'],
    ['http://169.254.169.254/latest/meta-data/', 'metadata'],
    ['http://[fd00:ec2::254]/', 'metadata'],
    ['http://169.254.10.10/', 'link-local'],
    ['http://[fe80::1]/', 'link-local'],
    ['http://100.64.1.1/', 'carrier-grade NAT'],
    ['http://0.0.0.0/', 'unspecified'],
    ['http://8.8.8.8/', 'bare IP address'],
  ])('refuses %s (%s)', (url, why) => {
    const err = refusal(() => checkUrl(url, policy));
    expect(err.reason).toBe('refused');
    expect(err.message).toContain(url.length > 10 ? url.slice(0, 10) : url);
    expect(err.message).toContain(why);
  });

  test('names the redirect target when a redirect is refused', () => {
    const err = refusal(() => checkUrl('http://10.0.0.1/x', policy, 'https://www.gov.uk/letter'));
    expect(err.location).toBe('https://www.gov.uk/letter');
    expect(err.message).toMatch(
      /^https:\/\/www\.gov\.uk\/letter was not fetched: 10\.0\.0\.1 is a private network address \(it redirects to http:\/\/10\.0\.0\.1\/x\)\.$/,
    );
  });

  test('passes an allowed https address', () => {
    const checked = checkUrl('https://www.dorset.pcc.police.uk/media/letter.pdf', policy);
    expect(checked).toMatchObject({ host: 'www.dorset.pcc.police.uk', port: 443 });
  });
});

describe('checking what DNS answers', () => {
  const checked = checkUrl('https://letters.police.uk/x', policy);
  test.each([
    [['127.0.0.1'], 'loopback'],
    [['10.0.0.1'], 'private'],
    [['169.254.169.254'], 'metadata'],
    [['::1'], 'loopback'],
    [['fd00::1'], 'private'],
    [['::ffff:192.168.1.1'], 'private'],
    [['51.140.0.1', '10.0.0.1'], 'private'],
  ])('refuses a host that resolves to %j', (addresses, why) => {
    const err = refusal(() => checkResolved(checked, addresses, policy, 'https://letters.police.uk/x'));
    expect(err.reason).toBe('refused');
    expect(err.message).toContain(`letters.police.uk resolves to`);
    expect(err.message).toContain(why);
  });

  test('passes a host that resolves to public addresses only', () => {
    expect(() => checkResolved(checked, ['51.140.0.1', '2a00:1450::1'], policy, 'x')).not.toThrow();
  });

  test('refuses a port that is not allowed', () => {
    const odd = checkUrl('https://letters.police.uk:8443/x', policy);
    expect(refusal(() => checkResolved(odd, ['51.140.0.1'], policy, 'x')).message).toContain('port 8443');
  });
});

describe('loopback allowances for tests', () => {
  const testPolicy = makeFetchPolicy({ allowLoopbackForTests: ['127.0.0.1:41234', '[0:0::1]:41235'] });

  test('allow exactly the named address and port', () => {
    expect(checkUrl('http://127.0.0.1:41234/letter', testPolicy).literal).toBe('127.0.0.1');
    expect(checkUrl('http://[::1]:41235/letter', testPolicy).literal).toBe('::1');
    expect(refusal(() => checkUrl('http://127.0.0.1:41235/', testPolicy)).message).toContain('loopback');
    expect(refusal(() => checkUrl('http://127.0.0.2:41234/', testPolicy)).message).toContain('loopback');
  });

  test('allow a name only where it resolves to the named pair', () => {
    const checked = checkUrl('http://letters.police.uk:41234/x', testPolicy);
    expect(() => checkResolved(checked, ['127.0.0.1'], testPolicy, 'x')).not.toThrow();
    const other = checkUrl('http://letters.police.uk/x', testPolicy);
    expect(refusal(() => checkResolved(other, ['127.0.0.1'], testPolicy, 'x')).message).toContain('loopback');
  });

  test.each([
    '10.0.0.1:80',
    '169.254.169.254:80',
    '8.8.8.8:53',
    'localhost:3000',
    '127.0.0.1',
    '127.0.0.1:0',
  ])('cannot name %s', (pair) => {
    expect(() => makeFetchPolicy({ allowLoopbackForTests: [pair] })).toThrow(/loopback address and port/);
  });
});

describe('operator settings', () => {
  test('add hosts to the defaults, or replace them', () => {
    const added = makeFetchPolicy({ allowHosts: ['letters.example.org'] });
    expect(hostAllowed('letters.example.org', added)).toBe(true);
    expect(hostAllowed('www.gov.uk', added)).toBe(true);
    const replaced = makeFetchPolicy({ allowHosts: ['*.example.org'], replaceDefaultHosts: true });
    expect(hostAllowed('a.example.org', replaced)).toBe(true);
    expect(hostAllowed('www.gov.uk', replaced)).toBe(false);
  });

  test.each([
    [{ allowHosts: ['*.uk'] }, 'too broad'],
    [{ allowHosts: ['*'] }, 'not a host name'],
    [{ allowHosts: ['10.0.0.1'] }, 'not a host name'],
    [{ allowHosts: ['http://example.org'] }, 'not a host name'],
    [{ maxBytes: 0 }, 'maxBytes'],
    [{ timeoutMs: -1 }, 'timeoutMs'],
    [{ concurrency: 0 }, 'concurrency'],
    [{ maxRedirects: 1.5 }, 'maxRedirects'],
    [{ allowPorts: [70000] }, 'port'],
  ])('rejects %j', (config, why) => {
    expect(() => makeFetchPolicy(config)).toThrow(why);
  });

  test('default limits: 20 MB, 15 seconds, 5 redirects, 4 at once', () => {
    expect(policy).toMatchObject({
      maxBytes: 20 * 1024 * 1024,
      timeoutMs: 15000,
      maxRedirects: 5,
      concurrency: 4,
    });
  });
});

describe('declared content types', () => {
  test.each([
    'text/html; charset=utf-8',
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'text/plain',
    'application/octet-stream',
    undefined,
  ])('allows %s', (type) => {
    expect(() => checkContentType(type, policy, 'x')).not.toThrow();
  });

  test.each(['image/png', 'application/json', 'application/javascript', 'video/mp4', 'application/zip'])(
    'refuses %s',
    (type) => {
      const err = refusal(() => checkContentType(type, policy, 'https://www.gov.uk/x'));
      expect(err.reason).toBe('wrong-type');
      expect(err.message).toContain(type);
    },
  );
});
