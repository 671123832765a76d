// TRUST_PROXY: which reverse proxies may tell us the client's address (X-Forwarded-For).
// The parsed list goes to Express's `trust proxy` setting (app/server/serve.ts), which then gives
// `req.ip` as the rightmost address in X-Forwarded-For that is not a trusted proxy. Without
// TRUST_PROXY the header is ignored and the socket's address is the client.
import { isIP } from "node:net";

/** Names Express (proxy-addr) knows for common ranges. */
const NAMED_RANGES = new Set(["loopback", "linklocal", "uniquelocal"]);

const EXAMPLE = "for eksempel TRUST_PROXY=127.0.0.1 eller TRUST_PROXY=10.0.0.0/8,::1";

export class TrustProxyError extends Error {}

function checkEntry(entry: string): string | null {
  if (NAMED_RANGES.has(entry)) return null;
  const slash = entry.indexOf("/");
  const address = slash === -1 ? entry : entry.slice(0, slash);
  const version = isIP(address);
  if (version === 0) return `«${entry}» er ikke en IP-adresse`;
  if (slash === -1) return null;
  const prefix = entry.slice(slash + 1);
  const max = version === 4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > max) return `«${entry}»: prefikset etter / må være et tall fra 1 til ${max}`;
  // A /0 trusts every address, so anyone could choose their own address with the header.
  if (Number(prefix) === 0) return `«${entry}» ville stole på alle adresser, og da kan hvem som helst velge sin egen adresse`;
  return null;
}

/**
 * The trusted proxies named by TRUST_PROXY (comma-separated IP addresses, CIDR ranges, or Express's
 * names loopback, linklocal, uniquelocal), or false when it is unset or empty. Throws TrustProxyError
 * with a Norwegian message for anything else: "true" or a hop count would let a client choose its own
 * address by sending the header itself.
 */
export function parseTrustProxy(value: string | undefined): string[] | false {
  const trimmed = (value ?? "").trim();
  if (trimmed === "") return false;
  const entries = trimmed.split(",").map((part) => part.trim());
  for (const entry of entries) {
    const problem = entry === "" ? "en tom verdi mellom kommaene" : checkEntry(entry);
    if (problem) {
      throw new TrustProxyError(
        `TRUST_PROXY skal være adressen til den omvendte proxyen foran appen – IP-adresser eller nettverk (CIDR) skilt med komma, ${EXAMPLE}. «${trimmed}» går ikke: ${problem}.`,
      );
    }
  }
  return entries;
}

/** The message to stop with when TRUST_PROXY is malformed, or null when it is fine. */
export function trustProxyProblem(value = process.env.TRUST_PROXY): string | null {
  try {
    parseTrustProxy(value);
    return null;
  } catch (error) {
    if (error instanceof TrustProxyError) return error.message;
    throw error;
  }
}

/** The value for Express's `trust proxy` setting, from TRUST_PROXY. */
export const trustProxySetting = (value = process.env.TRUST_PROXY) => parseTrustProxy(value);
