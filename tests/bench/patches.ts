// What each patch in patches/ is worth: the production server on the bench database (run
// `npm run bench` once first, and `npm run build`), measured with all patches, with none, and with
// each one left out, round after round in one run so that the machine's drift hits every variant
// alike. A patch that only changes how the bundles are built (a package.json) is measured by the
// JavaScript per page instead, from a build in a scratch copy of the project.
//
//   npx tsx tests/bench/patches.ts [--runder 3] [--sekunder 5]
//
// node_modules is never changed: the server reads a variant's files in place of the patched ones
// (tests/bench/module-overrides.cjs). The server runs one worker (WEB_CONCURRENCY=1 unless set), so
// it has a core of its own and autocannon the other. Besides requests per second, the CPU time the
// server's processes used per request is read from /proc: that is the server's own cost, and holds
// up far better than throughput when something else runs on the machine at the same time.
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
const OVERRIDES_HOOK = path.resolve("tests/bench/module-overrides.cjs");

function option(name: string, fallback: number) {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

/** One patch file: the files it changes (absolute paths), as `npm install` leaves them and as the package ships them. */
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
      const files = new Map(paths.map((p) => [path.resolve(p), { patched: fs.readFileSync(p, "utf8"), pristine: fs.readFileSync(path.join(scratch, p), "utf8") }]));
      fs.rmSync(scratch, { recursive: true, force: true });
      const name = file.replace(/\.patch$/, "").replace(/\+[^+]*$/, "").replace("+", "/");
      return { name, runtime: paths.some((p) => p.endsWith(".js")), files };
    });
}

/** A variant: the text to read in place of some patched files (absolute path → text). */
export type Variant = { name: string; files: Map<string, string> };

/** All patches, none (of the given kind), and each one of that kind left out. */
export function standardVariants(patches: Patch[], kind: "runtime" | "build"): Variant[] {
  const ofKind = patches.filter((p) => p.runtime === (kind === "runtime"));
  const without = (left: Patch[]) => new Map(left.flatMap((p) => [...p.files].map(([file, { pristine }]) => [file, pristine] as const)));
  return [
    { name: "alle", files: new Map() },
    { name: "ingen", files: without(ofKind) },
    ...(ofKind.length > 1 ? ofKind.map((p) => ({ name: `uten ${p.name}`, files: without([p]) })) : []),
  ];
}

type Measurement = { rps: number; p95: number; cpuMs: number };

const CLOCK_TICKS = Number(execSync("getconf CLK_TCK", { encoding: "utf8" })) || 100;

/** CPU time (user + system, ms) used so far by the processes of one process group (Linux). */
function groupCpuMs(group: number): number {
  let ticks = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // gone meanwhile
    }
    // After "pid (comm) ": state, ppid, pgrp, … utime and stime are fields 14 and 15 of stat.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) === group) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / CLOCK_TICKS;
}

async function measure(urlPath: string, cookie: string, seconds: number, group: number): Promise<Measurement> {
  await autocannon({ url: `${BASE}${urlPath}`, connections: CONNECTIONS, duration: 1, headers: { cookie } });
  const cpuBefore = groupCpuMs(group);
  const result = await autocannon({ url: `${BASE}${urlPath}`, connections: CONNECTIONS, duration: seconds, headers: { cookie } });
  const cpuMs = (groupCpuMs(group) - cpuBefore) / result.requests.total;
  if (result.non2xx + result.errors > 0) throw new Error(`${urlPath}: ${result.non2xx} svar som ikke er 2xx, ${result.errors} feil`);
  const p95 = (result.latency as unknown as Record<string, number>).p95 ?? result.latency.p97_5;
  return { rps: result.requests.average, p95, cpuMs };
}

