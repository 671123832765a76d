// One "server process" for the digest test: runs runDigests once against DATABASE_PATH at DIGEST_NOW,
// starting at DIGEST_START_AT (so several start together), with the items in DIGEST_ITEMS (JSON by user id).
import type { ToMeItem } from "../../app/domain/to-me";
import { runDigests } from "../../app/services/digest.server";
import { getDb } from "../../db/client.server";

const items = JSON.parse(process.env.DIGEST_ITEMS ?? "{}") as Record<string, ToMeItem[]>;
const startAt = Number(process.env.DIGEST_START_AT ?? 0);

// Open the database and compile before the common start, so the processes race on the claims themselves.
getDb();
await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
const result = await runDigests(new Date(process.env.DIGEST_NOW!), { claimant: `test-worker-${process.pid}`, itemsFor: (userId) => items[String(userId)] ?? [] });
process.stdout.write(JSON.stringify(result));
