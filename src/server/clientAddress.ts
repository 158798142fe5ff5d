import { isIPv4, isIPv6 } from 'node:net';
import { normalizeIP } from '@fastify/rate-limit';

/**
 * The network a client address belongs to: IPv4 as is (or its /24 with `v4Bits` 24), IPv6 cut to its /`v6Bits`
 * prefix, because one household or phone gets a whole /64 (or /48) and can rotate addresses inside it.
 * IPv4-mapped IPv6 addresses count as IPv4.
 */
export function clientNetwork(ip: string, v6Bits: number, v4Bits: 24 | 32 = 32): string {
  const normalized = isIPv6(ip) ? normalizeIP(ip, v6Bits) : ip;
  if (v6Bits < 128 && isIPv6(normalized)) return `${normalized}/${v6Bits}`;
  if (v4Bits === 24 && isIPv4(normalized)) return `${normalized.split('.').slice(0, 3).join('.')}.0/24`;
  return normalized;
}
