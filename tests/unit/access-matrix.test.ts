/// <reference types="vite/client" />
// Who may do what, for every route: each loader and action is called as every role, as a member of the
// other project, with a record id from the other project, and logged out. The expected outcome comes
// from the access policy written here, not from the code. A route file missing from the matrix fails.
import type { AppLoadContext } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { createActivity } from "../../app/models/activity.server";
import { createConference } from "../../app/models/conference.server";
import { createGoal } from "../../app/models/goal.server";
import { createMeasure } from "../../app/models/measure.server";
import { createTiltak } from "../../app/models/tiltak.server";
import { createUnsubscribeToken } from "../../app/models/unsubscribe.server";
import { getUserByEmail } from "../../app/models/user.server";
import { getCurrentSession, startSession } from "../../app/services/session.server";
import { REFUSAL_REASONS } from "../../app/utils/audit-names";
import { answerThroughEntry, auditEntriesSince, lastAuditId } from "./audit-check";
import { recordIdsOfHelt } from "./record-ids";

type RouteModule = { loader?: (args: unknown) => unknown; action?: (args: unknown) => unknown; default?: unknown };
const modules = import.meta.glob<RouteModule>("../../app/routes/*.{ts,tsx}", { eager: true });
const routeName = (file: string) => file.replace("../../app/routes/", "").replace(/\.tsx?$/, "");
const byName = Object.fromEntries(Object.entries(modules).map(([file, module]) => [routeName(file), module]));

const ROLES = ["prosjektleder", "medarbeider", "styringsgruppe", "radgiver", "annet-prosjekt", "admin", "utlogget"] as const;
type Role = (typeof ROLES)[number];
const EMAIL: Record<Exclude<Role, "utlogget">, string> = {
  prosjektleder: "prosjektleder@trinnvis.test",
  medarbeider: "medarbeider@trinnvis.test",
  styringsgruppe: "styringsgruppe@trinnvis.test",
  radgiver: "radgiver@trinnvis.test",
  "annet-prosjekt": "prosjektleder2@trinnvis.test",
  admin: "admin@trinnvis.test",
};
type Outcome = "ok" | "403" | "404" | "login";
type Probe = {
  allowed: readonly Role[] | "project-members" | "everyone" | "logged-in";
  /** The form posted; a value like ":goalId" is filled with that record id. */
  fields?: Record<string, string>;
  /** Where everyone ends up, for routes that only redirect. */
  everyoneGets?: Outcome;
  /** Record ids used instead of the shared ones, for probes whose allowed roles really delete the record. */
  ids?: Record<string, string>;
};
type Entry = { path: string; loader?: Probe; actions?: Probe[] };

const MEMBERS = ["prosjektleder", "medarbeider", "styringsgruppe", "radgiver"] as const;
const WRITERS = ["prosjektleder", "medarbeider"] as const;
const UNKNOWN = { intent: "__ukjent__" };
const member = (allowed: readonly Role[] | "project-members"): Probe => ({ allowed });
/** Records made in beforeAll for the delete probes: an allowed role really deletes them, and the other probes keep theirs. */
const DELETABLE: Record<string, string> = {};
/** Deleting goals, tiltak, conferences and measures, and activities someone else registered, is the project leader's. */
const deletes = (fields: Record<string, string> = {}): Probe => ({ allowed: ["prosjektleder"], fields: { intent: "slett", ...fields }, ids: DELETABLE });

