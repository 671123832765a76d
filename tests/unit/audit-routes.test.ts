// The sustainability audit and readiness routes, called with real Requests on a seeded database.
import type { AppLoadContext } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { getRoundDetail, listRounds, saveAnswers, startRound } from "../../app/models/sustainability.server";
import { getUserByEmail } from "../../app/models/user.server";
import { loader as roundLoader, action as roundAction } from "../../app/routes/prosjekter.$projectId.barekraft.$roundId";
import { action as roundsAction } from "../../app/routes/prosjekter.$projectId.barekraft._index";
import { loader as readinessLoader, action as readinessAction } from "../../app/routes/prosjekter.$projectId.klar-for-drift";
import { loader as portfolioLoader } from "../../app/routes/portefolje";
import { getAs as get, postAs as post, responseOf as outcome } from "./requests";

const context = {} as AppLoadContext;
const LEADER = "prosjektleder@trinnvis.test";
const MEMBER = "medarbeider@trinnvis.test";
const ADVISOR = "radgiver@trinnvis.test";
const STEERING = "styringsgruppe@trinnvis.test";
const OTHER_LEADER = "prosjektleder2@trinnvis.test";

const POWELL = ["ledere-identifisert", "ledere-kjenner-prosjektet", "ledere-pavirket", "rapportering-til-ledere", "medarbeidere-informert", "medarbeidere-pavirker", "alle-parter-hort", "mal-i-planer", "brukere-pavirker", "brukere-evaluerer", "ledere-har-data"];
const allAnswered = (level: string) => POWELL.map((itemId) => ({ itemId, level, answer: "", note: "", evidence: "" }));

let openRoundId: number;
let signedRoundId: number;

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
  const id = (email: string) => getUserByEmail(email)!.id;
  openRoundId = startRound({ projectId: 1, userId: id(LEADER), instrumentId: "powell", title: "Åpen runde", raterIds: [id(LEADER), id(MEMBER)] })!.id;
  saveAnswers({ projectId: 1, roundId: openRoundId, userId: id(LEADER), answers: allAnswered("ja"), submit: true });
  saveAnswers({ projectId: 1, roundId: openRoundId, userId: id(MEMBER), answers: allAnswered("nei"), submit: false });
  signedRoundId = listRounds(1).find((r) => r.status === "signert")!.id;
});

const roundUrl = (roundId: number) => `/prosjekter/1/barekraft/${roundId}`;
const loadRound = async (email: string, roundId: number) => (await outcome(async () => roundLoader({ request: await get(email, roundUrl(roundId)), params: { projectId: "1", roundId: String(roundId) }, context }))).json();
const postRound = async (email: string, roundId: number, fields: Record<string, string>) =>
  outcome(async () => roundAction({ request: await post(email, roundUrl(roundId), fields), params: { projectId: "1", roundId: String(roundId) }, context }));

describe("round page: nobody sees the others' answers before handing in their own", () => {
  it("shows a rater who has not handed in only their own draft", async () => {
    const data = await loadRound(MEMBER, openRoundId);
    expect(data).toMatchObject({ canView: false, canAnswer: true, answers: [], profile: null });
    expect(data.ownAnswers["ledere-identifisert"].level).toBe("nei");
  });

  it("shows a rater who has handed in the submitted answers only, not the others' drafts", async () => {
    const data = await loadRound(LEADER, openRoundId);
    expect(data.canView).toBe(true);
    expect(new Set(data.answers.map((a: { level: string }) => a.level))).toEqual(new Set(["ja"]));
  });

  it("shows the steering group nothing of an open round, and everything of a signed one", async () => {
    expect(await loadRound(STEERING, openRoundId)).toMatchObject({ canView: false, answers: [] });
    const signed = await loadRound(STEERING, signedRoundId);
    expect(signed.canView).toBe(true);
    expect(signed.answers).toHaveLength(33);
    expect(signed.reviews).toHaveLength(11);
  });

  it("answers 404 to the other project's leader", async () => {
    const response = await outcome(async () => roundLoader({ request: await get(OTHER_LEADER, roundUrl(openRoundId)), params: { projectId: "1", roundId: String(openRoundId) }, context }));
    expect(response.status).toBe(404);
  });
});

describe("round actions", () => {
  it("refuses to hand in with items unanswered, naming the item", async () => {
    const response = await postRound(MEMBER, openRoundId, { intent: "lever-svar", "answers.ledere-identifisert.level": "ja" });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.result.error["answers.ledere-kjenner-prosjektet.level"]).toEqual(["Velg et svar før du leverer"]);
  });

  it("refuses any change to a signed audit with 409, and leaves it as it was", async () => {
    const before = getRoundDetail(1, signedRoundId)!;
    const answer = await postRound(ADVISOR, signedRoundId, { intent: "lagre-svar", "answers.ledere-identifisert.level": "nei" });
    expect(answer.status).toBe(409);
    expect((await answer.json()).result.error[""][0]).toContain("signert");
    const review = await postRound(ADVISOR, signedRoundId, { intent: "lagre-vurdering", "reviews.ledere-identifisert.verdict": "godkjent" });
    expect(review.status).toBe(409);
    expect((await postRound(ADVISOR, signedRoundId, { intent: "signer" })).status).toBe(409);
    expect(getRoundDetail(1, signedRoundId)).toEqual(before);
  });

  it("lets only the advisor review and sign, and not the steering group at all", async () => {
    expect((await postRound(MEMBER, openRoundId, { intent: "lagre-vurdering" })).status).toBe(403);
    expect((await postRound(LEADER, openRoundId, { intent: "signer" })).status).toBe(403);
    expect((await postRound(STEERING, openRoundId, { intent: "lagre-svar" })).status).toBe(403);
    expect((await postRound(OTHER_LEADER, openRoundId, { intent: "lagre-svar" })).status).toBe(404);
  });

  it("starts a new round from a signed one, with the same raters, following it", async () => {
    const response = await postRound(LEADER, signedRoundId, { intent: "ny-runde-fra" });
    expect(response.status).toBe(302);
    const newest = listRounds(1)[0];
    expect(newest).toMatchObject({ status: "apen", previousRoundId: expect.any(Number) });
    expect(newest.raters).toHaveLength(3);
  });

  it("refuses raters from outside the project when a round is started", async () => {
    const outsider = getUserByEmail(OTHER_LEADER)!.id;
    const request = await post(LEADER, "/prosjekter/1/barekraft", { intent: "ny-runde", title: "X", instrumentId: "powell", raterIds: String(outsider) });
    const response = await outcome(() => roundsAction({ request, params: { projectId: "1" }, context }));
    expect(response.status).toBe(400);
    expect((await response.json()).error.raterIds[0]).toBe("Velg vurderere blant prosjektets medlemmer");
  });
});

