// patches/ changes only the CommonJS files of Remix and React Router, plus one package.json that
// only the bundler reads. That is enough because the server loads those files and nothing else: the
// server build (ESM) leaves the packages external, and Node resolves a package without an "exports"
// field through "main" (CommonJS), never "module". The ESM builds are left alone on purpose: the
// browser bundle is made from them, and in the browser, lazy route discovery adds routes to the same
// routes array the route-tree cache is keyed on. These tests fail if the server ever loads another
// build of a patched file (an upgrade that adds "exports", or bundling the packages into the server
// build), so the patches cannot silently stop applying. See docs/decisions/005-009.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import config from "../../remix.config.js";

/** The other builds of each patched file, which the server must not load. */
const OTHER_BUILDS: Record<string, string[]> = {
  "node_modules/@remix-run/router/dist/router.cjs.js": ["node_modules/@remix-run/router/dist/router.js", "node_modules/@remix-run/router/dist/router.umd.js", "node_modules/@remix-run/router/dist/router.umd.min.js"],
  "node_modules/@remix-run/react/dist/server.js": ["node_modules/@remix-run/react/dist/esm/server.js"],
  "node_modules/@remix-run/server-runtime/dist/data.js": ["node_modules/@remix-run/server-runtime/dist/esm/data.js"],
  "node_modules/react-router-dom/server.js": ["node_modules/react-router-dom/server.mjs"],
};

function patchedFiles(): { pkg: string; file: string }[] {
  return fs.readdirSync("patches").flatMap((name) => {
    const text = fs.readFileSync(path.join("patches", name), "utf8");
    return [...text.matchAll(/^\+\+\+ b\/(node_modules\/((?:@[^/]+\/)?[^/]+)\/\S+\.m?js)$/gm)].map((m) => ({ pkg: m[2], file: m[1] }));
  });
}

// Loads the packages as the server does (tsx, NODE_ENV=production, ESM imports of the same
// specifiers as app/server/serve.ts and build/index.js) and lists every module file loaded: the
// CommonJS ones from require's cache, the ESM ones from a resolve hook.
const CHILD = `
import { createRequire, register } from "node:module";
import { MessageChannel } from "node:worker_threads";
const { port1, port2 } = new MessageChannel();
const esm = [];
port1.on("message", (url) => esm.push(url));
port1.unref();
const hook = "let port; export function initialize(data) { port = data.port; } export async function resolve(specifier, context, next) { const result = await next(specifier, context); port.postMessage(result.url); return result; }";
register("data:text/javascript," + encodeURIComponent(hook), { data: { port: port2 }, transferList: [port2] });
await import("@remix-run/express");
await import("@remix-run/node");
await import("@remix-run/react");
await new Promise((resolve) => setTimeout(resolve, 100));
const require = createRequire(process.cwd() + "/");
console.log(JSON.stringify([...Object.keys(require.cache), ...esm.filter((url) => url.startsWith("file:")).map((url) => new URL(url).pathname)]));
`;

function filesTheServerLoads(): Set<string> {
  const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", CHILD], {
    env: { ...process.env, NODE_ENV: "production" },
    encoding: "utf8",
    timeout: 30_000,
  });
  expect(result.status, result.stderr).toBe(0);
  return new Set((JSON.parse(result.stdout) as string[]).map((file) => path.relative(process.cwd(), file)));
}

test("every patched file is one the server loads, and no other build of it is", () => {
  const patched = patchedFiles();
  expect(patched.length).toBeGreaterThan(0);
  const loaded = filesTheServerLoads();
  for (const { file } of patched) {
    expect(OTHER_BUILDS, `${file}: list its other builds in OTHER_BUILDS`).toHaveProperty([file]);
    expect(loaded.has(file), `${file} is not loaded by the server`).toBe(true);
    for (const other of OTHER_BUILDS[file]) expect(loaded.has(other), `the server loads ${other}, which is not patched`).toBe(false);
  }
});

test("the patched packages are not bundled into the server build", () => {
  const bundled = (config as { serverDependenciesToBundle?: "all" | (string | RegExp)[] }).serverDependenciesToBundle ?? [];
  expect(bundled).not.toBe("all");
  for (const { pkg } of patchedFiles()) {
    for (const rule of bundled as (string | RegExp)[]) expect(typeof rule === "string" ? rule === pkg : rule.test(pkg), `${pkg} is bundled by ${rule}`).toBe(false);
  }
});

test("Designsystemet's React package is marked free of side effects, so only the components used are bundled", () => {
  const pkg = JSON.parse(fs.readFileSync("node_modules/@digdir/designsystemet-react/package.json", "utf8")) as { sideEffects?: unknown };
  expect(pkg.sideEffects).toBe(false);
});
