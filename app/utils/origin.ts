// Whether a request comes from a page on another site, by its Origin header.

export type OriginHeaders = { origin?: string; host?: string; forwardedHost?: string };

/**
 * Whether a request's Origin names another site than the one it was sent to. As in Remix: the host
 * is X-Forwarded-Host's first value, else Host; "null" and unreadable origins count as foreign.
 */
export function isForeignOrigin({ origin, host, forwardedHost }: OriginHeaders): boolean {
  if (origin === undefined) return false;
  const target = forwardedHost?.split(",")[0]?.trim() || host;
  if (!target) return true;
  try {
    return new URL(origin).host !== target;
  } catch {
    return true;
  }
}