/** The policy. Paths use :activityId and the like; they are filled with records of project 1. */
const MATRIX: Record<string, Entry> = {
  _index: { path: "/", loader: { allowed: "logged-in" } },
  // A job is its owner's only (here the project leader's, in project 1).
  "jobber.$jobId._index": { path: "/jobber/:jobId", loader: { allowed: ["prosjektleder"] } },
  "jobber.$jobId.fil": { path: "/jobber/:jobId/fil", loader: { allowed: ["prosjektleder"] } },
  healthz: { path: "/healthz", loader: { allowed: "everyone" } },
  tilgjengelighet: { path: "/tilgjengelighet" },
  "logg-inn": { path: "/logg-inn", loader: { allowed: "everyone" }, actions: [{ allowed: "everyone", fields: { email: "x", password: "y" } }] },
  "prosjekter._index": { path: "/prosjekter", loader: { allowed: "logged-in" } },
  "til-meg": { path: "/til-meg", loader: { allowed: "logged-in" } },
  // Search across one's own projects is for anyone signed in; what it finds is limited to those projects (search-routes.test.ts).
  sok: { path: "/sok?q=selvhjelpsplan", loader: { allowed: "logged-in" } },
  // Anyone signed in may start a project (unless PROJECT_CREATION=admin, tested in project-setup-routes).
  "prosjekter.ny": { path: "/prosjekter/ny", loader: { allowed: "logged-in" }, actions: [{ allowed: "logged-in", fields: {} }] },
  // Invitation and password links are opened by people who are not signed in; the token is the key.
  "invitasjon.$token": { path: "/invitasjon/ugyldig-lenke", loader: { allowed: "everyone" }, actions: [{ allowed: "everyone", fields: {} }] },
  "glemt-passord": { path: "/glemt-passord", actions: [{ allowed: "everyone", fields: { email: "x" } }] },
  "nytt-passord.$token": { path: "/nytt-passord/ugyldig-lenke", loader: { allowed: "everyone" }, actions: [{ allowed: "everyone", fields: { password: "x", repeat: "y" } }] },
  // A digest's unsubscribe link works without login: the token (a real one, made in beforeAll) is the key. The first post uses it; the rest get 410.
  "avmeld.$token": { path: "/avmeld/:token", loader: { allowed: "everyone" }, actions: [{ allowed: "everyone", fields: {} }] },
  profil: { path: "/profil", loader: { allowed: "logged-in" }, actions: [{ allowed: "logged-in", fields: {} }] },
  // The portfolio is for anyone in more than one project and for advisors; of the demo accounts, the advisor.
  portefolje: { path: "/portefolje", loader: { allowed: ["radgiver"] } },
  "portefolje[.]xlsx": { path: "/portefolje.xlsx", loader: { allowed: ["radgiver"] } },
  "admin._index": { path: "/admin", loader: { allowed: ["admin"] } },
  "admin.brukere._index": { path: "/admin/brukere", loader: { allowed: ["admin"] }, actions: [{ allowed: ["admin"], fields: UNKNOWN }] },
  "admin.brukere.$userId": { path: "/admin/brukere/:userId", loader: { allowed: ["admin"] }, actions: [{ allowed: ["admin"], fields: UNKNOWN }] },
  "admin.import": { path: "/admin/import", loader: { allowed: ["admin"] }, actions: [{ allowed: ["admin"], fields: UNKNOWN }] },
  "admin.logg": { path: "/admin/logg", loader: { allowed: ["admin"] } },
  "admin.medlemskap": { path: "/admin/medlemskap", loader: { allowed: ["admin"] }, actions: [{ allowed: ["admin"], fields: UNKNOWN }] },
  "admin.organisasjoner": { path: "/admin/organisasjoner", loader: { allowed: ["admin"] }, actions: [{ allowed: ["admin"], fields: UNKNOWN }] },
  "prosjekter.$projectId": { path: "/prosjekter/:projectId", loader: member("project-members") },
  "prosjekter.$projectId._index": { path: "/prosjekter/:projectId", loader: member("project-members") },
  "prosjekter.$projectId.sok": { path: "/prosjekter/:projectId/sok?q=selvhjelpsplan", loader: member("project-members") },
  "prosjekter.$projectId.steg": {
    path: "/prosjekter/:projectId/steg",
    loader: member("project-members"),
    actions: [
      { allowed: ["prosjektleder"], fields: { intent: "be-om-godkjenning" } },
      { allowed: ["styringsgruppe"], fields: { intent: "avgjor-steg" } },
    ],
  },
  // The project leader manages the project's organisations, groups and people; every member sees them.
  "prosjekter.$projectId.organisasjoner": {
    path: "/prosjekter/:projectId/organisasjoner",
    loader: member("project-members"),
    actions: [{ allowed: ["prosjektleder"], fields: UNKNOWN }],
  },
  "prosjekter.$projectId.organisering": { path: "/prosjekter/:projectId/organisering", loader: member("project-members"), actions: [{ allowed: ["prosjektleder"], fields: UNKNOWN }] },
  "prosjekter.$projectId.personer": {
    path: "/prosjekter/:projectId/personer",
    loader: member("project-members"),
    actions: [{ allowed: ["prosjektleder"], fields: UNKNOWN }],
  },
  "prosjekter.$projectId.innstillinger": { path: "/prosjekter/:projectId/innstillinger", loader: member(["prosjektleder"]), actions: [{ allowed: ["prosjektleder"], fields: UNKNOWN }] },
  "prosjekter.$projectId.eksport[.]json": { path: "/prosjekter/:projectId/eksport.json", loader: member(["prosjektleder", "radgiver"]) },
  "prosjekter.$projectId.aktiviteter._index": { path: "/prosjekter/:projectId/aktiviteter", loader: member("project-members") },
  "prosjekter.$projectId.aktiviteter.ny": { path: "/prosjekter/:projectId/aktiviteter/ny", loader: member(WRITERS), actions: [{ allowed: WRITERS, fields: UNKNOWN }] },
  "prosjekter.$projectId.aktiviteter.$activityId": {
    path: "/prosjekter/:projectId/aktiviteter/:activityId",
    loader: member("project-members"),
    // The activity to delete was registered by the project leader, so the project member may not delete it.
    actions: [{ allowed: WRITERS, fields: UNKNOWN }, deletes()],
  },
  "prosjekter.$projectId.forankring._index": { path: "/prosjekter/:projectId/forankring", loader: member("project-members") },
  "prosjekter.$projectId.forankring[.]xlsx": { path: "/prosjekter/:projectId/forankring.xlsx", loader: member("project-members") },
  "prosjekter.$projectId.konferanser._index": { path: "/prosjekter/:projectId/konferanser", loader: member("project-members") },
  "prosjekter.$projectId.konferanser.ny": { path: "/prosjekter/:projectId/konferanser/ny", loader: member(WRITERS), actions: [{ allowed: WRITERS, fields: UNKNOWN }] },
  "prosjekter.$projectId.konferanser.$conferenceId": { path: "/prosjekter/:projectId/konferanser/:conferenceId", loader: member("project-members"), actions: [{ allowed: WRITERS, fields: UNKNOWN }, deletes()] },
  "prosjekter.$projectId.mal": { path: "/prosjekter/:projectId/mal", loader: member("project-members"), actions: [{ allowed: WRITERS, fields: UNKNOWN }, deletes({ goalId: ":goalId" })] },
  "prosjekter.$projectId.malinger._index": { path: "/prosjekter/:projectId/malinger", loader: member("project-members") },
  "prosjekter.$projectId.malinger.ny": { path: "/prosjekter/:projectId/malinger/ny", loader: member(WRITERS), actions: [{ allowed: WRITERS, fields: UNKNOWN }] },
  "prosjekter.$projectId.malinger.$measureId": { path: "/prosjekter/:projectId/malinger/:measureId", loader: member("project-members") },
  "prosjekter.$projectId.malinger.$measureId_.data": { path: "/prosjekter/:projectId/malinger/:measureId/data", loader: member("project-members"), actions: [{ allowed: WRITERS, fields: UNKNOWN }] },
  "prosjekter.$projectId.malinger.$measureId_.endre": { path: "/prosjekter/:projectId/malinger/:measureId/endre", loader: member(WRITERS), actions: [{ allowed: WRITERS, fields: UNKNOWN }, deletes()] },
  "prosjekter.$projectId.malinger.$measureId.data[.]csv": { path: "/prosjekter/:projectId/malinger/:measureId/data.csv", loader: member("project-members") },
  "prosjekter.$projectId.malinger.$measureId.data[.]xlsx": { path: "/prosjekter/:projectId/malinger/:measureId/data.xlsx", loader: member("project-members") },
  "prosjekter.$projectId.tiltak._index": { path: "/prosjekter/:projectId/tiltak", loader: member("project-members") },
  "prosjekter.$projectId.tiltak.ny": { path: "/prosjekter/:projectId/tiltak/ny", loader: member(WRITERS), actions: [{ allowed: WRITERS, fields: UNKNOWN }] },
  "prosjekter.$projectId.tiltak.$tiltakId": { path: "/prosjekter/:projectId/tiltak/:tiltakId", loader: member("project-members"), actions: [{ allowed: WRITERS, fields: UNKNOWN }, deletes()] },
  "prosjekter.$projectId.barekraft._index": { path: "/prosjekter/:projectId/barekraft", loader: member("project-members"), actions: [{ allowed: ["prosjektleder", "radgiver"], fields: UNKNOWN }] },
  "prosjekter.$projectId.barekraft.$roundId": {
    path: "/prosjekter/:projectId/barekraft/:roundId",
    loader: member("project-members"),
    actions: [
      { allowed: ["prosjektleder", "medarbeider", "radgiver"], fields: UNKNOWN },
      { allowed: ["radgiver"], fields: { intent: "signer" } },
    ],
  },
  "prosjekter.$projectId.klar-for-drift": {
    path: "/prosjekter/:projectId/klar-for-drift",
    loader: member("project-members"),
    actions: [
      { allowed: ["prosjektleder"], fields: { intent: "svar" } },
      { allowed: ["prosjektleder", "radgiver"], fields: { intent: "oyeblikksbilde" } },
    ],
  },
  "prosjekter.$projectId.logg": { path: "/prosjekter/:projectId/logg", loader: member(["prosjektleder", "radgiver"]) },
  "prosjekter.$projectId.styring._index": { path: "/prosjekter/:projectId/styring", loader: member("project-members"), actions: [{ allowed: ["prosjektleder", "styringsgruppe"], fields: UNKNOWN }] },
  "prosjekter.$projectId.styring.moter.$meetingId": { path: "/prosjekter/:projectId/styring/moter/:meetingId", loader: member("project-members"), actions: [{ allowed: ["prosjektleder", "styringsgruppe"], fields: UNKNOWN }] },
  "prosjekter.$projectId.rapporter._index": { path: "/prosjekter/:projectId/rapporter", loader: member("project-members"), actions: [{ allowed: WRITERS, fields: UNKNOWN }] },
  "prosjekter.$projectId.rapporter.$reportId._index": {
    path: "/prosjekter/:projectId/rapporter/:reportId",
    loader: member("project-members"),
    actions: [
      { allowed: WRITERS, fields: UNKNOWN },
      { allowed: ["prosjektleder"], fields: { intent: "send" } },
      { allowed: "project-members", fields: { intent: "word" } },
    ],
  },
  "prosjekter.$projectId.rapporter.$reportId.utskrift": { path: "/prosjekter/:projectId/rapporter/:reportId/utskrift", loader: member("project-members") },
  // Logged out it answers 401 (not the login page), so the page the warning sits on stays.
  okt: { path: "/okt", actions: [{ allowed: "everyone" }] },
  // Last: logging out ends the sessions the other probes use.
  "logg-ut": { path: "/logg-ut", loader: { allowed: "everyone" }, actions: [{ allowed: "everyone", everyoneGets: "login" }] },
};

