/// <reference types="vite/client" />
// Whole pages rendered to HTML in a unit test, as the server renders them: the app's own route
// modules, root and entry.server assembled into a Remix server build (route tree from the flat-routes
// convention the compiler uses), so a test can read what a user sees without building the app.
import path from "node:path";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { flatRoutes } from "@remix-run/dev/dist/config/flat-routes.js";
import * as entryServer from "../../app/entry.server";
import * as root from "../../app/root";

type RouteModule = Record<string, unknown>;
const modules = import.meta.glob<RouteModule>("../../app/routes/*.{ts,tsx}", { eager: true });
const moduleByFile = Object.fromEntries(Object.entries(modules).map(([file, module]) => [file.replace("../../app/", ""), module]));

type ConfigRoute = { id: string; parentId?: string; path?: string; index?: boolean; caseSensitive?: boolean; file: string };

function serverBuild(): ServerBuild {
  const tree = flatRoutes(path.resolve("app"), ["**/.*", "**/*.test.{ts,tsx}"]) as Record<string, ConfigRoute>;
  const all: (ConfigRoute & { module: RouteModule })[] = [
    { id: "root", path: "", file: "root.tsx", module: root as RouteModule },
    ...Object.values(tree).map((r) => ({ ...r, parentId: r.parentId ?? "root", module: moduleByFile[r.file] })),
  ];
  const routes = Object.fromEntries(all.map((r) => [r.id, { id: r.id, parentId: r.id === "root" ? undefined : r.parentId, path: r.path, index: r.index, caseSensitive: r.caseSensitive, module: r.module }]));
  const entryRoutes = Object.fromEntries(
    all.map((r) => [
      r.id,
      {
        id: r.id,
        parentId: r.id === "root" ? undefined : r.parentId,
        path: r.path,
        index: r.index,
        caseSensitive: r.caseSensitive,
        hasAction: "action" in r.module,
        hasLoader: "loader" in r.module,
        hasClientAction: false,
        hasClientLoader: false,
        hasErrorBoundary: "ErrorBoundary" in r.module,
        imports: [],
        module: `/build/${r.id}.js`,
      },
    ]),
  );
  return {
    mode: "production",
    entry: { module: entryServer as ServerBuild["entry"]["module"] },
    routes: routes as unknown as ServerBuild["routes"],
    assets: { entry: { imports: [], module: "/build/entry.client.js" }, routes: entryRoutes, url: "/build/manifest.js", version: "test" } as unknown as ServerBuild["assets"],
    publicPath: "/build/",
    assetsBuildDirectory: "public/build",
    future: { v3_fetcherPersist: true, v3_relativeSplatPath: true, v3_throwAbortReason: true, v3_lazyRouteDiscovery: true, v3_singleFetch: false } as unknown as ServerBuild["future"],
    isSpaMode: false,
  };
}

let handler: ReturnType<typeof createRequestHandler> | undefined;

/** The response the app gives to this request, a whole HTML page for a page route. */
export function renderRequest(request: Request): Promise<Response> {
  handler ??= createRequestHandler(serverBuild(), "production");
  return handler(request, {});
}
