// Production server: checks content, migrates and seeds the database, then serves the Remix build.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import express from "express";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import { getDbHandle } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { ContentError, getContent } from "../utils/content.server";
import { securityHeaders } from "./security-headers";

async function main() {
  try {
    getContent();
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(`Trinnvis starter ikke: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const { db } = getDbHandle();
  const seeded = await seedDemoDataIfEmpty(db);
  if (seeded) console.log("Databasen var tom: demodata er lagt inn.");

  const buildPath = path.resolve("build/index.js");
  if (!fs.existsSync(buildPath)) {
    console.error("Trinnvis starter ikke: appen er ikke bygd. Kjør «npm run build» først.");
    process.exit(1);
  }
  const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild;

  const app = express();
  app.disable("x-powered-by");
  app.use((_req, res, next) => {
    const nonce = randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    res.set(securityHeaders(nonce, { production: process.env.NODE_ENV === "production" }));
    next();
  });
  app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
  app.use(express.static("public", { maxAge: "1h" }));
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: process.env.NODE_ENV,
      getLoadContext: (req, res) => ({ clientAddress: req.socket.remoteAddress ?? "", cspNonce: res.locals.cspNonce as string }),
    }),
  );
  const port = Number(process.env.PORT || 3000);
  app.listen(port, () => {
    console.log(`Trinnvis kjører på http://localhost:${port} (database: ${process.env.DATABASE_PATH || "data/trinnvis.db"})`);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
