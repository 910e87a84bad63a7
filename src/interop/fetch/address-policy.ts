import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { FetchError } from './fetch-error.js';

export interface CheckedAddress {
  address: string;
  family: 4 | 6;
}

/**
 * The ipaddr.js range of an address, seeing through IPv4-mapped IPv6 ("::ffff:127.0.0.1"
 * is loopback). Only "unicast" is the public internet; every other range (private,
 * loopback, link-local, unique-local, multicast, unspecified, carrier-grade NAT, reserved,
 * and the tunnelling ranges) is refused.
 */
export function addressRange(address: string): string {
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().range();
  }
  return parsed.range();
}

export function isPublicAddress(address: string): boolean {
  return addressRange(address) === 'unicast';
}

/** A hostname or IP literal from a URL, without IPv6's brackets. */
function bareHost(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

/**
 * Resolves a URL's host and checks every address it resolves to: one private address is
 * enough to refuse, since a connection could be made to any of them. The caller connects
 * to the returned address, so a second lookup (DNS rebinding) cannot swap it.
 */
export async function resolveHost(hostname: string, allowPrivate: boolean): Promise<CheckedAddress> {
  const host = bareHost(hostname);
  let addresses: { address: string; family: number }[];
  if (ipaddr.isValid(host)) {
    addresses = [{ address: host, family: host.includes(':') ? 6 : 4 }];
  } else {
    try {
      addresses = await lookup(host, { all: true, verbatim: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'lookup failed';
      throw new FetchError(`cannot resolve host "${host}" (${code})`);
    }
  }
  if (addresses.length === 0) throw new FetchError(`host "${host}" has no addresses`);
  if (!allowPrivate) {
    for (const { address } of addresses) {
      const range = addressRange(address);
      // The range is named, not the address: logs hold no IP addresses.
      if (range !== 'unicast') {
        throw new FetchError(
          `host "${host}" resolves to a ${range} address, which is refused (use --allow-private for a feed on your own network)`,
        );
      }
    }
  }
  const first = addresses[0]!;
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}
