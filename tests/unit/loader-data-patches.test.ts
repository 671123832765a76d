// patches/ also spares every loader work the server did twice: Remix built a new Request for each
// loader even when there was no parameter to strip from the URL, and read a loader's own json()
// response back through its body stream. These tests hold that the data is the same, and that the
// patches are in place after install.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
type Handler = { query: (request: Request) => Promise<{ loaderData: Record<string, unknown> } | Response> };
const { createStaticHandler, json } = require("@remix-run/router") as {
  createStaticHandler: (routes: { id: string; path: string; loader: () => unknown }[]) => Handler;
  json: (data: unknown) => Response;
};
const { callRouteLoader } = require("@remix-run/server-runtime/dist/data.js") as {
  callRouteLoader: (args: { loadContext: unknown; loader: (args: { request: Request }) => unknown; params: object; request: Request; routeId: string; singleFetch: boolean }) => Promise<unknown>;
};

async function loaderDataOf(loader: () => unknown) {
  const context = await createStaticHandler([{ id: "root", path: "/", loader }]).query(new Request("http://localhost/"));
  if (context instanceof Response) throw new Error("unexpected response");
  return context.loaderData.root;
}

test("a loader's json() response gives the same data as JSON would, without reading its body", async () => {
  const response = json({ name: "Prosjekt", count: 3, when: new Date(Date.UTC(2013, 0, 1)), none: undefined, list: [1, null] });
  expect(await loaderDataOf(() => response)).toEqual({ name: "Prosjekt", count: 3, when: "2013-01-01T00:00:00.000Z", list: [1, null] });
  expect(response.bodyUsed).toBe(false);
});

test("other JSON responses are still read from their body", async () => {
  const response = new Response(JSON.stringify({ from: "body" }), { headers: { "Content-Type": "application/json" } });
  expect(await loaderDataOf(() => response)).toEqual({ from: "body" });
  expect(response.bodyUsed).toBe(true);
});

async function requestSeenByLoader(url: string) {
  const request = new Request(url);
  let seen: Request | undefined;
  await callRouteLoader({ loadContext: {}, loader: (args) => ((seen = args.request), null), params: {}, request, routeId: "root", singleFetch: false });
  return { request, seen: seen! };
}

test("a loader gets the request itself when there is nothing to strip from its URL", async () => {
  const { request, seen } = await requestSeenByLoader("http://localhost/prosjekter/1/malinger?regler=ihi");
  expect(seen).toBe(request);
});

test("Remix's own parameters are still stripped, and the others kept", async () => {
  const { request, seen } = await requestSeenByLoader("http://localhost/prosjekter?index&_data=routes%2Fprosjekter._index&visning=liste");
  expect(seen).not.toBe(request);
  expect(seen.url).toBe("http://localhost/prosjekter?visning=liste");
});