/** What a role should get from a probe: allowed roles get through; others 403 (members), 404 (everyone else), or the login page. */
function expected(probe: Probe, role: Role, isProjectRoute: boolean, isAdminRoute: boolean): Outcome {
  if (probe.everyoneGets) return probe.everyoneGets;
  if (probe.allowed === "everyone") return "ok";
  if (role === "utlogget") return "login";
  if (probe.allowed === "logged-in") return "ok";
  const allowed = probe.allowed === "project-members" ? MEMBERS : probe.allowed;
  if (allowed.includes(role)) return "ok";
  if (isAdminRoute) return "404";
  if (isProjectRoute) return (MEMBERS as readonly string[]).includes(role) ? "403" : "404";
  return "404";
}

async function outcomeOf(run: () => unknown): Promise<{ outcome: Outcome | string; status: number }> {
  let response: unknown;
  try {
    response = await run();
  } catch (error) {
    response = error;
  }
  if (!(response instanceof Response)) return { outcome: "ok", status: 200 };
  const status = response.status;
  if (status >= 300 && status < 400 && (response.headers.get("Location") ?? "").startsWith("/logg-inn")) return { outcome: "login", status };
  if (status === 403 || status === 404) return { outcome: String(status), status };
  if (status >= 500) return { outcome: `feil ${status}`, status };
  return { outcome: "ok", status };
}

