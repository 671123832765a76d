// Steering group, step approval and report routes, called with real Requests on a seeded database.
import type { AppLoadContext } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { getProject } from "../../app/models/project.server";
import { createReport, getReport } from "../../app/models/report.server";
import { addDecision, createMeeting, listOpenDecisions } from "../../app/models/steering.server";
import { listStepReviews } from "../../app/models/step-review.server";
import { getUserByEmail } from "../../app/models/user.server";
import { action as stepAction } from "../../app/routes/prosjekter.$projectId.steg";
import { action as reportAction } from "../../app/routes/prosjekter.$projectId.rapporter.$reportId._index";
import { action as dashboardAction } from "../../app/routes/prosjekter.$projectId.styring._index";
import { action as meetingAction } from "../../app/routes/prosjekter.$projectId.styring.moter.$meetingId";
import { narrativeKeys } from "../../app/domain/report";
import { buildReportContent } from "../../app/services/report-content.server";
import { postAs as post, responseOf as outcome } from "./requests";

const context = {} as AppLoadContext;
const LEADER = "prosjektleder@trinnvis.test";
const MEMBER = "medarbeider@trinnvis.test";
const STEERING = "styringsgruppe@trinnvis.test";
const OTHER_LEADER = "prosjektleder2@trinnvis.test";

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
});

describe("step approval", () => {
  const act = async (email: string, fields: Record<string, string>) => outcome(async () => stepAction({ request: await post(email, "/prosjekter/1/steg", fields), params: { projectId: "1" }, context }));

  it("lets only the project leader ask and only the steering group decide; approval moves the project on", async () => {
    expect((await act(STEERING, { intent: "be-om-godkjenning", justification: "x" })).status).toBe(403);
    expect((await act(MEMBER, { intent: "be-om-godkjenning", justification: "x" })).status).toBe(403);
    expect((await act(OTHER_LEADER, { intent: "be-om-godkjenning", justification: "x" })).status).toBe(404);
    expect((await act(LEADER, { intent: "be-om-godkjenning", justification: "Utprøvingen er ferdig." })).status).toBe(302);
    expect((await act(LEADER, { intent: "be-om-godkjenning", justification: "Igjen" })).status).toBe(409);
    const review = listStepReviews(1)[0];
    expect((await act(LEADER, { intent: "avgjor-steg", reviewId: String(review.id), decision: "godkjent" })).status).toBe(403);
    const noComment = await act(STEERING, { intent: "avgjor-steg", reviewId: String(review.id), decision: "sendt_tilbake" });
    expect((await noComment.json()).result.error.comment).toEqual(["Skriv hva som mangler når du sender tilbake"]);
    expect(getProject(1)!.currentStep).toBe("utfore");
    expect((await act(STEERING, { intent: "avgjor-steg", reviewId: String(review.id), decision: "godkjent" })).status).toBe(302);
    expect(getProject(1)!.currentStep).toBe("kontrollere");
    expect(listStepReviews(1)[0]).toMatchObject({ status: "godkjent", decidedByName: "Anne Sørli" });
    expect((await act(STEERING, { intent: "avgjor-steg", reviewId: String(review.id), decision: "sendt_tilbake", comment: "Nei" })).status).toBe(409);
  });
});

