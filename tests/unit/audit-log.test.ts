// The audit log as Normen and OWASP ASVS V7 ask: refused attempts with reason, user and address
// (CSRF, forms with errors, roles), reads of personal data, changes with their values before and after
// (texts only as fingerprints), Norwegian time and bokmål names on the log pages.
import fs from "node:fs";
import path from "node:path";
import type { AppLoadContext } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { writeAudit } from "../../app/models/audit.server";
import { createGoal, getGoal, updateGoal } from "../../app/models/goal.server";
import { getUserByEmail } from "../../app/models/user.server";
import { loader as adminLogLoader } from "../../app/routes/admin.logg";
import { action as logoutAction } from "../../app/routes/logg-ut";
import * as goalsRoute from "../../app/routes/prosjekter.$projectId.mal";
import { loader as projectLogLoader } from "../../app/routes/prosjekter.$projectId.logg";
import * as peopleRoute from "../../app/routes/prosjekter.$projectId.personer";
import * as settingsRoute from "../../app/routes/prosjekter.$projectId.innstillinger";
import { auditPage } from "../../app/services/audit-events.server";
import { changedFields, hashText } from "../../app/utils/audit-changes.server";
import { getTableColumns, is } from "drizzle-orm";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
import * as schema from "../../db/schema";
import { ACTION_NAMES, describeAuditDetail, ENTITY_NAMES, entityName, FIELD_NAMES, nextDay, osloDateTime, osloDayStart } from "../../app/utils/audit-names";
import { todayIso } from "../../app/utils/time";
import { answerThroughEntry, auditEntriesSince, lastAuditId } from "./audit-check";
import { getAs, postAs, responseOf } from "./requests";

const context = { clientAddress: "10.1.2.3" } as unknown as AppLoadContext;
const LEADER = "prosjektleder@trinnvis.test";
const MEMBER = "medarbeider@trinnvis.test";
const ADVISOR = "radgiver@trinnvis.test";
const OTHER_LEADER = "prosjektleder2@trinnvis.test";
const ADMIN = "admin@trinnvis.test";
const idOf = (email: string) => getUserByEmail(email)!.id;

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
});