const context = { clientAddress: "127.0.0.1" } as unknown as AppLoadContext;
const ids: Record<string, string> = { projectId: "1" };
const foreignIds: Record<string, string> = {};
const cookies: Partial<Record<Role, string>> = {};
const csrf: Partial<Record<Role, string>> = {};

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
  const leader = getUserByEmail(EMAIL.prosjektleder)!.id;
  Object.assign(ids, recordIdsOfHelt(leader, "Matrise"));
  ids.token = createUnsubscribeToken(getUserByEmail(EMAIL.medarbeider)!.id);
  Object.assign(foreignIds, ids, { projectId: "2" });
  // Made by the project leader for the delete probes, which the project leader passes and so really deletes.
  const created = { projectId: 1, userId: leader };
  DELETABLE.goalId = String(createGoal({ ...created, kind: "delmal", title: "Matrise", description: "" })!.id);
  DELETABLE.activityId = String(
    createActivity({ ...created, values: { title: "Matrise", startDate: "2013-01-01", endDate: null, typeId: "dialogmote", stepId: "forberedelse", themeId: "forankre", description: "", evidenceUrl: null, audiences: [], organisationIds: [] } }).id,
  );
  DELETABLE.conferenceId = String(
    createConference({ ...created, values: { title: "Matrise", startDate: "2013-01-01", endDate: null, place: "", region: null, purpose: "", stepId: "forberedelse", themeId: "forankre", participants: [] } }).id,
  );
  DELETABLE.tiltakId = String(
    createTiltak({ ...created, values: { title: "Matrise", description: "", priority: "prioritert", goalIds: [], failureAreaIds: [], agreementAreaIds: [], organisationIds: [], responsibleOrganisationId: null, responsiblePerson: "", startDate: null, nextEvaluationDate: null } }).id,
  );
  DELETABLE.measureId = String(
    createMeasure({
      ...created,
      values: { name: "Matrise", kind: "antall", definition: "", numeratorText: "", denominatorText: "", unit: "", direction: "noytral", target: null, targetDate: null, dataSource: "", frequency: "", ownerAfterProject: "", continuesAfterProject: false, chartType: "run", multiplier: 1, goalIds: [], tiltakIds: [] },
    }).id,
  );
  for (const role of ROLES) {
    if (role === "utlogget") continue;
    const cookie = (await startSession(new Request("http://localhost/"), getUserByEmail(EMAIL[role])!.id)).split(";")[0];
    cookies[role] = cookie;
    csrf[role] = (await getCurrentSession(new Request("http://localhost/", { headers: { Cookie: cookie } })))!.csrfToken;
  }
});

