/// <reference types="vite/client" />
// Random and malformed input to every action, as a user allowed to post there: never a server error,
// never a partial write when the input is refused, and a refusal always says what was wrong.
import fs from "node:fs";
import type { AppLoadContext } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, getDbHandle } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { listActivities } from "../../app/models/activity.server";
import { listConferences } from "../../app/models/conference.server";
import { listMeasureSummaries } from "../../app/models/measure.server";
import { createReport } from "../../app/models/report.server";
import { createMeeting } from "../../app/models/steering.server";
import { listRounds } from "../../app/models/sustainability.server";
import { listTiltak } from "../../app/models/tiltak.server";
import { getUserByEmail } from "../../app/models/user.server";
import { getCurrentSession, startSession } from "../../app/services/session.server";

type RouteModule = { action?: (args: unknown) => unknown };
const modules = import.meta.glob<RouteModule>("../../app/routes/*.{ts,tsx}", { eager: true });
const context = { clientAddress: "127.0.0.2" } as unknown as AppLoadContext;

/** Every intent and field name the app's forms use, read from the source, plus some that do not exist. */
function vocabulary() {
  const source = ["app/routes", "app/components", "app/components/sustainability", "app/components/steering", "app/components/readiness", "app/components/overview", "app/forms"]
    .flatMap((dir) => fs.readdirSync(dir).filter((f) => /\.tsx?$/.test(f)).map((f) => fs.readFileSync(`${dir}/${f}`, "utf8")))
    .join("\n");
  const intents = [...new Set([...source.matchAll(/intent(?: === |=|: z\.literal\()"([a-z-]+)"/g)].map((m) => m[1]))];
  const fields = [...new Set([...source.matchAll(/(?:name="|\b)([a-zA-Z]+)(?:"|: (?:requiredText|optionalText|isoDate|optionalIsoDate|z\.|idList|versionField|optionalUrl))/g)].map((m) => m[1]))];
  return { intents: [...intents, "__ukjent__", ""], fields: [...fields, "answers.fordeler.level", "reviews.fordeler.verdict", "text.sammendrag", "punkter", "x"] };
}

let seed = 20261122;
const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)];

const NASTY = [
  "", " ", "0", "-1", "1", "2", "999999999999", "1e309", "NaN", "3.5", "abc", "2013-02-30", "2013-13-01", "01.02.2013", "2012-06-01",
  "<script>alert(1)</script>", "'; DROP TABLE activities; --", "\u0000", "ø".repeat(30_000), "🙂", "true", "on", "ja", "godkjent", "a",
  "https://eksempel.no", "javascript:alert(1)", "[1,2]", "{}", "01019010046",
];

const countRows = () => {
  const { sqlite } = getDbHandle();
  const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('audit_log', 'sessions', 'login_attempts', '__drizzle_migrations')").all() as { name: string }[]).map((t) => t.name);
  return Object.fromEntries(tables.map((t) => [t, (sqlite.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]));
};

/** A refusal carries a message: a form error, a field error, or a plain text body. */
function hasMessage(body: unknown): boolean {
  if (typeof body === "string") return body.trim().length > 0;
  if (Array.isArray(body)) return body.some(hasMessage);
  if (body && typeof body === "object") return Object.values(body).some(hasMessage);
  return false;
}

const ids: Record<string, string> = { projectId: "1" };
let cookie = "";
let csrf = "";
let adminCookie = "";
let adminCsrf = "";

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
  const leader = getUserByEmail("prosjektleder@trinnvis.test")!.id;
  Object.assign(ids, {
    activityId: String(listActivities(1)[0].id),
    conferenceId: String(listConferences(1)[0].id),
    measureId: String(listMeasureSummaries(1)[0].id),
    tiltakId: String(listTiltak(1)[0].id),
    roundId: String(listRounds(1)[0].id),
    reportId: String(createReport({ projectId: 1, userId: leader, title: "Fuzz", periodStart: "2012-01-01", periodEnd: "2012-12-31" }).id),
    meetingId: String(createMeeting({ projectId: 1, userId: leader, date: "2013-01-01", place: "", notes: "", attendeeUserIds: [], otherAttendees: [] }).id),
    userId: String(leader),
  });
  const login = async (email: string) => {
    const c = (await startSession(new Request("http://localhost/"), getUserByEmail(email)!.id)).split(";")[0];
    return [c, (await getCurrentSession(new Request("http://localhost/", { headers: { Cookie: c } })))!.csrfToken];
  };
  [cookie, csrf] = await login("prosjektleder@trinnvis.test");
  [adminCookie, adminCsrf] = await login("admin@trinnvis.test");
});

const ROUNDS = 40;

describe("fuzzing every action", () => {
  const { intents, fields } = vocabulary();
  const actions = Object.entries(modules).filter(([file, m]) => m.action && !/logg-(inn|ut)/.test(file));

  it("found the forms' vocabulary and the actions", () => {
    expect(intents).toEqual(expect.arrayContaining(["lagre", "slett", "signer", "send", "nytt-vedtak"]));
    expect(actions.length).toBeGreaterThan(15);
  });

  for (const [file, module] of actions) {
    const name = file.replace("../../app/routes/", "").replace(/\.tsx?$/, "");
    it(`${name}: ${ROUNDS} random posts, no 5xx, no partial writes, always a message`, async () => {
      const isAdmin = name.startsWith("admin");
      const params = Object.fromEntries([...name.matchAll(/\$([a-zA-Z]+)/g)].map(([, key]) => [key, ids[key]]));
      const url = `http://localhost/${name.replace(/\$([a-zA-Z]+)_?/g, (_, k: string) => ids[k]).replace(/\./g, "/").replace(/\/_index$/, "")}`;
      for (let round = 0; round < ROUNDS; round++) {
        const body = new URLSearchParams({ csrf: isAdmin ? adminCsrf : csrf, intent: pick(intents) });
        const count = 1 + Math.floor(random() * 8);
        for (let i = 0; i < count; i++) body.append(pick(fields), pick(NASTY));
        const before = countRows();
        let response: unknown;
        try {
          response = await module.action!({ request: new Request(url, { method: "POST", body, headers: { Cookie: isAdmin ? adminCookie : cookie } }), params, context });
        } catch (thrown) {
          response = thrown;
        }
        const described = `${name} ← ${body.toString().slice(0, 300)}`;
        expect(response, described).toBeInstanceOf(Response);
        const status = (response as Response).status;
        expect(status, described).toBeLessThan(500);
        if (status >= 400) {
          expect(countRows(), `nothing written when refused: ${described}`).toEqual(before);
          const text = await (response as Response).text();
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // plain text body
          }
          expect(hasMessage(parsed), `a message: ${described}`).toBe(true);
        }
      }
    });
  }
});
