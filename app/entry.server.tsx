// Server rendering with the request's Content-Security-Policy nonce (set in app/server/serve.ts), so
// Remix's inline scripts and our inline style run under a policy without 'unsafe-inline'.
//
// Pages are rendered whole, to one string: they are small, have no deferred data, and crawlers and
// screen readers get complete pages. The streaming renderer waited for everything as well, and
// passing its chunks through Node's and the web's streams cost a fifth of a big page's time.
// A rendering error is thrown here, and Remix renders the error page in its place.
//
// Both handlers also write refused requests (403, 404 from our checks, CSRF, forms with errors) to the
// audit log, with the client's address from the load context (app/services/audit-events.server.ts).
import type { AppLoadContext, EntryContext, HandleDataRequestFunction } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToString } from "react-dom/server";
import { auditPage, auditResponse } from "./services/audit-events.server";
import { NonceContext } from "./utils/nonce";

export default async function handleRequest(request: Request, responseStatusCode: number, responseHeaders: Headers, remixContext: EntryContext, loadContext: AppLoadContext) {
  await auditPage(request, loadContext, { ...remixContext.staticHandlerContext, statusCode: responseStatusCode }, responseHeaders);
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : undefined;
  const html = renderToString(
    <NonceContext.Provider value={nonce}>
      <RemixServer context={remixContext} url={request.url} />
    </NonceContext.Provider>,
  );
  responseHeaders.set("Content-Type", "text/html; charset=utf-8");
  return new Response(`<!DOCTYPE html>${html}`, { headers: responseHeaders, status: responseStatusCode });
}

/** Every loader's and action's answer to a client-side navigation or form, refused ones logged. */
export const handleDataRequest: HandleDataRequestFunction = (response, { request, context }) => auditResponse(response, { request, context });
