import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { organisations, projectMemberships, sustainabilityAnswers, sustainabilityRaters, sustainabilityReviews, sustainabilityRounds, users, REVIEW_VERDICTS } from "../../db/schema";
import { profileRound, type RoundProfile } from "../domain/sustainability";
import { getInstrument, instrumentItems } from "../utils/instruments.server";
import { writeAudit } from "./audit.server";
import { changedFields } from "../utils/audit-changes.server";

export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];
export type AnswerInput = { itemId: string; level: string | null; answer: string; note: string; evidence: string };
export type ReviewInput = { itemId: string; verdict: ReviewVerdict | null; comment: string; plannedAction: string };

/** What a write to a round came to. A signed round refuses every write: start a new round instead. */
export type RoundWriteResult =
  | { status: "saved" }
  | { status: "not_found" }
  | { status: "signed" }
  | { status: "refused"; message: string };

const SIGNED_MESSAGE = "Runden er signert og kan ikke endres. Start en ny runde for å gjøre en ny vurdering.";
export const roundRefusal = (result: RoundWriteResult) =>
  result.status === "signed" ? SIGNED_MESSAGE : result.status === "refused" ? result.message : null;

function ratersOf(roundIds: number[]) {
  if (roundIds.length === 0) return [];
  return getDb()
    .select({ roundId: sustainabilityRaters.roundId, userId: users.id, name: users.name, submittedAt: sustainabilityRaters.submittedAt })
    .from(sustainabilityRaters)
    .innerJoin(users, eq(users.id, sustainabilityRaters.userId))
    .where(inArray(sustainabilityRaters.roundId, roundIds))
    .orderBy(users.name)
    .all();
}

/** The project's rounds, newest first, with who rates and who has submitted. */
export function listRounds(projectId: number) {
  const rounds = getDb()
    .select({ round: sustainabilityRounds, signerName: users.name })
    .from(sustainabilityRounds)
    .leftJoin(users, eq(users.id, sustainabilityRounds.signedBy))
    .where(eq(sustainabilityRounds.projectId, projectId))
    .orderBy(desc(sustainabilityRounds.startedAt), desc(sustainabilityRounds.id))
    .all();
  const raters = ratersOf(rounds.map((r) => r.round.id));
  return rounds.map(({ round, signerName }) => ({ ...round, signerName, raters: raters.filter((r) => r.roundId === round.id) }));
}

export function getRound(projectId: number, roundId: number) {
  return (
    getDb()
      .select()
      .from(sustainabilityRounds)
      .where(and(eq(sustainabilityRounds.id, roundId), eq(sustainabilityRounds.projectId, projectId)))
      .get() ?? null
  );
}

/** A round with its raters, every answer and the advisor's reviews. Callers decide what a viewer may see. */
export function getRoundDetail(projectId: number, roundId: number) {
  const round = getRound(projectId, roundId);
  if (!round) return null;
  const db = getDb();
  const signer = round.signedBy ? db.select({ name: users.name }).from(users).where(eq(users.id, round.signedBy)).get() : null;
  return {
    round: { ...round, signerName: signer?.name ?? null },
    raters: ratersOf([round.id]),
    answers: db.select().from(sustainabilityAnswers).where(eq(sustainabilityAnswers.roundId, round.id)).all(),
    reviews: db.select().from(sustainabilityReviews).where(eq(sustainabilityReviews.roundId, round.id)).all(),
  };
}

/** The answers of raters who have submitted: the only ones that count, and the only ones ever shown to others. */
export function submittedAnswers(detail: NonNullable<ReturnType<typeof getRoundDetail>>) {
  const submitted = new Set(detail.raters.filter((r) => r.submittedAt).map((r) => r.userId));
  return detail.answers.filter((a) => submitted.has(a.userId));
}

/** Starts a round; it follows the latest earlier round with the same instrument, so change can be shown. */
export function startRound(input: { projectId: number; userId: number; instrumentId: string; title: string; raterIds: number[]; now?: string }) {
  const instrument = getInstrument(input.instrumentId);
  if (!instrument) return null;
  return getDb().transaction((tx) => {
    const previous = tx
      .select({ id: sustainabilityRounds.id })
      .from(sustainabilityRounds)
      .where(and(eq(sustainabilityRounds.projectId, input.projectId), eq(sustainabilityRounds.instrumentId, instrument.id)))
      .orderBy(desc(sustainabilityRounds.startedAt), desc(sustainabilityRounds.id))
      .get();
    const round = tx
      .insert(sustainabilityRounds)
      .values({
        projectId: input.projectId,
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        title: input.title,
        startedAt: input.now ?? new Date().toISOString(),
        previousRoundId: previous?.id ?? null,
      })
      .returning()
      .get();
    tx.insert(sustainabilityRaters)
      .values([...new Set(input.raterIds)].map((userId) => ({ roundId: round.id, userId })))
      .run();
    writeAudit({ userId: input.userId, action: "create", entityType: "sustainability_round", entityId: round.id, projectId: input.projectId });
    return round;
  });
}