describe("refused attempts", () => {
  it("logs a form with the wrong CSRF token: reason, user, address, project and path", async () => {
    const since = lastAuditId();
    const request = await postAs(LEADER, "/prosjekter/1/mal", { intent: "nytt-mal", kind: "delmal", title: "Et mål" });
    const forged = new Request(request.url, { method: "POST", headers: request.headers, body: new URLSearchParams({ csrf: "feil", intent: "nytt-mal", kind: "delmal", title: "Et mål" }) });
    const response = await responseOf(() => answerThroughEntry(goalsRoute, () => goalsRoute.action({ request: forged, params: { projectId: "1" }, context }), { request: forged, context }));
    expect(response.status).toBe(403);
    expect(response.headers.has("X-Trinnvis-Avvisning")).toBe(false);
    const [entry] = auditEntriesSince(since);
    expect(entry).toMatchObject({ action: "refused", entityType: "request", userId: idOf(LEADER), projectId: 1, sourceAddress: "10.1.2.3" });
    expect(entry.detail).toMatchObject({ reason: "csrf", status: 403, method: "POST", path: "/prosjekter/1/mal" });
  });

  it("logs a form with errors with the names of the failed fields, never what was written", async () => {
    const since = lastAuditId();
    const request = await postAs(LEADER, "/prosjekter/1/mal", { intent: "nytt-mal", kind: "delmal", title: "", description: "HEMMELIG-BESKRIVELSE-42" });
    const response = await responseOf(() => answerThroughEntry(goalsRoute, () => goalsRoute.action({ request, params: { projectId: "1" }, context }), { request, context }));
    expect(response.status).toBe(400);
    const entries = auditEntriesSince(since);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "refused", userId: idOf(LEADER), sourceAddress: "10.1.2.3", projectId: 1 });
    expect(entries[0].detail).toMatchObject({ reason: "ugyldig-skjema", status: 400, fields: ["title"] });
    expect(JSON.stringify(entries[0])).not.toContain("HEMMELIG");
  });

  it("logs a refused page request (no JavaScript) from the entry module, fields only", async () => {
    const since = lastAuditId();
    const request = await getAs(MEMBER, "/prosjekter/1/mal");
    await auditPage(request, context, {
      statusCode: 400,
      actionData: { "routes/prosjekter.$projectId.mal": { result: { status: "error", initialValue: { title: "HEMMELIG" }, error: { title: ["Skriv målet"], description: null } } } },
    });
    const [entry] = auditEntriesSince(since);
    expect(entry.detail).toMatchObject({ reason: "ugyldig-skjema", fields: ["title"], path: "/prosjekter/1/mal" });
    expect(JSON.stringify(entry)).not.toContain("HEMMELIG");
    expect(entry.userId).toBe(idOf(MEMBER));
  });

  it("does not log a page that does not exist, and logs a 404 from our own checks", async () => {
    const since = lastAuditId();
    const request = await getAs(MEMBER, "/finnes-ikke");
    await auditPage(request, context, { statusCode: 404, errors: { root: { status: 404, data: "Not Found", internal: true } } });
    expect(auditEntriesSince(since)).toEqual([]);
    const foreign = await getAs(OTHER_LEADER, "/prosjekter/1/personer");
    const response = await responseOf(() => answerThroughEntry(peopleRoute, () => peopleRoute.loader({ request: foreign, params: { projectId: "1" }, context }), { request: foreign, context }));
    expect(response.status).toBe(404);
    const [entry] = auditEntriesSince(since);
    // An outsider's attempt is in the administrators' log only, not in the log project 1's readers see.
    expect(entry).toMatchObject({ action: "refused", userId: idOf(OTHER_LEADER), projectId: null });
    expect(entry.detail).toMatchObject({ reason: "ikke-medlem", status: 404, path: "/prosjekter/1/personer" });
    // A member's refused attempt is filed under the project.
    const medarbeiderSince = lastAuditId();
    const settings = await getAs(MEMBER, "/prosjekter/1/innstillinger");
    await responseOf(() => answerThroughEntry(settingsRoute, () => settingsRoute.loader({ request: settings, params: { projectId: "1" }, context }), { request: settings, context }));
    expect(auditEntriesSince(medarbeiderSince)).toEqual([expect.objectContaining({ action: "refused", userId: idOf(MEMBER), projectId: 1 })]);
  });
});

describe("a refused logout", () => {
  it("is logged, and the reason's internal header does not leave the server", async () => {
    const since = lastAuditId();
    const request = await postAs(MEMBER, "/logg-ut", { csrf: "feil" });
    const response = await responseOf(() => logoutAction({ request, params: {}, context }));
    expect(response.status).toBe(403);
    expect([...response.headers.keys()].filter((name) => name.toLowerCase().startsWith("x-trinnvis"))).toEqual([]);
    expect(auditEntriesSince(since)).toEqual([expect.objectContaining({ action: "refused", userId: idOf(MEMBER), sourceAddress: "10.1.2.3", detail: expect.objectContaining({ reason: "csrf" }) })]);
  });
});

describe("reads of personal data", () => {
  it("logs a view of the people page with the source address", async () => {
    const since = lastAuditId();
    const request = await getAs(MEMBER, "/prosjekter/1/personer");
    await peopleRoute.loader({ request, params: { projectId: "1" }, context });
    expect(auditEntriesSince(since)).toEqual([expect.objectContaining({ action: "read", entityType: "project_people", userId: idOf(MEMBER), projectId: 1, sourceAddress: "10.1.2.3" })]);
  });
});

