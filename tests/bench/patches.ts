// What each patch in patches/ is worth: the production server on the bench database (run
// `npm run bench` once first), measured with all patches, with none, and with each one left out,
// round after round in one run so that the machine's drift hits every variant alike. A patch that
// changes only how the browser bundle is built (a package.json) is measured by the JavaScript per
// page instead. node_modules is put back as `npm install` leaves it when the run ends.
//
//   npx tsx tests/bench/patches.ts [--runder 3] [--sekunder 5]
//
// The server runs one worker (WEB_CONCURRENCY=1 unless set), so it has a core of its own and
// autocannon the other: the figures are the server's own cost per request.
import { execFileSync, execSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { logInOverHttp, startProductionServer, waitUntilUp } from "../setup/production-server";

const DB_PATH = path.resolve(process.env.BENCH_DATABASE || "test-results/bench.db");
const PORT = Number(process.env.BENCH_PORT || 3310);
const BASE = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = 16;
const BENCH_USER = { email: "bench@trinnvis.test", password: "trinnvis-bench" };
const ROUTES: [string, string][] = [
  ["Triviell side", "/tilgjengelighet"],
  ["Prosjektliste", "/prosjekter"],
  ["Prosjektoversikt", "/prosjekter/1"],
  ["Måling med diagram", "/prosjekter/1/malinger/1"],
];

function option(name: string, fallback: number) {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

/** One patch file: the files it changes, as `npm install` leaves them and as the package ships them. */
export type Patch = { name: string; runtime: boolean; files: Map<string, { patched: string; pristine: string }> };

/** Reads every patch and the files it changes; node_modules must be as `npm install` left it. */
export function readPatches(dir = "patches"): Patch[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".patch"))
    .sort()
    .map((file) => {
      const patchFile = path.resolve(dir, file);
      const paths = [...fs.readFileSync(patchFile, "utf8").matchAll(/^\+\+\+ b\/(\S+)$/gm)].map((m) => m[1]);
      const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "trinnvis-patch-"));
      for (const p of paths) {
        fs.mkdirSync(path.dirname(path.join(scratch, p)), { recursive: true });
        fs.copyFileSync(p, path.join(scratch, p));
      }
      // Reversing the patch on copies gives the package's own files, and fails if it was not applied.
      execFileSync("patch", ["-p1", "-R", "-s", "-f", "-d", scratch, "-i", patchFile]);
      const files = new Map(paths.map((p) => [p, { patched: fs.readFileSync(p, "utf8"), pristine: fs.readFileSync(path.join(scratch, p), "utf8") }]));
      fs.rmSync(scratch, { recursive: true, force: true });
      const name = file.replace(/\.patch$/, "").replace(/\+[^+]*$/, "").replace("+", "/");
      return { name, runtime: paths.some((p) => p.endsWith(".js")), files };
    });
}

/** Puts node_modules in the state where exactly the given patches are applied. */
export function applyOnly(patches: Patch[], enabled: Set<string>) {
  for (const patch of patches) {
    for (const [file, { patched, pristine }] of patch.files) fs.writeFileSync(file, enabled.has(patch.name) ? patched : pristine);
  }
}

type Measurement = { rps: number; p50: number; p95: number };

async function measure(urlPath: string, cookie: string, seconds: number): Promise<Measurement> {
  await autocannon({ url: `${BASE}${urlPath}`, connections: CONNECTIONS, duration: 1, headers: { cookie } });
  const result = await autocannon({ url: `${BASE}${urlPath}`, connections: CONNECTIONS, duration: seconds, headers: { cookie } });
  if (result.non2xx + result.errors > 0) throw new Error(`${urlPath}: ${result.non2xx} svar som ikke er 2xx, ${result.errors} feil`);
  const p95 = (result.latency as unknown as Record<string, number>).p95 ?? result.latency.p97_5;
  return { rps: result.requests.average, p50: result.latency.p50, p95 };
}

