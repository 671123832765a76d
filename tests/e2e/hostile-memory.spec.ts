// Hostile bodies against the real production server, with its memory measured: a 300 MB form posted
// to the login page (with Content-Length, and chunked), an XLSX decompression bomb (honest about its
// size, and lying about it) and a CSV of 200 000 rows posted to a measure's data page. The server is
// a process of its own (one worker, its own database with the demo data), so that its peak resident
// memory (VmHWM in /proc) is what these requests cost; it must stay under 300 MB, every answer must
// be 2xx–4xx, and the server must answer at once afterwards.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { HELT, logIn, projectIdFromList } from "./fixtures";
import { xlsxBomb } from "./zip-bomb";

const PORT = 3213;
const BASE = `http://localhost:${PORT}`;
const MB = 1024 * 1024;
const PEAK_LIMIT_MB = 300;

test.use({ baseURL: BASE });
test.describe.configure({ mode: "serial" });

let server: ChildProcess;
let directory: string;
let output = "";

/** The server and any process under it: the one that listens may be a child. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // Gone meanwhile.
    }
  }
  const all = [root];
  for (let i = 0; i < all.length; i++) all.push(...(children.get(all[i]) ?? []));
  return all;
}

/** A process's memory in MB from /proc: VmRSS now, VmHWM its peak. */
function memory(pid: number, field: "VmRSS" | "VmHWM"): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kB = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0);
  return kB / 1024;
}

const peakMB = () => Math.max(...processTree(server.pid!).map((pid) => memory(pid, "VmHWM")));

type Answer = { status: number; bytes: number; text: string; ms: number; location?: string };

/**
 * Sends a body of `size` bytes, generated chunk by chunk (never held whole), with Content-Length or
 * chunked. Stops sending when the answer comes; an error after the answer (the server closing a
 * connection it refused) is not one.
 */
function send(options: { method?: string; path: string; headers?: http.OutgoingHttpHeaders; body?: Buffer; stream?: { size: number; chunked: boolean; first?: string } }): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = { Origin: BASE, ...options.headers };
    if (options.body) headers["Content-Length"] = String(options.body.length);
    if (options.stream) headers[options.stream.chunked ? "Transfer-Encoding" : "Content-Length"] = options.stream.chunked ? "chunked" : String(options.stream.size);
    const req = http.request(`${BASE}${options.path}`, { method: options.method ?? "POST", headers, agent: false });
    let answered = false;
    req.on("response", (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      let bytes = 0;
      const done = () =>
        resolve({ status: res.statusCode ?? 0, bytes, text: Buffer.concat(chunks).toString("utf8"), ms: performance.now() - started, location: res.headers.location });
      res.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes <= 64 * 1024) chunks.push(chunk);
      });
      res.on("end", done);
      res.on("error", done);
      res.on("aborted", done);
    });
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    if (options.body) return void req.end(options.body);
    if (!options.stream) return void req.end();
    const { size, first = "" } = options.stream;
    const filler = Buffer.alloc(MB, "a");
    let sent = 0;
    const pump = () => {
      if (sent === 0 && first) {
        req.write(first);
        sent += Buffer.byteLength(first);
      }
      while (sent < size && !answered && !req.destroyed) {
        const n = Math.min(filler.length, size - sent);
        sent += n;
        if (!req.write(n === filler.length ? filler : filler.subarray(0, n))) return void req.once("drain", pump);
      }
      if (!req.destroyed) req.end();
    };
    pump();
  });
}

/** A multipart form as the browser sends it. */
async function multipart(fields: Record<string, string>, file: { name: string; bytes: Buffer; type: string }) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append("fil", new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  const request = new Request(BASE, { method: "POST", body: form });
  return { body: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get("Content-Type")! };
}