const fill = (path: string, values: Record<string, string>) => path.replace(/:(\w+)/g, (_, key: string) => values[key]);
const paramsFor = (name: string, values: Record<string, string>) => Object.fromEntries([...name.matchAll(/\$([a-zA-Z]+)/g)].map(([, key]) => [key, values[key]]));
const fillFields = (fields: Record<string, string>, values: Record<string, string>) =>
  Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, value.startsWith(":") && value.slice(1) in values ? values[value.slice(1)] : value]));

function request(role: Role, url: string, fields?: Record<string, string>, values: Record<string, string> = ids) {
  const headers: Record<string, string> = cookies[role] ? { Cookie: cookies[role] as string } : {};
  if (!fields) return new Request(`http://localhost${url}`, { headers });
  const body = new URLSearchParams({ ...(csrf[role] ? { csrf: csrf[role] as string } : {}), ...fillFields(fields, values) });
  return new Request(`http://localhost${url}`, { method: "POST", headers, body });
}

describe("access-control matrix", () => {
  it("covers every route file, and every loader and action a route has", () => {
    const files = Object.keys(modules).map(routeName).sort();
    expect(files.filter((name) => !(name in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((name) => !files.includes(name))).toEqual([]);
    for (const file of Object.keys(modules)) {
      const entry = MATRIX[routeName(file)];
      expect(Boolean(modules[file].loader), `${routeName(file)}: loader`).toBe(Boolean(entry.loader));
      expect(Boolean(modules[file].action), `${routeName(file)}: action`).toBe(Boolean(entry.actions?.length));
    }
  });

  for (const [name, entry] of Object.entries(MATRIX)) {
    const module = () => byName[name];
    const isProjectRoute = name.startsWith("prosjekter.$projectId");
    const isAdminRoute = name.startsWith("admin") || name.startsWith("portefolje");
    const probes: { kind: string; probe: Probe }[] = [
      ...(entry.loader ? [{ kind: "GET", probe: entry.loader }] : []),
      ...(entry.actions ?? []).map((probe) => ({ kind: `POST ${probe.fields?.intent ?? ""}`.trim(), probe })),
    ];
    for (const { kind, probe } of probes) {
      it(`${kind} ${entry.path}`, async () => {
        const results: Record<string, string> = {};
        const wanted: Record<string, string> = {};
        const values = { ...ids, ...probe.ids };
        const foreignValues = { ...foreignIds, ...probe.ids, projectId: foreignIds.projectId };
        const handler = kind === "GET" ? module().loader! : module().action!;
        // Every refused request (403, 404) must leave an audit entry: «refused», the reason, the user and the address.
        const refusals: { role: Role; since: number; until: number; status: number; path: string }[] = [];
        const run = async (role: Role, at: Record<string, string>) => {
          const req = request(role, fill(entry.path, at), kind === "GET" ? undefined : (probe.fields ?? {}), at);
          const since = lastAuditId();
          const result = await outcomeOf(() => answerThroughEntry(module(), () => handler({ request: req, params: paramsFor(name, at), context }), { request: req, context }));
          if (result.status === 403 || result.status === 404) refusals.push({ role, since, until: lastAuditId(), status: result.status, path: new URL(req.url).pathname });
          return result;
        };
        // Refused requests go first, so an allowed role's real change (a delete) cannot change what they get.
        if (isProjectRoute && /\$(?!projectId)\w+/.test(name)) {
          // The other project's leader, in their own project, with a record id from project 1.
          results["annen-prosjekts-id"] = (await run("annet-prosjekt", foreignValues)).outcome;
          wanted["annen-prosjekts-id"] = "404";
        }
        const allowedLast = [...ROLES].sort((a, b) => Number(expected(probe, a, isProjectRoute, isAdminRoute) === "ok") - Number(expected(probe, b, isProjectRoute, isAdminRoute) === "ok"));
        for (const role of allowedLast) {
          results[role] = (await run(role, values)).outcome;
          wanted[role] = expected(probe, role, isProjectRoute, isAdminRoute);
        }
        expect(results).toEqual(wanted);
        for (const refused of refusals) {
          const logged = auditEntriesSince(refused.since).filter((e) => e.id <= refused.until && e.action === "refused");
          expect(logged, `${refused.role}: ${kind} ${refused.path}`).toHaveLength(1);
          expect(logged[0]).toMatchObject({ entityType: "request", userId: getUserByEmail(EMAIL[refused.role as Exclude<Role, "utlogget">])!.id, sourceAddress: "127.0.0.1" });
          expect(logged[0].detail).toMatchObject({ status: refused.status, path: refused.path, method: kind === "GET" ? "GET" : "POST" });
          expect(Object.keys(REFUSAL_REASONS)).toContain(logged[0].detail!.reason);
        }
      });
    }
  }
});