/** Starts the production server on node_modules as they are now and measures every route once. */
export async function measureRoutes(seconds: number, cookie?: string): Promise<{ cookie: string; results: Measurement[] }> {
  const server = startProductionServer({ databasePath: DB_PATH, port: PORT, stderr: "inherit" });
  try {
    await waitUntilUp(BASE);
    cookie ??= await logInOverHttp(BASE, BENCH_USER.email, BENCH_USER.password);
    const results: Measurement[] = [];
    for (const [, urlPath] of ROUTES) results.push(await measure(urlPath, cookie, seconds));
    return { cookie, results };
  } finally {
    process.kill(-server.pid!, "SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The gzipped JavaScript of the overview's and the chart page's route chains in public/build. */
function pageJavaScript(): number[] {
  const buildDir = path.resolve("public/build");
  const manifestFile = fs.readdirSync(buildDir).find((f) => /^manifest-.*\.js$/.test(f))!;
  const manifest = JSON.parse(fs.readFileSync(path.join(buildDir, manifestFile), "utf8").replace(/^window\.__remixManifest=/, "").replace(/;\s*$/, ""));
  const pages = [
    ["root", "routes/prosjekter.$projectId", "routes/prosjekter.$projectId._index"],
    ["root", "routes/prosjekter.$projectId", "routes/prosjekter.$projectId.malinger.$measureId"],
  ];
  return pages.map((ids) => {
    const files = new Set<string>([manifest.entry.module, ...manifest.entry.imports]);
    for (const id of ids) for (const file of [manifest.routes[id].module, ...(manifest.routes[id].imports ?? [])]) files.add(file);
    return [...files].reduce((sum, file) => sum + gzipSync(fs.readFileSync(path.join("public", file))).length, 0);
  });
}

export type Variant = { name: string; enabled: Set<string> };

export function standardVariants(patches: Patch[], kind: "runtime" | "build"): Variant[] {
  const names = patches.filter((p) => (kind === "runtime" ? p.runtime : !p.runtime)).map((p) => p.name);
  const all = new Set(patches.map((p) => p.name));
  return [
    { name: "alle", enabled: all },
    { name: "ingen", enabled: new Set([...all].filter((n) => !names.includes(n))) },
    ...(names.length > 1 ? names.map((n) => ({ name: `uten ${n}`, enabled: new Set([...all].filter((m) => m !== n)) })) : []),
  ];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Measures the variants in turn, `rounds` times over (the order rotates each round), and prints medians. */
export async function compare(variants: Variant[], setUp: (variant: Variant) => void, rounds: number, seconds: number) {
  const runs = new Map<string, Measurement[][]>(variants.map((v) => [v.name, []]));
  let cookie: string | undefined;
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < variants.length; i++) {
      const variant = variants[(i + round) % variants.length];
      setUp(variant);
      const measured = await measureRoutes(seconds, cookie);
      cookie = measured.cookie;
      runs.get(variant.name)!.push(measured.results);
      console.log(`runde ${round + 1}, ${variant.name}: ${measured.results.map((r) => r.rps.toFixed(0)).join(" / ")} req/s`);
    }
  }
  const reference = ROUTES.map((_, r) => median(runs.get(variants[0].name)!.map((run) => run[r].rps)));
  console.log(`\nMedian av ${rounds} runder, req/s (p95 ms), endring mot «${variants[0].name}»\n`);
  const row = (cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(44) : c.padStart(22))).join(" "));
  row(["Variant", ...ROUTES.map(([name]) => name)]);
  for (const variant of variants) {
    const series = runs.get(variant.name)!;
    row([
      variant.name,
      ...ROUTES.map((_, r) => {
        const rps = median(series.map((run) => run[r].rps));
        const p95 = median(series.map((run) => run[r].p95));
        const change = variant === variants[0] ? "" : ` ${rps >= reference[r] ? "+" : ""}${(((rps - reference[r]) / reference[r]) * 100).toFixed(0)} %`;
        return `${rps.toFixed(0)} (${p95})${change}`;
      }),
    ]);
  }
}

async function main() {
  if (!fs.existsSync(DB_PATH)) throw new Error(`Fant ikke ${DB_PATH}: kjør «npm run bench» først.`);
  process.env.WEB_CONCURRENCY ||= "1";
  const rounds = option("--runder", 3);
  const seconds = option("--sekunder", 5);
  const patches = readPatches();
  const all = new Set(patches.map((p) => p.name));
  const restore = () => applyOnly(patches, all);
  process.on("SIGINT", () => {
    restore();
    process.exit(130);
  });
  try {
    const buildPatches = standardVariants(patches, "build");
    console.log("\nJavaScript per side (gzip): Prosjektoversikt / Måling med diagram\n");
    for (const variant of buildPatches) {
      applyOnly(patches, variant.enabled);
      execSync("npm run build", { stdio: "ignore" });
      console.log(`${variant.name.padEnd(44)} ${pageJavaScript().map((b) => `${(b / 1024).toFixed(0)} KB`).join(" / ")}`);
    }
    restore();
    execSync("npm run build", { stdio: "ignore" });
    console.log(`\nHTTP på loopback, ${CONNECTIONS} forbindelser, ${seconds} s per rute, WEB_CONCURRENCY=${process.env.WEB_CONCURRENCY}\n`);
    await compare(standardVariants(patches, "runtime"), (variant) => applyOnly(patches, variant.enabled), rounds, seconds);
  } finally {
    restore();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve("tests/bench/patches.ts")) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