/** The production server: node itself with tsx loaded, not npx or tsx's CLI, so that the process measured is the server. */
async function startServer(): Promise<ChildProcess> {
  output = "";
  const child = spawn(process.execPath, ["--import", "tsx", "app/server/serve.ts"], {
    env: { ...process.env, NODE_ENV: "production", WEB_CONCURRENCY: "1", PORT: String(PORT), DATABASE_PATH: path.join(directory, "trinnvis.db") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const deadline = Date.now() + 75_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Serveren stoppet: ${output}`);
    const up = await fetch(`${BASE}/healthz`).then((r) => r.ok, () => false);
    if (up) return child;
    if (Date.now() > deadline) throw new Error(`Serveren svarte ikke: ${output}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  directory = fs.mkdtempSync(path.join(os.tmpdir(), "trinnvis-minne-"));
  // The first start fills the database with the demo data; the second, measured, only serves it.
  await stopServer(await startServer());
  server = await startServer();
});

test.afterAll(async () => {
  if (server) await stopServer(server);
  fs.rmSync(directory, { recursive: true, force: true });
});

test("hostile bodies do not take the server's memory, and it answers at once afterwards", async ({ page }) => {
  test.setTimeout(180_000);
  await logIn(page, "prosjektleder@trinnvis.test");
  const projectId = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${projectId}/malinger`);
  const measureHref = await page
    .locator("a[href]")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")!).find((href) => /\/malinger\/\d+$/.test(href)));
  expect(measureHref).toBeTruthy();
  const dataPage = `${measureHref}/data`;
  await page.goto(dataPage);
  const csrf = await page.locator('input[name="csrf"]').first().inputValue();
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

  const pid = server.pid!;
  const before = memory(pid, "VmRSS");
  /** Each request's own peak: VmHWM read after it, then set back to the memory in use (clear_refs 5). */
  const peaks: Record<string, number> = {};
  let resettable = true;
  const resetPeak = () => {
    try {
      for (const p of processTree(pid)) fs.writeFileSync(`/proc/${p}/clear_refs`, "5");
    } catch {
      resettable = false;
    }
  };
  const measured = async (name: string, answer: Promise<Answer>) => {
    const result = await answer;
    peaks[name] = peakMB();
    resetPeak();
    return result;
  };
  // From here on the peak is what the requests cost, not the start.
  resetPeak();
  const answers: Record<string, Answer> = {};

  // 300 MB to the login page, without logging in: with Content-Length, and chunked.
  const login = { "Content-Type": "application/x-www-form-urlencoded" };
  answers["300 MB innlogging (Content-Length)"] = await measured("300 MB innlogging (Content-Length)", send({ path: "/logg-inn", headers: login, stream: { size: 300 * MB, chunked: false, first: "email=a%40b.no&password=" } }));
  answers["300 MB innlogging (chunked)"] = await measured("300 MB innlogging (chunked)", send({ path: "/logg-inn", headers: login, stream: { size: 300 * MB, chunked: true, first: "email=a%40b.no&password=" } }));

  // The XLSX bombs, as the project leader: 500 MB unpacked, declared, and declared as 4 KB.
  const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  for (const [name, bomb] of [
    ["XLSX-bombe (ærlig)", xlsxBomb(500)],
    ["XLSX-bombe (lyver om størrelsen)", xlsxBomb(500, { honest: false })],
  ] as const) {
    const form = await multipart({ csrf, intent: "fil" }, { name: "data.xlsx", bytes: bomb, type: xlsxType });
    answers[name] = await measured(name, send({ path: dataPage, headers: { Cookie: cookie, "Content-Type": form.contentType }, body: form.body }));
    expect(answers[name].status, name).toBeGreaterThanOrEqual(400);
    expect(answers[name].text, name).toContain("for stort når det pakkes ut");
  }

  // Malformed multipart: no boundary, no closing boundary, a part header of 1 MB.
  const part = `--B\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n${csrf}\r\n--B\r\nContent-Disposition: form-data; name="intent"\r\n\r\nfil\r\n`;
  for (const [name, contentType, body] of [
    ["multipart uten grense", "multipart/form-data", `${part}--B--\r\n`],
    ["multipart uten avslutning", "multipart/form-data; boundary=B", part],
    ["multipart med en linje på 1 MB", "multipart/form-data; boundary=B", `${part}--B\r\nContent-Disposition: form-data; name="fil"; filename="${"x".repeat(MB)}.csv"\r\n\r\n1\r\n--B--\r\n`],
  ]) {
    answers[name] = await measured(name, send({ path: dataPage, headers: { Cookie: cookie, "Content-Type": contentType }, body: Buffer.from(body) }));
    expect(answers[name].status, name).toBe(400);
    expect(answers[name].text, name).toContain("Skjemaet kunne ikke leses.");
  }

  // A CSV of 200 000 rows and a heading (under 5 MB) is read, and its preview shown.
  const lines = ["dato;verdi"];
  const day0 = Date.UTC(1500, 0, 1);
  for (let i = 0; i < 200_000; i++) lines.push(`${new Date(day0 + i * 86_400_000).toISOString().slice(0, 10)};${i % 97}`);
  const csv = Buffer.from(lines.join("\n"));
  expect(csv.length).toBeLessThan(5 * MB);
  const csvForm = await multipart({ csrf, intent: "fil" }, { name: "data.csv", bytes: csv, type: "text/csv" });
  const csvAnswer = await measured("CSV med 200 000 rader", send({ path: dataPage, headers: { Cookie: cookie, "Content-Type": csvForm.contentType }, body: csvForm.body }));
  answers["CSV med 200 000 rader"] = csvAnswer;
  // The preview is a page of its own after a redirect (or the answer itself).
  if (csvAnswer.location) answers["forhåndsvisningen av CSV-en"] = await measured("forhåndsvisningen av CSV-en", send({ method: "GET", path: new URL(csvAnswer.location, BASE).pathname + new URL(csvAnswer.location, BASE).search, headers: { Cookie: cookie } }));

  const health = await send({ method: "GET", path: "/healthz" });
  const peak = Math.max(...Object.values(peaks), peakMB());
  console.log(`Minne: ${before.toFixed(0)} MB før, topp ${peak.toFixed(0)} MB under forespørslene (grense ${PEAK_LIMIT_MB} MB)${resettable ? "" : "; VmHWM kunne ikke nullstilles, så toppen gjelder fra oppstarten"}`);
  for (const [name, answer] of Object.entries(answers)) {
    const plain = answer.text.startsWith("<") ? "(side)" : answer.text.slice(0, 120);
    console.log(`${name}: ${answer.status} på ${(answer.ms / 1000).toFixed(1)} s, topp ${peaks[name]?.toFixed(0) ?? "?"} MB, svaret ${answer.bytes} byte ${plain}`);
  }
  console.log(`/healthz: ${health.status} på ${health.ms.toFixed(0)} ms`);

  for (const [name, answer] of Object.entries(answers)) {
    expect(answer.status, `${name}: ${answer.text.slice(0, 500)}`).toBeGreaterThanOrEqual(200);
    expect(answer.status, `${name}: ${answer.text.slice(0, 500)}`).toBeLessThan(500);
  }
  expect(answers["300 MB innlogging (Content-Length)"].status).toBe(413);
  expect(answers["300 MB innlogging (chunked)"].status).toBe(413);
  expect(csvAnswer.status, csvAnswer.text.slice(0, 500)).toBeLessThan(400);
  expect(health.status).toBe(200);
  expect(health.ms).toBeLessThan(2000);
  expect(peak).toBeLessThan(PEAK_LIMIT_MB);
});
