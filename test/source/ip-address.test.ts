import { BlockList } from 'node:net';
import fc from 'fast-check';
import { classifyAddress, parseIPv4, parseIPv6 } from '../../src/source/ip-address';

describe('classifying addresses', () => {
  test.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.10', 'private'],
    ['169.254.1.1', 'link-local'],
    ['169.254.169.254', 'metadata'],
    ['100.64.0.1', 'shared (carrier-grade NAT)'],
    ['100.127.255.255', 'shared (carrier-grade NAT)'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['172.32.0.1', 'public'],
    ['100.128.0.1', 'public'],
    ['8.8.8.8', 'public'],
    ['51.140.0.1', 'public'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fd00::1', 'private'],
    ['fc12:3456::1', 'private'],
    ['fd00:ec2::254', 'metadata'],
    ['fe80::1', 'link-local'],
    ['febf:ffff::1', 'link-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.1.2.3', 'private'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['::127.0.0.1', 'loopback'],
    ['64:ff9b::a00:1', 'private'],
    ['2002:7f00:1::', 'loopback'],
    ['2002:0808:0808::', 'public'],
    ['2001:db8::1', 'reserved'],
    ['2001:0:4136:e378::1', 'reserved'],
    ['2a00:1450:4009:81f::200e', 'public'],
    ['4000::1', 'reserved'],
    ['[::1]', 'loopback'],
    ['fe80::1%eth0', 'link-local'],
  ])('%s is %s', (address, cls) => {
    expect(classifyAddress(address)).toBe(cls);
  });

  test.each(['localhost', '1.2.3', '256.1.1.1', '01.2.3.4', '1:2:3:4:5:6:7:8:9', '1::2::3', 'gggg::1', ''])(
    '%s is not an address',
    (text) => {
      expect(classifyAddress(text)).toBeUndefined();
    },
  );

  test('reads compressed, full and dotted-tail IPv6 as the same bytes', () => {
    expect(parseIPv6('::ffff:1.2.3.4')).toEqual(parseIPv6('0:0:0:0:0:ffff:0102:0304'));
    expect(parseIPv6('1::')).toEqual(parseIPv6('1:0:0:0:0:0:0:0'));
    expect(parseIPv6('1:2:3:4:5:6:7:8')).toHaveLength(16);
    expect(parseIPv4('1.2.3.4')).toEqual([1, 2, 3, 4]);
  });

  // Node's own BlockList, loaded with the blocked ranges, must agree with the classifier on any address.
  const blockList = new BlockList();
  for (const [net, bits] of [
    ['0.0.0.0', 8],
    ['10.0.0.0', 8],
    ['100.64.0.0', 10],
    ['127.0.0.0', 8],
    ['169.254.0.0', 16],
    ['172.16.0.0', 12],
    ['192.0.0.0', 24],
    ['192.0.2.0', 24],
    ['192.88.99.0', 24],
    ['192.168.0.0', 16],
    ['198.18.0.0', 15],
    ['198.51.100.0', 24],
    ['203.0.113.0', 24],
    ['224.0.0.0', 4],
    ['240.0.0.0', 4],
  ] as const) {
    blockList.addSubnet(net, bits, 'ipv4');
  }

  test('agrees with node:net BlockList on random IPv4 addresses', () => {
    fc.assert(
      fc.property(fc.ipV4(), (ip) => {
        expect(classifyAddress(ip) !== 'public').toBe(blockList.check(ip, 'ipv4'));
        // The same address mapped into IPv6 is judged the same way.
        expect(classifyAddress(`::ffff:${ip}`)).toBe(classifyAddress(ip));
      }),
      { numRuns: 2000 },
    );
  });

  test('agrees with node:net BlockList on random IPv6 addresses outside the IPv4-carrying forms', () => {
    const v6 = new BlockList();
    for (const [net, bits] of [
      ['::', 128],
      ['::1', 128],
      ['fc00::', 7],
      ['fe80::', 10],
      ['fec0::', 10],
      ['ff00::', 8],
      ['100::', 64],
      ['2001::', 32],
      ['2001:10::', 28],
      ['2001:20::', 28],
      ['2001:db8::', 32],
      ['64:ff9b:1::', 48],
    ] as const) {
      v6.addSubnet(net, bits, 'ipv6');
    }
    fc.assert(
      fc.property(fc.ipV6(), (ip) => {
        const bytes = parseIPv6(ip) as number[];
        expect(bytes).toHaveLength(16);
        const carriesV4 =
          bytes.slice(0, 10).every((b) => b === 0) ||
          (bytes[0] === 0x20 && bytes[1] === 0x02) ||
          (bytes[0] === 0 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b);
        fc.pre(!carriesV4);
        const unallocated = (bytes[0] & 0xe0) !== 0x20;
        expect(classifyAddress(ip) !== 'public').toBe(v6.check(ip, 'ipv6') || unallocated);
      }),
      { numRuns: 2000 },
    );
  });
});