/** Starts the production server with the variant's files and measures every route once. */
export async function measureRoutes(variant: Variant, seconds: number, cookie?: string): Promise<{ cookie: string; results: Measurement[] }> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "trinnvis-variant-"));
  const overrides: Record<string, string> = {};
  for (const [file, text] of variant.files) {
    overrides[file] = path.join(scratch, `${Object.keys(overrides).length}-${path.basename(file)}`);
    fs.writeFileSync(overrides[file], text);
  }
  const saved = { NODE_OPTIONS: process.env.NODE_OPTIONS, BENCH_MODULE_OVERRIDES: process.env.BENCH_MODULE_OVERRIDES };
  process.env.NODE_OPTIONS = `${saved.NODE_OPTIONS ?? ""} --require ${OVERRIDES_HOOK}`.trim();
  process.env.BENCH_MODULE_OVERRIDES = JSON.stringify(overrides);
  const server = startProductionServer({ databasePath: DB_PATH, port: PORT, stderr: "inherit" });
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  try {
    await waitUntilUp(BASE);
    cookie ??= await logInOverHttp(BASE, BENCH_USER.email, BENCH_USER.password);
    const results: Measurement[] = [];
    // The server was started in a process group of its own (detached), led by its first process.
    for (const [, urlPath] of ROUTES) results.push(await measure(urlPath, cookie, seconds, server.pid!));
    return { cookie, results };
  } finally {
    process.kill(-server.pid!, "SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** The gzipped JavaScript of the overview's and the chart page's route chains in a build's public/. */
function pageJavaScript(publicDir: string): number[] {
  const buildDir = path.join(publicDir, "build");
  const manifestFile = fs.readdirSync(buildDir).find((f) => /^manifest-.*\.js$/.test(f))!;
  const manifest = JSON.parse(fs.readFileSync(path.join(buildDir, manifestFile), "utf8").replace(/^window\.__remixManifest=/, "").replace(/;\s*$/, ""));
  const pages = [
    ["root", "routes/prosjekter.$projectId", "routes/prosjekter.$projectId._index"],
    ["root", "routes/prosjekter.$projectId", "routes/prosjekter.$projectId.malinger.$measureId"],
  ];
  return pages.map((ids) => {
    const files = new Set<string>([manifest.entry.module, ...manifest.entry.imports]);
    for (const id of ids) for (const file of [manifest.routes[id].module, ...(manifest.routes[id].imports ?? [])]) files.add(file);
    return [...files].reduce((sum, file) => sum + gzipSync(fs.readFileSync(path.join(publicDir, file))).length, 0);
  });
}

/**
 * Builds the app in a scratch copy of the project whose node_modules links to the real packages,
 * except those the variant changes, which are copied and changed; returns the JavaScript per page.
 */
function buildVariant(variant: Variant): number[] {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "trinnvis-build-"));
  try {
    for (const entry of ["app", "db", "content"]) fs.cpSync(entry, path.join(scratch, entry), { recursive: true });
    for (const entry of ["package.json", "remix.config.js", "remix.env.d.ts", "tsconfig.json"]) fs.copyFileSync(entry, path.join(scratch, entry));
    fs.mkdirSync(path.join(scratch, "public"));
    const packages = new Set([...variant.files.keys()].map((file) => path.relative("node_modules", file).split(path.sep).slice(0, file.includes("/node_modules/@") ? 2 : 1).join(path.sep)));
    // Links for everything, then the changed packages' links replaced by copies (their scope folders made real first).
    const link = (from: string, to: string) => {
      fs.mkdirSync(to, { recursive: true });
      for (const name of fs.readdirSync(from)) {
        const inside = path.relative("node_modules", path.join(from, name));
        if ([...packages].some((p) => p === inside)) fs.cpSync(path.join(from, name), path.join(to, name), { recursive: true });
        else if ([...packages].some((p) => p.startsWith(`${inside}${path.sep}`))) link(path.join(from, name), path.join(to, name));
        else fs.symlinkSync(path.resolve(from, name), path.join(to, name));
      }
    };
    link("node_modules", path.join(scratch, "node_modules"));
    for (const [file, text] of variant.files) fs.writeFileSync(path.join(scratch, path.relative(process.cwd(), file)), text);
    execSync("npx remix build", { cwd: scratch, stdio: "ignore" });
    return pageJavaScript(path.join(scratch, "public"));
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Measures the variants in turn, `rounds` times over (the order rotates each round), and prints medians. */
export async function compare(variants: Variant[], rounds: number, seconds: number) {
  const runs = new Map<string, Measurement[][]>(variants.map((v) => [v.name, []]));
  let cookie: string | undefined;
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < variants.length; i++) {
      const variant = variants[(i + round) % variants.length];
      const measured = await measureRoutes(variant, seconds, cookie);
      cookie = measured.cookie;
      runs.get(variant.name)!.push(measured.results);
      const line = measured.results.map((r) => `${r.rps.toFixed(0)} req/s ${r.cpuMs.toFixed(2)} ms`).join(" | ");
      console.log(`runde ${round + 1}, ${variant.name}: ${line}`);
    }
  }
  const row = (cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(40) : c.padStart(20))).join(" "));
  const table = (title: string, value: (m: Measurement) => number, digits: number) => {
    const reference = ROUTES.map((_, r) => median(runs.get(variants[0].name)!.map((run) => value(run[r]))));
    console.log(`\n${title}, median av ${rounds} runder, endring mot «${variants[0].name}»\n`);
    row(["Variant", ...ROUTES.map(([name]) => name)]);
    for (const variant of variants) {
      const series = runs.get(variant.name)!;
      row([
        variant.name,
        ...ROUTES.map((_, r) => {
          const v = median(series.map((run) => value(run[r])));
          const change = variant === variants[0] ? "" : ` (${v >= reference[r] ? "+" : ""}${(((v - reference[r]) / reference[r]) * 100).toFixed(0)} %)`;
          return `${v.toFixed(digits)}${change}`;
        }),
      ]);
    }
  };
  table("CPU-tid i serveren per forespørsel (ms)", (m) => m.cpuMs, 2);
  table("Forespørsler per sekund", (m) => m.rps, 0);
  table("p95 (ms)", (m) => m.p95, 0);
}

async function main() {
  if (!fs.existsSync(DB_PATH)) throw new Error(`Fant ikke ${DB_PATH}: kjør «npm run bench» først.`);
  if (!fs.existsSync("build/index.js")) throw new Error("Appen er ikke bygd: kjør «npm run build» først.");
  process.env.WEB_CONCURRENCY ||= "1";
  const rounds = option("--runder", 3);
  const seconds = option("--sekunder", 5);
  const patches = readPatches();
  const buildVariants = standardVariants(patches, "build");
  if (patches.some((p) => !p.runtime)) {
    console.log("\nJavaScript per side (gzip): Prosjektoversikt / Måling med diagram\n");
    for (const variant of buildVariants) console.log(`${variant.name.padEnd(40)} ${buildVariant(variant).map((b) => `${(b / 1024).toFixed(1)} KB`).join(" / ")}`);
  }
  console.log(`\nHTTP på loopback, ${CONNECTIONS} forbindelser, ${seconds} s per rute, WEB_CONCURRENCY=${process.env.WEB_CONCURRENCY}\n`);
  await compare(standardVariants(patches, "runtime"), rounds, seconds);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve("tests/bench/patches.ts")) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