describe("meetings and decisions", () => {
  it("records a decision's follow-up from the dashboard and from the meeting, refusing stale versions and others' ids", async () => {
    const steering = getUserByEmail(STEERING)!.id;
    const meeting = createMeeting({ projectId: 1, userId: steering, date: "2013-03-14", place: "", notes: "", attendeeUserIds: [steering], otherAttendees: [] });
    const decision = addDecision({ projectId: 1, meetingId: meeting.id, userId: steering, values: { text: "Følg opp", owner: "Kari", ownerUserId: null, dueDate: null, tiltakId: null, goalId: null, measureId: null } })!;
    const status = (version: number, value: string) => ({ intent: "vedtak-status", decisionId: String(decision.id), version: String(version), status: value });
    const fromDashboard = await outcome(async () => dashboardAction({ request: await post(STEERING, "/prosjekter/1/styring?index", status(1, "pagar")), params: { projectId: "1" }, context }));
    expect(fromDashboard.status).toBe(302);
    const stale = await outcome(async () => meetingAction({ request: await post(LEADER, `/prosjekter/1/styring/moter/${meeting.id}`, status(1, "fullfort")), params: { projectId: "1", meetingId: String(meeting.id) }, context }));
    expect(stale.status).toBe(409);
    const done = await outcome(async () => meetingAction({ request: await post(LEADER, `/prosjekter/1/styring/moter/${meeting.id}`, status(2, "fullfort")), params: { projectId: "1", meetingId: String(meeting.id) }, context }));
    expect(done.status).toBe(302);
    expect(listOpenDecisions(1).some((d) => d.id === decision.id)).toBe(false);
    const member = await outcome(async () => meetingAction({ request: await post(MEMBER, `/prosjekter/1/styring/moter/${meeting.id}`, status(3, "apen")), params: { projectId: "1", meetingId: String(meeting.id) }, context }));
    expect(member.status).toBe(403);
  });

  it("lets a decision's owner follow it up, names the owner as in Trinnvis, and refuses an owner from outside the project", async () => {
    const steering = getUserByEmail(STEERING)!.id;
    const memberId = getUserByEmail(MEMBER)!.id;
    const meeting = createMeeting({ projectId: 1, userId: steering, date: "2013-05-02", place: "", notes: "", attendeeUserIds: [], otherAttendees: ["Gjest"] });
    const meetingArgs = async (user: string, form: Record<string, string>) =>
      outcome(async () => meetingAction({ request: await post(user, `/prosjekter/1/styring/moter/${meeting.id}`, form), params: { projectId: "1", meetingId: String(meeting.id) }, context }));
    const created = await meetingArgs(STEERING, { intent: "nytt-vedtak", text: "Medarbeideren følger opp", ownerUserId: String(memberId), owner: "" });
    expect(created.status).toBe(302);
    const decision = listOpenDecisions(1).find((d) => d.text === "Medarbeideren følger opp")!;
    expect(decision).toMatchObject({ ownerUserId: memberId, owner: getUserByEmail(MEMBER)!.name });
    const status = (value: string) => ({ intent: "vedtak-status", decisionId: String(decision.id), version: "1", status: value });
    expect((await meetingArgs(MEMBER, status("fullfort"))).status).toBe(302);
    expect(listOpenDecisions(1).some((d) => d.id === decision.id)).toBe(false);

    const outsider = getUserByEmail("prosjektleder2@trinnvis.test")!.id;
    const foreign = await meetingArgs(STEERING, { intent: "nytt-vedtak", text: "Utenfra", ownerUserId: String(outsider) });
    expect((await foreign.json()).result.error.ownerUserId).toEqual(["Velg en av prosjektets medlemmer"]);
    const nobody = await meetingArgs(STEERING, { intent: "nytt-vedtak", text: "Uten ansvarlig" });
    expect((await nobody.json()).result.error.ownerUserId).toEqual(["Velg hvem som er ansvarlig, eller skriv navnet til en uten konto"]);
    // A member may not create decisions, even with a form that names themselves.
    expect((await meetingArgs(MEMBER, { intent: "nytt-vedtak", text: "Selv", ownerUserId: String(memberId) })).status).toBe(403);
  });

  it("refuses a decision linked to another project's tiltak", async () => {
    const steering = getUserByEmail(STEERING)!.id;
    const meeting = createMeeting({ projectId: 1, userId: steering, date: "2013-04-01", place: "", notes: "", attendeeUserIds: [], otherAttendees: ["Gjest"] });
    const foreignTiltak = getDb().select().from((await import("../../db/schema")).tiltak).all().find((t) => t.projectId === 2)!;
    const response = await outcome(async () =>
      meetingAction({ request: await post(STEERING, `/prosjekter/1/styring/moter/${meeting.id}`, { intent: "nytt-vedtak", text: "X", owner: "Y", tiltakId: String(foreignTiltak.id) }), params: { projectId: "1", meetingId: String(meeting.id) }, context }),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).result.error.tiltakId).toEqual(["Velg et tiltak i prosjektet"]);
  });
});

describe("a sent report", () => {
  it("cannot be changed by a POST, and its Word file is served to members only", async () => {
    const leader = getUserByEmail(LEADER)!.id;
    const report = createReport({ projectId: 1, userId: leader, title: "Låst", periodStart: "2012-01-01", periodEnd: "2012-12-31" });
    const url = `/prosjekter/1/rapporter/${report.id}`;
    const params = { projectId: "1", reportId: String(report.id) };
    // The form carries every section's text; a crafted one without them is refused, and nothing is frozen.
    const texts = Object.fromEntries(narrativeKeys(buildReportContent(1, getReport(1, report.id)!)).map((key) => [`text.${key}`, ""]));
    const crafted = await outcome(async () => reportAction({ request: await post(LEADER, url, { intent: "send", version: "1", "text.sammendrag": "Bare én tekst" }), params, context }));
    expect(crafted.status).toBe(400);
    expect(getReport(1, report.id)!.status).toBe("utkast");
    expect((await outcome(async () => reportAction({ request: await post(LEADER, url, { intent: "send", version: "1", ...texts, "text.sammendrag": "Sendt tekst" }), params, context }))).status).toBe(302);
    const edit = await outcome(async () => reportAction({ request: await post(LEADER, url, { intent: "lagre", version: String(getReport(1, report.id)!.version), ...texts, "text.sammendrag": "Endret" }), params, context }));
    expect(edit.status).toBe(409);
    expect((await edit.json()).error[""][0]).toContain("sendt og låst");
    expect(getReport(1, report.id)!.narrative.sammendrag).toBe("Sendt tekst");
    expect((await outcome(async () => reportAction({ request: await post(MEMBER, url, { intent: "ny-versjon" }), params, context }))).status).toBe(403);
    expect((await outcome(async () => reportAction({ request: await post(STEERING, url, { intent: "lagre", version: "1" }), params, context }))).status).toBe(403);

    // The Word file is made as a job, for everyone who reads the report and for nobody else.
    const word = async (email: string) => outcome(async () => reportAction({ request: await post(email, url, { intent: "word", versjon: "1" }), params, context }));
    const started = await word(STEERING);
    expect(started.status).toBe(302);
    expect(started.headers.get("Location")).toMatch(/^\/jobber\/\d+$/);
    expect((await word(OTHER_LEADER)).status).toBe(404);
  });
});
