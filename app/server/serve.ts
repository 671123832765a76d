// Production server: checks content, migrates and seeds the database, then serves the Remix build
// from one worker process per core (WEB_CONCURRENCY). SQLite in WAL mode lets the workers read side
// by side while one writes; sessions, CSRF tokens and login attempts live in the database, so any
// worker can answer any request.
import cluster from "node:cluster";
import { randomBytes } from "node:crypto";
import { availableParallelism } from "node:os";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import express from "express";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import { DEFAULT_DATABASE_PATH, getDbHandle } from "../../db/client.server";
import { DatabaseInUseError, takeDatabaseLock } from "../../db/server-lock.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { abandonJobsOf, abandonUnfinishedJobs } from "../models/jobs.server";
import { startDigestSchedule } from "../jobs/digest-schedule.server";
import { hasAdministrator } from "../models/user.server";
import { demoWanted, mailLinksAllowed } from "../utils/env.server";
import { trustProxyProblem, trustProxySetting } from "../utils/trust-proxy.server";
import { ContentError, getContent } from "../utils/content.server";
import { listRegisterOrganisations } from "../utils/registers.server";
import { tryWriteAudit } from "../models/audit.server";
import { limitRequestBodies } from "./body-limit";
import { discardUnreadBodies } from "./discard-unread-body";
import { refuseForeignOrigin } from "./foreign-origin";
import { securityHeaders } from "./security-headers";

const BUILD_PATH = path.resolve("build/index.js");
const WORKERS = Math.max(1, Number(process.env.WEB_CONCURRENCY) || availableParallelism());

async function prepare() {
  const trustProblem = trustProxyProblem();
  if (trustProblem) {
    console.error(`Trinnvis starter ikke: ${trustProblem}`);
    process.exit(1);
  }
  try {
    // Held until the process ends, so `npm run restore` cannot replace the database under us.
    takeDatabaseLock(process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH, "server");
  } catch (error) {
    if (!(error instanceof DatabaseInUseError)) throw error;
    console.error(`Trinnvis starter ikke: ${error.message}`);
    process.exit(1);
  }
  try {
    getContent();
    listRegisterOrganisations();
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(`Trinnvis starter ikke: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const { db } = getDbHandle();
  if (process.env.SMTP_URL && !mailLinksAllowed()) {
    console.warn("SMTP_URL er satt, men APP_URL mangler: ingen e-post sendes før APP_URL sier hvor lenkene skal peke.");
  }
  if (demoWanted()) {
    const seeded = await seedDemoDataIfEmpty(db);
    if (seeded) console.log("Databasen var tom: demodata er lagt inn.");
  } else if (!hasAdministrator()) {
    console.log("Ingen administrator ennå. Opprett den første med «npm run create-admin -- e-post».");
  }
  const abandoned = abandonUnfinishedJobs();
  if (abandoned) console.log(`${abandoned} jobb${abandoned > 1 ? "er" : ""} som ikke ble ferdig før omstarten, er merket som stoppet.`);
  if (!fs.existsSync(BUILD_PATH)) {
    console.error("Trinnvis starter ikke: appen er ikke bygd. Kjør «npm run build» først.");
    process.exit(1);
  }
}

function logForeignOrigin(req: express.Request) {
  tryWriteAudit({
    userId: null,
    action: "refused",
    entityType: "request",
    sourceAddress: req.ip ?? null,
    detail: { reason: "annet-nettsted", status: 403, method: req.method, path: req.path.slice(0, 300), origin: (req.get("origin") ?? "").slice(0, 200) },
  });
}

async function serve() {
  const build = (await import(pathToFileURL(BUILD_PATH).href)) as ServerBuild;

  const app = express();
  app.disable("x-powered-by");
  // req.ip: the socket's address, or X-Forwarded-For's rightmost untrusted hop behind the proxies TRUST_PROXY names.
  app.set("trust proxy", trustProxySetting());
  app.use((_req, res, next) => {
    const nonce = randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    res.set(securityHeaders(nonce, { production: process.env.NODE_ENV === "production" }));
    next();
  });
  app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
  // Only the files that are there (favicon and the like): asking the disk on every page request cost
  // a failed stat each time.
  const publicFiles = new Set(fs.readdirSync("public").filter((name) => name !== "build").map((name) => `/${name}`));
  const servePublic = express.static("public", { maxAge: "1h", index: false });
  app.use((req, res, next) => (publicFiles.has(req.path) ? servePublic(req, res, next) : next()));
  app.use(limitRequestBodies);
  app.use(discardUnreadBodies);
  app.use(refuseForeignOrigin(logForeignOrigin));
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: process.env.NODE_ENV,
      getLoadContext: (req, res) => ({ clientAddress: req.ip ?? "", cspNonce: res.locals.cspNonce as string }),
    }),
  );
  const port = Number(process.env.PORT || 3000);
  // In every process: the claim per person and day lets only one of them send each digest.
  startDigestSchedule();
  app.listen(port, () => {
    if (cluster.isPrimary || cluster.worker?.id === 1) {
      console.log(`Trinnvis kjører på http://localhost:${port} (database: ${process.env.DATABASE_PATH || "data/trinnvis.db"}, ${WORKERS} prosess${WORKERS > 1 ? "er" : ""})`);
    }
  });
}

async function main() {
  if (!cluster.isPrimary) return serve();
  await prepare();
  if (WORKERS === 1) return serve();
  let stopping = false;
  for (let i = 0; i < WORKERS; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    const abandoned = worker.process.pid ? abandonJobsOf(worker.process.pid) : 0;
    console.error(`Arbeidsprosess ${worker.process.pid} stoppet (${signal ?? code})${abandoned ? ` midt i ${abandoned} jobb(er)` : ""}; starter en ny.`);
    cluster.fork();
  });
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      process.exit(0);
    });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
