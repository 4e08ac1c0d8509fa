// django.utils.ipv6: IPv6 addresses cleaned to their compressed form, as GenericIPAddressField stores them.
import { ValidationError } from '../core/exceptions';
import { IPv6Address } from '../python/ipaddress';
import { ValueError } from '../python/exceptions';

export const MAX_IPV6_ADDRESS_LENGTH = 39;

function ipv6AddressFromStr(ip_str: string, max_length = MAX_IPV6_ADDRESS_LENGTH): IPv6Address {
  if (ip_str.length > max_length) throw new ValueError(`Unable to convert ${ip_str} to an IPv6 address (value too long).`);
  // Django round-trips through int: the scope id (%eth0) is dropped.
  return new IPv6Address(new IPv6Address(ip_str)._ip);
}

/** The compressed form of a valid IPv6 address; `::ffff:a.b.c.d` stays dotted (or is unpacked). */
export function clean_ipv6_address(
  ip_str: string,
  unpack_ipv4 = false,
  error_message = 'This is not a valid IPv6 address.',
  max_length = MAX_IPV6_ADDRESS_LENGTH,
): string {
  let address: IPv6Address;
  try {
    address = ipv6AddressFromStr(ip_str, max_length);
  } catch (error) {
    if (!(error instanceof ValueError)) throw error;
    throw new ValidationError(error_message, { code: 'invalid', params: { protocol: 'IPv6' } });
  }
  const mapped = address.ipv4_mapped;
  if (unpack_ipv4 && mapped) return String(mapped);
  if (mapped) return `::ffff:${String(mapped)}`;
  return String(address);
}

export function is_valid_ipv6_address(ip_addr: unknown): boolean {
  if (ip_addr instanceof IPv6Address) return true;
  if (typeof ip_addr !== 'string') return false;
  try {
    ipv6AddressFromStr(ip_addr);
  } catch (error) {
    if (error instanceof ValueError) return false;
    throw error;
  }
  return true;
}
