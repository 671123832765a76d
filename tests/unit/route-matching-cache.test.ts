// The server build loads React Router's CommonJS files, which patches/ changes so that the route tree
// is flattened, ranked and turned into data routes once instead of on every request. These tests
// hold the patched behaviour: matches stay right, and the caches are really in place after install.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
type Route = { id: string; path?: string; index?: boolean; children?: Route[] };
type Match = { route: { id: string }; params: Record<string, string | undefined> };
const { matchRoutes, matchPath } = require("@remix-run/router") as {
  matchRoutes: (routes: Route[], pathname: string) => Match[] | null;
  matchPath: typeof import("@remix-run/router").matchPath;
};
const { createStaticRouter } = require("react-router-dom/server") as typeof import("react-router-dom/server");

const ids = (matches: { route: { id: string } }[] | null) => matches?.map((m) => m.route.id) ?? null;

function appRoutes(): Route[] {
  return [
    {
      id: "root",
      path: "",
      children: [
        { id: "home", index: true },
        { id: "project", path: "prosjekter/:projectId", children: [{ id: "overview", index: true }, { id: "measure", path: "malinger/:measureId" }] },
        { id: "statement", path: "tilgjengelighet" },
      ],
    },
  ];
}

test("each routes array is matched against its own routes, for any number of paths", () => {
  const first = appRoutes();
  const second: Route[] = [{ id: "other-root", path: "", children: [{ id: "other-statement", path: "tilgjengelighet" }] }];
  expect(ids(matchRoutes(first, "/tilgjengelighet"))).toEqual(["root", "statement"]);
  expect(ids(matchRoutes(second, "/tilgjengelighet"))).toEqual(["other-root", "other-statement"]);
  expect(ids(matchRoutes(first, "/prosjekter/7/malinger/3"))).toEqual(["root", "project", "measure"]);
  expect(matchRoutes(first, "/prosjekter/7/malinger/3")?.at(-1)?.params).toEqual({ projectId: "7", measureId: "3" });
  expect(ids(matchRoutes(first, "/prosjekter/7"))).toEqual(["root", "project", "overview"]);
  expect(matchRoutes(second, "/prosjekter/7")).toBeNull();
});

test("the matches of a path are reused, and differ by path and by routes array", () => {
  const routes = appRoutes();
  const first = matchRoutes(routes, "/prosjekter/7");
  expect(matchRoutes(routes, "/prosjekter/7")).toBe(first);
  expect(matchRoutes(routes, "/prosjekter/8")?.at(-1)?.params).toEqual({ projectId: "8" });
  expect(matchRoutes(appRoutes(), "/prosjekter/7")).not.toBe(first);
  expect(matchRoutes(routes, "/finnes-ikke")).toBeNull();
  expect(matchRoutes(routes, "/finnes-ikke")).toBeNull();
});

/** Tries a change; a frozen object refuses it (a TypeError in strict code, which a test file is). */
function tryTo(change: () => void) {
  try {
    change();
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
  }
}

test("a caller that changes the matches it got cannot change what the next caller gets for the path", () => {
  const routes = appRoutes();
  const first = matchRoutes(routes, "/prosjekter/7/malinger/3")!;
  tryTo(() => (first.at(-1)!.params.projectId = "8"));
  tryTo(() => delete first[1].params.measureId);
  tryTo(() => (first[1].params = { projectId: "9" }));
  tryTo(() => first.pop());
  tryTo(() => (first[2] = first[0]));
  const again = matchRoutes(routes, "/prosjekter/7/malinger/3")!;
  expect(ids(again)).toEqual(["root", "project", "measure"]);
  for (const match of again) expect(match.params).toEqual({ projectId: "7", measureId: "3" });
  // The routes themselves are not frozen: React Router fills in lazy routes on them.
  expect(Object.isFrozen(again[1].route)).toBe(false);
});

test("a loader that changes its params cannot change the next request's params", async () => {
  const { createStaticHandler } = require("@remix-run/router") as {
    createStaticHandler: (routes: object[]) => { query: (request: Request) => Promise<{ loaderData: Record<string, unknown> } | Response> };
  };
  const handler = createStaticHandler([
    {
      id: "project",
      path: "/prosjekter/:projectId",
      loader: ({ params }: { params: Record<string, string> }) => {
        const seen = { ...params };
        tryTo(() => (params.projectId = "annet"));
        return seen;
      },
    },
  ]);
  const loaderData = async () => {
    const context = await handler.query(new Request("http://localhost/prosjekter/7"));
    if (context instanceof Response) throw new Error("unexpected response");
    return context.loaderData.project;
  };
  expect(await loaderData()).toEqual({ projectId: "7" });
  expect(await loaderData()).toEqual({ projectId: "7" });
});

test("a compiled pattern is kept apart by case sensitivity and by whether it must match to the end", () => {
  expect(matchPath({ path: "/Rapport", caseSensitive: false, end: true }, "/rapport")).not.toBeNull();
  expect(matchPath({ path: "/Rapport", caseSensitive: true, end: true }, "/rapport")).toBeNull();
  expect(matchPath({ path: "/rapport", end: true }, "/rapport/1")).toBeNull();
  expect(matchPath({ path: "/rapport", end: false }, "/rapport/1")?.pathnameBase).toBe("/rapport");
});

test("the ranked branches of a routes array are reused (the patch is applied)", () => {
  const routes = appRoutes();
  expect(ids(matchRoutes(routes, "/tilgjengelighet"))).toEqual(["root", "statement"]);
  // Unpatched, React Router would flatten the array again and find the route added afterwards.
  routes[0].children!.push({ id: "late", path: "sent-lagt-til" });
  expect(matchRoutes(routes, "/sent-lagt-til")).toBeNull();
});

test("the static router makes data routes once per routes array", () => {
  const routes = appRoutes();
  const context = { basename: "/", location: { pathname: "/", search: "", hash: "", state: null, key: "default" }, matches: [], loaderData: {}, actionData: null, errors: null, statusCode: 200, loaderHeaders: {}, actionHeaders: {}, activeDeferreds: null };
  const router = (r: Route[]) => createStaticRouter(r as never, context as never);
  expect(router(routes).routes).toBe(router(routes).routes);
  expect(router(appRoutes()).routes).not.toBe(router(routes).routes);
  expect(router(routes).routes[0].children?.map((r) => r.id)).toEqual(["home", "project", "statement"]);
});
