import type { IncomingMessage } from "node:http";
import { isIPv6 } from "node:net";

/**
 * The client's address, as a rate-limit key. The socket's remote address, unless TRUST_PROXY says how many
 * reverse proxies append to X-Forwarded-For: then the address that many hops back (entries further left are
 * whatever the client wrote, so never believed). IPv6 clients are keyed by their /64: one host gets a whole
 * /64, so keying single addresses would let it rotate through billions of them.
 */
export function clientAddress(request: IncomingMessage | undefined, trustProxyHops: number): string {
  const socketAddress = request?.socket.remoteAddress ?? "unknown";
  let address = socketAddress;
  if (trustProxyHops > 0 && request) {
    const header = request.headers["x-forwarded-for"];
    const forwarded = (Array.isArray(header) ? header.join(",") : (header ?? ""))
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    const chain = [...forwarded, socketAddress];
    address = chain[Math.max(0, chain.length - 1 - trustProxyHops)] ?? socketAddress;
  }
  return normalize(address);
}

function normalize(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(":")}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head, tail = ""] = address.split("%")[0]!.split("::");
  const left = head ? head.split(":") : [];
  const right = address.includes("::") && tail ? tail.split(":") : [];
  const missing = address.includes("::") ? 8 - left.length - right.length : 0;
  return [...left, ...Array<string>(missing).fill("0"), ...right].map((group) => group.toLowerCase().replace(/^0+(?=.)/, ""));
}