describe("readiness page", () => {
  const load = async (email: string, query = "") => outcome(async () => readinessLoader({ request: await get(email, `/prosjekter/1/klar-for-drift${query}`), params: { projectId: "1" }, context }));
  const act = async (email: string, fields: Record<string, string>) =>
    outcome(async () => readinessAction({ request: await post(email, "/prosjekter/1/klar-for-drift", fields), params: { projectId: "1" }, context }));

  it("assesses the ended demo project as of its end date, or the date asked for", async () => {
    expect(await (await load(STEERING)).json()).toMatchObject({ asOf: "2013-12-31", readiness: { verdict: "ikke_klar" }, canAnswer: false });
    expect((await (await load(STEERING, "?dato=2013-02-01")).json()).asOf).toBe("2013-02-01");
  });

  it("lets the data answer what it can: a computed check can only be marked not relevant", async () => {
    const response = await act(LEADER, { intent: "svar", checkId: "ledere-forankret", status: "bestatt", evidence: "Tro meg" });
    expect(response.status).toBe(400);
    expect((await response.json()).result.error.status[0]).toContain("kan bare markeres som ikke relevant");
    const noReason = await act(LEADER, { intent: "svar", checkId: "ledere-forankret", status: "ikke_relevant" });
    expect((await noReason.json()).result.error.notRelevantReason).toEqual(["Skriv hvorfor punktet ikke er relevant"]);
  });

  it("dates an answer: the day given (never in the future), else the day the page looks at, and uses it only from then", async () => {
    const answer = { intent: "svar", checkId: "brukere-i-utformingen", status: "bestatt", evidence: "Brukerpanelet vurderer forløpet" };
    const future = await act(LEADER, { ...answer, answeredOn: "2999-01-01" });
    expect((await future.json()).result.error.answeredOn).toEqual(["Gjelder fra kan ikke være fram i tid"]);
    expect((await act(LEADER, { ...answer, answeredOn: "2013-06-01" })).status).toBe(302);
    const check = async (query: string) => (await (await load(LEADER, query)).json()).readiness.checks.find((c: { id: string }) => c.id === "brukere-i-utformingen");
    expect(await check("?dato=2013-06-01")).toMatchObject({ status: "bestatt", evidence: "Brukerpanelet vurderer forløpet" });
    expect(await check("?dato=2013-05-31")).toMatchObject({ status: "ikke_bestatt" });
    // Without a day, an answer given while looking at the ended project holds from its end date.
    expect((await act(LEADER, { ...answer, answeredOn: "" })).status).toBe(302);
    expect((await (await load(LEADER)).json()).answers["brukere-i-utformingen"].answeredOn).toBe("2013-12-31");
  });

  it("lets only the project leader answer, and the advisor keep snapshots", async () => {
    expect((await act(MEMBER, { intent: "svar", checkId: "brukere-i-utformingen", status: "bestatt", evidence: "x" })).status).toBe(403);
    expect((await act(ADVISOR, { intent: "svar", checkId: "brukere-i-utformingen", status: "bestatt", evidence: "x" })).status).toBe(403);
    expect((await act(ADVISOR, { intent: "oyeblikksbilde", asOf: "2013-02-01" })).status).toBe(302);
    expect((await (await load(STEERING)).json()).snapshots[0]).toMatchObject({ asOf: "2013-02-01", verdict: "ikke_klar" });
  });
});

describe("advisor portfolio", () => {
  it("lists the advisor's projects with the last signed audit and its weakest factors", async () => {
    const data = (await (await outcome(async () => portfolioLoader({ request: await get(ADVISOR, "/portefolje"), params: {}, context }))).json()).portfolio;
    const helt = data.rows.find((p: { id: number }) => p.id === 1);
    expect(helt.audit).toMatchObject({ title: "Statusrapporten januar 2013" });
    expect(helt.audit.weakest).toContain("Har lederne data om egen tjeneste, og følger de med på kjerneprosessene?");
    expect(data.rows.find((p: { id: number }) => p.id === 2).audit).toBeNull();
  });

  it("is not there for someone in one project who advises none", async () => {
    expect((await outcome(async () => portfolioLoader({ request: await get(LEADER, "/portefolje"), params: {}, context }))).status).toBe(404);
  });
});
