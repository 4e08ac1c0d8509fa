import { describe, expect, it } from 'vitest';
import { IPv4Address, IPv6Address } from '../../src/runtime/python/ipaddress.ts';
import { ValueError } from '../../src/runtime/python/exceptions.ts';
import { clean_ipv6_address, is_valid_ipv6_address } from '../../src/runtime/utils/ipv6.ts';

// Expected values are Python 3.12's ipaddress and Django 6.1's django.utils.ipv6.
describe('ipaddress', () => {
  it('parses IPv4 as Python does: four decimal octets, no leading zeros, none above 255', () => {
    expect(String(new IPv4Address('192.168.0.1'))).toBe('192.168.0.1');
    for (const bad of ['', '1.2.3', '1.2.3.4.5', '01.2.3.4', '256.1.1.1', '1.2.3.-4', ' 1.2.3.4', '1.2.3.a'])
      expect(() => new IPv4Address(bad), bad).toThrow(ValueError);
  });

  it('writes IPv6 compressed: the longest run of two or more zero groups becomes ::', () => {
    expect(String(new IPv6Address('2001:0db8:0000:0000:0000:0000:0000:0001'))).toBe('2001:db8::1');
    expect(String(new IPv6Address('2001::1:0:0:0:0:2'))).toBe('2001:0:1::2');
    expect(String(new IPv6Address('1:0:2:3:4:5:6:7'))).toBe('1:0:2:3:4:5:6:7');
    expect(String(new IPv6Address('::'))).toBe('::');
    expect(String(new IPv6Address('1::'))).toBe('1::');
    expect(String(new IPv6Address('fe80::1%eth0'))).toBe('fe80::1');
    expect(String(new IPv6Address('::ffff:10.10.10.10').ipv4_mapped)).toBe('10.10.10.10');
    expect(new IPv6Address('2001::2').ipv4_mapped).toBeNull();
  });

  it('refuses what Python refuses', () => {
    for (const bad of [
      '1:2',
      '2001:0:1:2',
      '1::2::3',
      ':1:2:3:4:5:6:7',
      '1:2:3:4:5:6:7:',
      '12345::',
      '1:2:3:4:5:6:7:8:9',
      'g::1',
      '%x',
    ])
      expect(() => new IPv6Address(bad), bad).toThrow(ValueError);
  });
});

describe('django.utils.ipv6', () => {
  it('cleans to the compressed form and keeps or unpacks an IPv4-mapped address', () => {
    expect(clean_ipv6_address('2001:0::0:01')).toBe('2001::1');
    expect(clean_ipv6_address('::ffff:0a0a:0a0a')).toBe('::ffff:10.10.10.10');
    expect(clean_ipv6_address('::ffff:18.52.18.52', true)).toBe('18.52.18.52');
    expect(() => clean_ipv6_address('1:2')).toThrow('This is not a valid IPv6 address.');
    expect(is_valid_ipv6_address('::1')).toBe(true);
    expect(is_valid_ipv6_address('1.2.3.4')).toBe(false);
    expect(is_valid_ipv6_address(`1:${'0'.repeat(40)}::`)).toBe(false);
  });
});