describe("changes", () => {
  it("logs an update's changed fields with før and etter, text as fingerprint and length", () => {
    const leader = idOf(LEADER);
    const goal = createGoal({ projectId: 1, userId: leader, kind: "delmal", title: "Færre reinnleggelser", description: "Kort" })!;
    const since = lastAuditId();
    const saved = updateGoal({ projectId: 1, goalId: goal.id, version: getGoal(1, goal.id)!.version, userId: leader, title: "Færre reinnleggelser innen 30 dager", description: "Kort" });
    expect(saved).toEqual({ status: "saved" });
    const [entry] = auditEntriesSince(since);
    expect(entry).toMatchObject({ action: "update", entityType: "goal", entityId: String(goal.id) });
    expect(entry.detail).toEqual({
      changes: { title: { før: hashText("Færre reinnleggelser"), etter: hashText("Færre reinnleggelser innen 30 dager") } },
    });
    expect(hashText("Færre reinnleggelser")).toEqual({ sha256: expect.stringMatching(/^[0-9a-f]{16}$/), lengde: 20 });
    expect(JSON.stringify(entry)).not.toContain("reinnleggelser");
  });

  it("keeps codes, numbers and dates as they are, and leaves out what did not change", () => {
    const changes = changedFields<Record<string, unknown>>({ status: "ide", startDate: null, note: "a", n: 1 }, { status: "utproving", startDate: "2013-02-01", note: "a", n: 2 }, ["status", "startDate", "note", "n"]);
    expect(changes).toEqual({ status: { før: "ide", etter: "utproving" }, startDate: { før: null, etter: "2013-02-01" }, n: { før: 1, etter: 2 } });
  });
});

describe("the log pages", () => {
  const load = async (email: string, url: string) =>
    (await responseOf(async () => (url.startsWith("/admin") ? adminLogLoader : projectLogLoader)({ request: await getAs(email, url), params: { projectId: "1" }, context })));

  it("shows times in Norwegian time, names in bokmål and the source address", async () => {
    writeAudit({ userId: idOf(ADVISOR), action: "read", entityType: "sustainability_answers", entityId: 1, projectId: 1, sourceAddress: "10.9.8.7" });
    const data = await (await load(LEADER, "/prosjekter/1/logg")).json();
    const entry = data.entries.find((e: { entityType: string; sourceAddress: string }) => e.entityType === "sustainability_answers" && e.sourceAddress === "10.9.8.7");
    expect(entry).toMatchObject({ actionName: "Leste", entityName: "bærekraftssvar", time: osloDateTime(entry.at) });
    expect(entry.time).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2}$/);
    expect(data.entityTypes).toContainEqual({ value: "sustainability_answers", label: "bærekraftssvar" });
    expect(osloDateTime("2026-07-14T22:30:05.000Z")).toBe("15.07.2026 00:30:05");
    expect(osloDateTime("2026-01-14T22:30:05.000Z")).toBe("14.01.2026 23:30:05");
  });

  it("reads the period as whole days in Norwegian time", () => {
    expect(osloDayStart("2026-07-15")).toBe("2026-07-14T22:00:00.000Z");
    expect(osloDayStart("2026-01-15")).toBe("2026-01-14T23:00:00.000Z");
    expect(osloDayStart("2026-03-29")).toBe("2026-03-28T23:00:00.000Z");
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
  });

  it("filters on today's Norwegian date and finds what was just written", async () => {
    writeAudit({ userId: idOf(LEADER), action: "update", entityType: "phase", entityId: 99, projectId: 1 });
    const today = todayIso();
    const data = await (await load(LEADER, `/prosjekter/1/logg?fra=${today}&til=${today}&objekt=phase`)).json();
    expect(data.entries.some((e: { entityId: string }) => e.entityId === "99")).toBe(true);
  });

  it("is read by the project leader and the advisor, shows only the project's entries, and logs the reading", async () => {
    writeAudit({ userId: idOf(OTHER_LEADER), action: "update", entityType: "phase", entityId: 77, projectId: 2 });
    const since = lastAuditId();
    for (const email of [LEADER, ADVISOR]) {
      const data = await (await load(email, "/prosjekter/1/logg")).json();
      expect(data.entries.length).toBeGreaterThan(0);
      expect(data.entries.every((e: { projectId: number }) => e.projectId === 1)).toBe(true);
    }
    expect(auditEntriesSince(since).filter((e) => e.action === "read" && e.entityType === "audit_log").map((e) => e.userId)).toEqual([idOf(LEADER), idOf(ADVISOR)]);
    expect((await load(MEMBER, "/prosjekter/1/logg")).status).toBe(403);
    const all = await (await load(ADMIN, "/admin/logg")).json();
    expect(all.entries.some((e: { projectId: number; entityId: string }) => e.projectId === 2 && e.entityId === "77")).toBe(true);
  });

  it("shows a refusal's reason and an update's før and etter in bokmål", async () => {
    const data = await (await load(ADMIN, "/admin/logg?objekt=request")).json();
    const csrf = data.entries.find((e: { detail: string }) => e.detail.includes("CSRF"));
    expect(csrf).toMatchObject({ actionName: "Avvist", entityName: "forespørsel", sourceAddress: "10.1.2.3" });
    const goals = await (await load(ADMIN, "/admin/logg?objekt=goal")).json();
    expect(goals.entries.find((e: { actionName: string }) => e.actionName === "Endret").detail).toMatch(/^tittel: tekst på 20 tegn \(#[0-9a-f]{8}\) → tekst på 35 tegn/);
  });
});