function openRoundOrRefusal(projectId: number, roundId: number): RoundWriteResult | null {
  const round = getRound(projectId, roundId);
  if (!round) return { status: "not_found" };
  if (round.status === "signert") return { status: "signed" };
  return null;
}

/**
 * Saves a rater's own answers; with `submit` they are handed in and can no longer be changed, and the
 * rater may then see the others' answers.
 */
export function saveAnswers(input: { projectId: number; roundId: number; userId: number; answers: AnswerInput[]; submit: boolean; now?: string }): RoundWriteResult {
  return getDb().transaction((tx) => {
    const refusal = openRoundOrRefusal(input.projectId, input.roundId);
    if (refusal) return refusal;
    const rater = tx
      .select()
      .from(sustainabilityRaters)
      .where(and(eq(sustainabilityRaters.roundId, input.roundId), eq(sustainabilityRaters.userId, input.userId)))
      .get();
    if (!rater) return { status: "refused", message: "Du er ikke valgt som vurderer i denne runden." };
    if (rater.submittedAt) return { status: "refused", message: "Du har allerede levert svarene dine i denne runden." };
    const before = tx
      .delete(sustainabilityAnswers)
      .where(and(eq(sustainabilityAnswers.roundId, input.roundId), eq(sustainabilityAnswers.userId, input.userId)))
      .returning()
      .all();
    if (input.answers.length) {
      tx.insert(sustainabilityAnswers)
        .values(input.answers.map((a) => ({ ...a, roundId: input.roundId, userId: input.userId })))
        .run();
    }
    if (input.submit) {
      tx.update(sustainabilityRaters)
        .set({ submittedAt: input.now ?? new Date().toISOString() })
        .where(and(eq(sustainabilityRaters.roundId, input.roundId), eq(sustainabilityRaters.userId, input.userId), isNull(sustainabilityRaters.submittedAt)))
        .run();
    }
    const changes = itemChanges(before, input.answers, ["level", "answer", "note", "evidence"]);
    writeAudit({ userId: input.userId, action: "update", entityType: "sustainability_answers", entityId: input.roundId, projectId: input.projectId, detail: { submitted: input.submit, changes } });
    return { status: "saved" };
  });
}

/** Per item and field («itemId.level»), what a rewrite of a round's rows changed, texts hashed. */
function itemChanges(before: { itemId: string }[], after: { itemId: string }[], fields: string[]) {
  const flat = (rows: { itemId: string }[]) => Object.fromEntries(rows.flatMap((row) => fields.map((f) => [`${row.itemId}.${f}`, (row as Record<string, unknown>)[f] ?? null])));
  const old = flat(before);
  const now = flat(after);
  const names = [...new Set([...Object.keys(old), ...Object.keys(now)])];
  // «level» and «verdict» are codes from the instrument, shown as they are.
  return changedFields(old, now, names, { plain: names.filter((n) => n.endsWith(".level") || n.endsWith(".verdict")) });
}

/** The advisor's comment, verdict and planned action per item, while the round is open. */
export function saveReviews(input: { projectId: number; roundId: number; userId: number; reviews: ReviewInput[] }): RoundWriteResult {
  return getDb().transaction((tx) => {
    const refusal = openRoundOrRefusal(input.projectId, input.roundId);
    if (refusal) return refusal;
    const before = tx.delete(sustainabilityReviews).where(eq(sustainabilityReviews.roundId, input.roundId)).returning().all();
    if (input.reviews.length) {
      tx.insert(sustainabilityReviews)
        .values(input.reviews.map((r) => ({ ...r, roundId: input.roundId })))
        .run();
    }
    const changes = itemChanges(before, input.reviews, ["verdict", "comment", "plannedAction"]);
    writeAudit({ userId: input.userId, action: "update", entityType: "sustainability_reviews", entityId: input.roundId, projectId: input.projectId, detail: { changes } });
    return { status: "saved" };
  });
}

/**
 * Signs the audit off: every rater has submitted and every item has the advisor's verdict. From then
 * on the round is frozen (the model refuses writes, and triggers refuse changes to its rows).
 */
