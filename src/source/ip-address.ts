/**
 * Classifies IP addresses for the fetch policy: anything that is not a public internet address is refused,
 * so a web address can never make the add-in's server (or the command line) read the machine itself, the
 * office network or a cloud metadata service. Pure code, the same in Node and the browser.
 */

export type AddressClass =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'metadata'
  | 'shared (carrier-grade NAT)'
  | 'unspecified'
  | 'multicast'
  | 'broadcast'
  | 'reserved';

export const ADDRESS_CLASS_WORDS: Record<Exclude<AddressClass, 'public'>, string> = {
  loopback: 'a loopback address (this computer)',
  private: 'a private network address',
  'link-local': 'a link-local address',
  metadata: 'a cloud metadata service address',
  'shared (carrier-grade NAT)': 'a carrier-grade NAT address',
  unspecified: 'an unspecified address',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved address',
};

export function parseIPv4(s: string): number[] | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = parts.map((p) => (/^(0|[1-9]\d{0,2})$/.test(p) ? Number(p) : NaN));
  return bytes.every((b) => b >= 0 && b <= 255) ? bytes : undefined;
}

/** 16 bytes, or undefined. Accepts "::" compression, an embedded dotted IPv4 tail and brackets. */
export function parseIPv6(input: string): number[] | undefined {
  let s = input.startsWith('[') && input.endsWith(']') ? input.slice(1, -1) : input;
  if (s.includes('%')) s = s.slice(0, s.indexOf('%')); // a zone names an interface, not an address
  if (!/^[0-9a-f:.]+$/i.test(s) || !s.includes(':')) return undefined;
  const lastColon = s.lastIndexOf(':');
  if (s.slice(lastColon + 1).includes('.')) {
    // A dotted IPv4 tail is the last two groups written another way.
    const v4 = parseIPv4(s.slice(lastColon + 1));
    if (!v4) return undefined;
    s = `${s.slice(0, lastColon + 1)}${((v4[0] << 8) | v4[1]).toString(16)}:${((v4[2] << 8) | v4[3]).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0]);
  const rest = halves.length === 2 ? groups(halves[1]) : [];
  if ([...head, ...rest].some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return undefined;
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const all = [...head, ...Array<string>(missing).fill('0'), ...rest].map((g) => parseInt(g, 16));
  const bytes: number[] = [];
  for (const g of all) bytes.push(g >> 8, g & 0xff);
  return bytes;
}

function inV4(b: number[], prefix: number[], bits: number): boolean {
  for (let i = 0; i < 4; i++) {
    const take = Math.max(0, Math.min(8, bits - i * 8));
    if (take === 0) return true;
    const mask = (0xff << (8 - take)) & 0xff;
    if ((b[i] & mask) !== (prefix[i] & mask)) return false;
  }
  return true;
}

const V4_RANGES: ReadonlyArray<[number[], number, Exclude<AddressClass, 'public'>]> = [
  [[169, 254, 169, 254], 32, 'metadata'],
  [[255, 255, 255, 255], 32, 'broadcast'],
  [[0, 0, 0, 0], 8, 'unspecified'],
  [[10, 0, 0, 0], 8, 'private'],
  [[100, 64, 0, 0], 10, 'shared (carrier-grade NAT)'],
  [[127, 0, 0, 0], 8, 'loopback'],
  [[169, 254, 0, 0], 16, 'link-local'],
  [[172, 16, 0, 0], 12, 'private'],
  [[192, 0, 0, 0], 24, 'reserved'],
  [[192, 0, 2, 0], 24, 'reserved'],
  [[192, 88, 99, 0], 24, 'reserved'],
  [[192, 168, 0, 0], 16, 'private'],
  [[198, 18, 0, 0], 15, 'reserved'],
  [[198, 51, 100, 0], 24, 'reserved'],
  [[203, 0, 113, 0], 24, 'reserved'],
  [[224, 0, 0, 0], 4, 'multicast'],
  [[240, 0, 0, 0], 4, 'reserved'],
];

export function classifyIPv4(b: number[]): AddressClass {
  for (const [prefix, bits, cls] of V4_RANGES) if (inV4(b, prefix, bits)) return cls;
  return 'public';
}

function inV6(b: number[], prefix: number[], bits: number): boolean {
  for (let i = 0; i < 16; i++) {
    const take = Math.max(0, Math.min(8, bits - i * 8));
    if (take === 0) return true;
    const mask = (0xff << (8 - take)) & 0xff;
    if ((b[i] & mask) !== ((prefix[i] ?? 0) & mask)) return false;
  }
  return true;
}

const v6 = (s: string) => parseIPv6(s) as number[];
const V6_RANGES: ReadonlyArray<[number[], number, Exclude<AddressClass, 'public'>]> = [
  [v6('::'), 128, 'unspecified'],
  [v6('::1'), 128, 'loopback'],
  [v6('fd00:ec2::254'), 128, 'metadata'],
  [v6('fc00::'), 7, 'private'],
  [v6('fe80::'), 10, 'link-local'],
  [v6('fec0::'), 10, 'private'],
  [v6('ff00::'), 8, 'multicast'],
  [v6('100::'), 64, 'reserved'],
  [v6('64:ff9b:1::'), 48, 'private'],
  [v6('2001::'), 32, 'reserved'], // Teredo: hides an IPv4 address behind a tunnel
  [v6('2001:10::'), 28, 'reserved'],
  [v6('2001:20::'), 28, 'reserved'],
  [v6('2001:db8::'), 32, 'reserved'],
];

/** IPv6 forms that carry an IPv4 address: judged by that address, or a mapped 127.0.0.1 would pass. */
function embeddedIPv4(b: number[]): number[] | undefined {
  const zeros = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  if (zeros(0, 10) && b[10] === 0xff && b[11] === 0xff) return b.slice(12); // ::ffff:a.b.c.d mapped
  if (zeros(0, 12)) return b.slice(12); // ::a.b.c.d compatible (deprecated)
  if (inV6(b, v6('64:ff9b::'), 96)) return b.slice(12); // NAT64
  if (b[0] === 0x20 && b[1] === 0x02) return b.slice(2, 6); // 6to4
  return undefined;
}

export function classifyIPv6(b: number[]): AddressClass {
  for (const [prefix, bits, cls] of V6_RANGES) if (inV6(b, prefix, bits)) return cls;
  const v4 = embeddedIPv4(b);
  if (v4) return classifyIPv4(v4);
  // Only 2000::/3 is allocated for global unicast; anything else is not a public web server.
  return (b[0] & 0xe0) === 0x20 ? 'public' : 'reserved';
}

/** The class of an address written as text, or undefined when the text is not an IP address. */
export function classifyAddress(address: string): AddressClass | undefined {
  const v4 = parseIPv4(address);
  if (v4) return classifyIPv4(v4);
  const v6bytes = parseIPv6(address);
  if (v6bytes) return classifyIPv6(v6bytes);
  return undefined;
}

export function isIpLiteral(host: string): boolean {
  return parseIPv4(host) !== undefined || parseIPv6(host) !== undefined;
}
