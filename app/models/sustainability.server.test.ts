import { beforeAll, describe, expect, it } from "vitest";
import { getDb, getDbHandle } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { getUserByEmail } from "./user.server";
import { getRoundDetail, latestSignedAudit, listRounds, profileOf, saveAnswers, saveReviews, signRound, startRound, submittedAnswers } from "./sustainability.server";

const HELT = 1;
const idOf = (email: string) => getUserByEmail(email)!.id;
let leader: number, member: number, advisor: number;

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
  leader = idOf("prosjektleder@trinnvis.test");
  member = idOf("medarbeider@trinnvis.test");
  advisor = idOf("radgiver@trinnvis.test");
});

const FACTORS = ["fordeler", "troverdighet", "tilpasningsevne", "overvaking", "involvering-opplaering", "holdninger", "toppledelse", "fagledelse", "strategisk-samsvar", "infrastruktur"];
const all = (level: string) => FACTORS.map((itemId) => ({ itemId, level, answer: "", note: "", evidence: "" }));

describe("a sustainability round", () => {
  it("follows the latest round with the same instrument, so change can be shown", () => {
    const powell = startRound({ projectId: HELT, userId: leader, instrumentId: "powell", title: "Powell igjen", raterIds: [leader, member] })!;
    const seeded = listRounds(HELT).find((r) => r.title === "Statusrapporten januar 2013")!;
    expect(powell.previousRoundId).toBe(seeded.id);
    const model = startRound({ projectId: HELT, userId: leader, instrumentId: "baerekraftsmodell", title: "Første modellrunde", raterIds: [leader, member] })!;
    expect(model.previousRoundId).toBeNull();
  });

  it("keeps a draft apart from what counts, refuses a second hand-in and anyone not chosen", () => {
    const round = startRound({ projectId: HELT, userId: leader, instrumentId: "baerekraftsmodell", title: "Utkast", raterIds: [leader, member] })!;
    expect(saveAnswers({ projectId: HELT, roundId: round.id, userId: leader, answers: all("b"), submit: false })).toEqual({ status: "saved" });
    expect(submittedAnswers(getRoundDetail(HELT, round.id)!)).toHaveLength(0);
    expect(saveAnswers({ projectId: HELT, roundId: round.id, userId: leader, answers: all("a"), submit: true })).toEqual({ status: "saved" });
    expect(submittedAnswers(getRoundDetail(HELT, round.id)!).map((a) => a.level)).toEqual(FACTORS.map(() => "a"));
    expect(saveAnswers({ projectId: HELT, roundId: round.id, userId: leader, answers: all("d"), submit: true })).toMatchObject({ status: "refused" });
    expect(saveAnswers({ projectId: HELT, roundId: round.id, userId: advisor, answers: all("d"), submit: true })).toMatchObject({ status: "refused" });
    expect(saveAnswers({ projectId: 2, roundId: round.id, userId: leader, answers: all("d"), submit: true })).toEqual({ status: "not_found" });
  });

  it("is signed only when everyone has handed in and every item is reviewed, and is frozen afterwards", () => {
    const round = startRound({ projectId: HELT, userId: leader, instrumentId: "baerekraftsmodell", title: "Til signering", raterIds: [leader, advisor] })!;
    saveAnswers({ projectId: HELT, roundId: round.id, userId: leader, answers: all("b"), submit: true });
    expect(signRound({ projectId: HELT, roundId: round.id, userId: advisor })).toMatchObject({ status: "refused", message: expect.stringContaining("Tone Berg") });
    saveAnswers({ projectId: HELT, roundId: round.id, userId: advisor, answers: all("d"), submit: true });
    expect(signRound({ projectId: HELT, roundId: round.id, userId: advisor })).toMatchObject({ status: "refused", message: expect.stringContaining("10 mangler") });
    const reviews = FACTORS.map((itemId) => ({ itemId, verdict: "trenger_arbeid" as const, comment: "", plannedAction: itemId === "fordeler" ? "Vis gevinstene" : "" }));
    expect(saveReviews({ projectId: HELT, roundId: round.id, userId: advisor, reviews })).toEqual({ status: "saved" });
    expect(signRound({ projectId: HELT, roundId: round.id, userId: advisor, now: "2030-01-01T10:00:00.000Z" })).toEqual({ status: "saved" });

    expect(saveReviews({ projectId: HELT, roundId: round.id, userId: advisor, reviews: [] })).toEqual({ status: "signed" });
    expect(signRound({ projectId: HELT, roundId: round.id, userId: advisor })).toEqual({ status: "signed" });
    expect(getRoundDetail(HELT, round.id)!.reviews).toHaveLength(10);
    expect(() => getDbHandle().sqlite.prepare("UPDATE sustainability_answers SET level = 'a' WHERE round_id = ?").run(round.id)).toThrow(/signed/);
    expect(() => getDbHandle().sqlite.prepare("UPDATE sustainability_rounds SET title = 'x' WHERE id = ?").run(round.id)).toThrow(/signed/);

    const profile = profileOf(HELT, getRoundDetail(HELT, round.id)!)!;
    expect(profile.factors.find((f) => f.id === "fordeler")).toMatchObject({ mean: 2, spread: 2, disagreement: "strong" });
    const audit = latestSignedAudit(HELT)!;
    expect(audit.roundId).toBe(round.id);
    expect(audit.weakest).toHaveLength(10);
    expect(audit.weakFactorsWithoutAction).toHaveLength(9);
  });
});

describe("the demo audit", () => {
  it("is the report's Powell round, signed by the advisor, weakest where the report found gaps", () => {
    const seeded = listRounds(HELT).find((r) => r.title === "Statusrapporten januar 2013")!;
    expect(seeded).toMatchObject({ status: "signert", instrumentId: "powell" });
    expect(seeded.raters.every((r) => r.submittedAt)).toBe(true);
    const profile = profileOf(HELT, getRoundDetail(HELT, seeded.id)!)!;
    expect(profile.weakest.map((f) => f.id).sort()).toEqual(["brukere-evaluerer", "ledere-har-data", "mal-i-planer"]);
  });
});