describe("bokmål names", () => {
  it("has a name for every kind of object the app writes to the log", () => {
    const written = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        // audit-names.ts names the field «entityType» itself; it writes nothing to the log.
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && entry.name !== "audit-names.ts") {
          for (const match of fs.readFileSync(file, "utf8").matchAll(/entityType: "([a-z_]+)"/g)) written.add(match[1]);
        }
      }
    };
    walk("app");
    expect(written.size).toBeGreaterThan(30);
    expect([...written].filter((type) => !(type in ENTITY_NAMES))).toEqual([]);
    expect(entityName("sustainability_answers")).toBe("bærekraftssvar");
  });
});

/** The text of every source file under app/ (not tests). */
function appSources(): string[] {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) texts.push(fs.readFileSync(file, "utf8"));
    }
  };
  walk("app");
  return texts;
}

/** The keys of the object literal that starts at `open` (a «{»), at its own level only. */
function topLevelKeys(text: string, open: number): string[] {
  const keys: string[] = [];
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "{" || c === "[" || c === "(") depth++;
    else if (c === "}" || c === "]" || c === ")") {
      depth--;
      if (depth === 0) break;
    } else if (depth === 1 && /[\s{,]/.test(text[i - 1] ?? "") && /[A-Za-z_]/.test(c)) {
      const key = /^([A-Za-z_]\w*)\s*(?=[:,}])/.exec(text.slice(i))?.[1];
      // Keys only: a value after «:» is preceded by «: », not by «{», «,» or white space after one.
      if (key && /[{,]\s*$/.test(text.slice(Math.max(open, i - 40), i))) keys.push(key);
    }
  }
  return keys;
}

describe("every field and action in the log has a bokmål name", () => {
  it("names every column of every table (what «changes» and «removed» list)", () => {
    const columns = new Set<string>();
    for (const table of Object.values(schema)) if (is(table, SQLiteTable)) for (const column of Object.keys(getTableColumns(table))) columns.add(column);
    expect(columns.size).toBeGreaterThan(100);
    expect([...columns].filter((c) => !(c in FIELD_NAMES))).toEqual([]);
  });

  it("names every key the app writes in an entry's detail, and every action it writes", () => {
    const keys = new Set<string>();
    const actions = new Set<string>();
    for (const text of appSources()) {
      for (const match of text.matchAll(/detail: \{/g)) for (const key of topLevelKeys(text, match.index! + match[0].length - 1)) keys.add(key);
      for (const match of text.matchAll(/action: "([a-z_]+)", entityType/g)) actions.add(match[1]);
    }
    for (const structural of ["changes", "removed", "fields", "message"]) keys.delete(structural);
    expect(keys.size).toBeGreaterThan(25);
    expect(keys).toContain("retryAfterSeconds");
    expect([...keys].filter((k) => !(k in FIELD_NAMES))).toEqual([]);
    expect(actions.size).toBeGreaterThan(5);
    expect([...actions].filter((a) => !(a in ACTION_NAMES))).toEqual([]);
  });

  it("shows the fields of a change, a removal and the rest of the detail by their bokmål names", () => {
    const detail = JSON.stringify({ changes: { effectiveDate: { før: "2024-01-01", etter: "2024-02-01" } }, removed: { startDate: "2024-01-01" }, reason: "throttled", retryAfterSeconds: 15 });
    expect(describeAuditDetail("login_failed", detail)).toBe("gjelder fra: 2024-01-01 → 2024-02-01; slettet: startdato 2024-01-01; vent (sekunder): 15; årsak: for mange forsøk");
    expect(describeAuditDetail("update", JSON.stringify({ changes: { "3.level": { før: "1", etter: "2" } } }))).toBe("3: nivå: 1 → 2");
  });
});