export function signRound(input: { projectId: number; roundId: number; userId: number; now?: string }): RoundWriteResult {
  return getDb().transaction((tx) => {
    const refusal = openRoundOrRefusal(input.projectId, input.roundId);
    if (refusal) return refusal;
    const detail = getRoundDetail(input.projectId, input.roundId)!;
    const instrument = getInstrument(detail.round.instrumentId);
    const waiting = detail.raters.filter((r) => !r.submittedAt);
    if (waiting.length) return { status: "refused", message: `Venter på svar fra ${waiting.map((r) => r.name).join(", ")}.` };
    const itemIds = instrument ? instrumentItems(instrument).map((f) => f.id) : [];
    const unreviewed = itemIds.filter((id) => !detail.reviews.some((r) => r.itemId === id && r.verdict));
    if (unreviewed.length) return { status: "refused", message: `Gi en vurdering (godkjent eller trenger arbeid) av alle punktene før du signerer. ${unreviewed.length} mangler.` };
    tx.update(sustainabilityRounds)
      .set({ status: "signert", signedAt: input.now ?? new Date().toISOString(), signedBy: input.userId })
      .where(and(eq(sustainabilityRounds.id, input.roundId), eq(sustainabilityRounds.status, "apen")))
      .run();
    writeAudit({ userId: input.userId, action: "update", entityType: "sustainability_round", entityId: input.roundId, projectId: input.projectId, detail: { signed: true, changes: changedFields(detail.round, { ...detail.round, status: "signert" }, ["status"]) } });
    return { status: "saved" };
  });
}

/** The profile of a round from submitted answers, against the round it follows. */
export function profileOf(projectId: number, detail: NonNullable<ReturnType<typeof getRoundDetail>>): RoundProfile | null {
  const instrument = getInstrument(detail.round.instrumentId);
  if (!instrument) return null;
  const previous = detail.round.previousRoundId ? getRoundDetail(projectId, detail.round.previousRoundId) : null;
  return profileRound(instrument, submittedAnswers(detail), previous ? submittedAnswers(previous) : null);
}

/** A signed audit: when, its weakest factors, and which of them have no planned action. */
function signedAudit(projectId: number, roundId: number) {
  const detail = getRoundDetail(projectId, roundId);
  const profile = detail ? profileOf(projectId, detail) : null;
  if (!detail || !profile || !detail.round.signedAt) return null;
  const hasAction = (itemId: string) => detail.reviews.some((r) => r.itemId === itemId && r.plannedAction.trim());
  return {
    roundId: detail.round.id,
    title: detail.round.title,
    instrumentName: getInstrument(detail.round.instrumentId)?.name ?? detail.round.instrumentId,
    signedAt: detail.round.signedAt,
    weakest: profile.weakest.map((f) => f.name),
    weakFactorsWithoutAction: profile.weakest.filter((f) => !hasAction(f.id)).map((f) => f.name),
  };
}

/** The project's signed audits, oldest first. */
export function listSignedAudits(projectId: number) {
  return getDb()
    .select({ id: sustainabilityRounds.id })
    .from(sustainabilityRounds)
    .where(and(eq(sustainabilityRounds.projectId, projectId), eq(sustainabilityRounds.status, "signert")))
    .orderBy(sustainabilityRounds.signedAt, sustainabilityRounds.id)
    .all()
    .flatMap((r) => signedAudit(projectId, r.id) ?? []);
}

/** The latest signed audit signed on or before a day (any day when none is given). */
export function latestSignedAudit(projectId: number, asOf?: string) {
  return listSignedAudits(projectId).filter((a) => !asOf || a.signedAt.slice(0, 10) <= asOf).at(-1) ?? null;
}

/** Every round as dated facts: started, signed, its weak factors without a plan, and the organisation level of each rater. */
export function listRoundFacts(projectId: number) {
  const db = getDb();
  const rounds = db.select().from(sustainabilityRounds).where(eq(sustainabilityRounds.projectId, projectId)).all();
  if (rounds.length === 0) return [];
  const signed = new Map(listSignedAudits(projectId).map((a) => [a.roundId, a]));
  const raters = db
    .select({ roundId: sustainabilityRaters.roundId, level: organisations.level, submittedAt: sustainabilityRaters.submittedAt })
    .from(sustainabilityRaters)
    .innerJoin(sustainabilityRounds, eq(sustainabilityRounds.id, sustainabilityRaters.roundId))
    .leftJoin(projectMemberships, and(eq(projectMemberships.projectId, projectId), eq(projectMemberships.userId, sustainabilityRaters.userId)))
    .leftJoin(organisations, eq(organisations.id, projectMemberships.organisationId))
    .where(eq(sustainabilityRounds.projectId, projectId))
    .all();
  return rounds.map((r) => ({
    startedAt: r.startedAt,
    signedAt: r.signedAt,
    weakFactorsWithoutAction: signed.get(r.id)?.weakFactorsWithoutAction ?? [],
    raters: raters.filter((x) => x.roundId === r.id).map((x) => ({ level: x.level ?? null, submittedAt: x.submittedAt })),
  }));
}
