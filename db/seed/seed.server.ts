import { count, eq } from "drizzle-orm";
import type { Db, Tx } from "../client.server";
import * as t from "../schema";
import { hashPassword } from "../../app/utils/password.server";
import { heltDemo } from "./demo-helt";
import { pakkeforlopDemo } from "./demo-pakkeforlop";
import type { DemoProject } from "./demo-spec";

export const DEMO_PASSWORD = "trinnvis-demo";
export const DEMO_ADMIN = { email: "admin@trinnvis.test", name: "Astrid Admin" };
export const DEMO_PROJECTS = [heltDemo, pakkeforlopDemo];


/** Seeds both demo projects and the admin when the database has no users yet. Returns whether it seeded. */
export async function seedDemoDataIfEmpty(db: Db): Promise<boolean> {
  const existing = db.select({ n: count() }).from(t.users).get();
  if ((existing?.n ?? 0) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  db.transaction((tx) => {
    tx.insert(t.users).values({ ...DEMO_ADMIN, passwordHash, isAdmin: true }).run();
    for (const project of DEMO_PROJECTS) insertDemoProject(tx, project, passwordHash);
  });
  return true;
}

function upsertOrganisation(tx: Tx, org: { name: string; level: t.OrganisationLevel; kind?: string }) {
  const found = tx.select().from(t.organisations).where(eq(t.organisations.name, org.name)).get();
  return found ?? tx.insert(t.organisations).values({ name: org.name, level: org.level, kind: org.kind ?? null }).returning().get();
}

function upsertUser(tx: Tx, person: { email: string; name: string; canLogIn?: boolean }, passwordHash: string) {
  const found = tx.select().from(t.users).where(eq(t.users.email, person.email)).get();
  return found ?? tx.insert(t.users).values({ email: person.email, name: person.name, passwordHash: person.canLogIn ? passwordHash : null }).returning().get();
}

export function insertDemoProject(tx: Tx, spec: DemoProject, passwordHash: string) {
  const project = tx
    .insert(t.projects)
    .values({
      name: spec.name, shortName: spec.shortName, description: spec.description, owner: spec.owner, funder: spec.funder,
      targetGroup: spec.targetGroup, currentStep: spec.currentStep, startDate: spec.startDate, endDate: spec.endDate,
    })
    .returning()
    .get();
  const projectId = project.id;

  spec.phases.forEach((phase, i) => tx.insert(t.projectPhases).values({ projectId, ...phase, sortOrder: i }).run());

  const orgIds = new Map<string, number>();
  for (const org of spec.organisations) {
    const row = upsertOrganisation(tx, org);
    orgIds.set(org.name, row.id);
    tx.insert(t.projectOrganisations)
      .values({ projectId, organisationId: row.id, region: org.region ?? null, participation: org.participation ?? "deltaker" })
      .run();
  }
  const orgId = (name: string) => {
    const id = orgIds.get(name);
    if (id === undefined) throw new Error(`Demodata: organisasjonen «${name}» er ikke med i prosjektet ${spec.name}`);
    return id;
  };
  const municipalityIds = spec.organisations.filter((o) => o.level === "kommune").map((o) => orgId(o.name));

  const userIds = new Map<string, number>();
  for (const person of spec.people) {
    const user = upsertUser(tx, person, passwordHash);
    userIds.set(person.email, user.id);
    tx.insert(t.projectMemberships)
      .values({ projectId, userId: user.id, role: person.role, position: person.position, organisationId: person.organisation ? orgId(person.organisation) : null, since: person.since ?? spec.startDate })
      .run();
  }

  for (const group of spec.groups ?? []) {
    const groupId = tx.insert(t.projectGroups).values({ projectId, kind: group.kind, name: group.name, description: group.description ?? "" }).returning().get().id;
    for (const member of group.members) {
      const person = spec.people.find((p) => p.email === member.person);
      tx.insert(t.projectGroupMembers)
        .values({
          groupId,
          userId: person ? userIds.get(person.email)! : null,
          name: person?.name ?? member.person,
          function: member.function ?? "",
          organisationId: (member.organisation ?? person?.organisation) ? orgId((member.organisation ?? person?.organisation)!) : null,
          since: member.since ?? person?.since ?? spec.startDate,
        })
        .run();
    }
  }

  const goalIds = new Map<string, number>();
  for (const goal of spec.goals) {
    const row = tx.insert(t.goals).values({ projectId, kind: goal.kind, number: goal.number ?? null, title: goal.title }).returning().get();
    goalIds.set(goal.key, row.id);
    for (const entry of goal.statuses) tx.insert(t.goalStatusEntries).values({ goalId: row.id, ...entry }).run();
  }
  const goalId = (key: string) => goalIds.get(key) ?? fail(`delmålet «${key}»`);

  const tiltakIds = new Map<string, number>();
  for (const item of spec.tiltak) {
    const current = item.history[item.history.length - 1];
    const trialStart = item.history.find(([status]) => status === "utproving")?.[1] ?? null;
    const row = tx
      .insert(t.tiltak)
      .values({
        projectId, title: item.title, description: item.description, priority: item.priority, status: current[0],
        responsibleOrganisationId: item.responsibleOrganisation ? orgId(item.responsibleOrganisation) : null,
        responsiblePerson: item.responsiblePerson ?? "", startDate: trialStart, nextEvaluationDate: item.nextEvaluationDate ?? null,
      })
      .returning()
      .get();
    tiltakIds.set(item.key, row.id);
    item.history.forEach(([status, date, reason], i) =>
      tx.insert(t.tiltakStatusHistory)
        .values({ tiltakId: row.id, fromStatus: i === 0 ? null : item.history[i - 1][0], toStatus: status, changedAt: `${date}T12:00:00.000Z`, effectiveDate: date, reason: reason ?? "" })
        .run(),
    );
    for (const key of item.goals) tx.insert(t.tiltakGoals).values({ tiltakId: row.id, goalId: goalId(key) }).run();
    for (const id of item.failureAreas) tx.insert(t.tiltakFailureAreas).values({ tiltakId: row.id, failureAreaId: id }).run();
    for (const id of item.agreementAreas) tx.insert(t.tiltakAgreementAreas).values({ tiltakId: row.id, agreementAreaId: id }).run();
    for (const name of new Set(item.organisations)) tx.insert(t.tiltakOrganisations).values({ tiltakId: row.id, organisationId: orgId(name) }).run();
    if (item.hearing) {
      const hearing = tx.insert(t.tiltakHearings).values({ tiltakId: row.id, sentDate: item.hearing.sentDate, deadline: item.hearing.deadline }).returning().get();
      for (const [name, answer] of item.hearing.responses)
        tx.insert(t.hearingResponses).values({ hearingId: hearing.id, organisationId: orgId(name), responseDate: item.hearing.deadline, answer }).run();
    }
    for (const s of item.standardisations ?? [])
      tx.insert(t.tiltakStandardisations)
        .values({ tiltakId: row.id, organisationId: orgId(s.organisation), documentKind: s.documentKind, reference: s.reference, recordedAt: s.recordedAt })
        .run();
  }
  const tiltakId = (key: string) => tiltakIds.get(key) ?? fail(`tiltaket «${key}»`);

  for (const activity of spec.activities) {
    const row = tx
      .insert(t.activities)
      .values({
        projectId, title: activity.title, startDate: activity.startDate, endDate: activity.endDate ?? null, typeId: activity.typeId,
        stepId: activity.stepId, themeId: activity.themeId, description: activity.description,
      })
      .returning()
      .get();
    for (const audience of activity.audiences) {
      const [audienceId, leaderLevel] = typeof audience === "string" ? [audience, ""] : audience;
      tx.insert(t.activityAudiences).values({ activityId: row.id, audienceId, leaderLevel }).run();
    }
    const reached =
      activity.organisations === "alle-kommuner" ? municipalityIds
      : activity.organisations === "alle" ? [...orgIds.values()]
      : activity.organisations.map(orgId);
    for (const id of new Set(reached)) tx.insert(t.activityOrganisations).values({ activityId: row.id, organisationId: id }).run();
  }

  for (const conf of spec.conferences) {
    const row = tx
      .insert(t.conferences)
      .values({ projectId, title: conf.title, date: conf.date, place: conf.place, region: conf.region ?? null, purpose: conf.purpose })
      .returning()
      .get();
    conf.programme.forEach((item, i) =>
      tx.insert(t.conferenceProgrammeItems).values({ conferenceId: row.id, sortOrder: i, time: item.time, title: item.title, presenter: item.presenter ?? "" }).run(),
    );
    for (const [name, n] of conf.participants)
      tx.insert(t.conferenceParticipants).values({ conferenceId: row.id, organisationId: orgId(name), count: n }).run();
    for (const input of conf.inputs)
      tx.insert(t.conferenceInputs)
        .values({
          conferenceId: row.id, text: input.text, raisedBy: input.raisedBy ?? "", followUp: input.followUp ?? "ikke_vurdert",
          tiltakId: input.tiltak ? tiltakId(input.tiltak) : null, followUpNote: input.note ?? "",
          followedUpAt: input.followUp ? `${conf.date}T12:00:00.000Z` : null,
        })
        .run();
  }

  for (const measure of spec.measures) {
    const { goals, tiltak, points, events, ...fields } = measure;
    const row = tx.insert(t.measures).values({ projectId, ...fields, multiplier: fields.multiplier ?? 1 }).returning().get();
    for (const key of goals) tx.insert(t.measureGoals).values({ measureId: row.id, goalId: goalId(key) }).run();
    for (const key of tiltak) tx.insert(t.measureTiltak).values({ measureId: row.id, tiltakId: tiltakId(key) }).run();
    for (const p of points)
      tx.insert(t.dataPoints)
        .values({ measureId: row.id, date: p.date, value: p.value ?? null, numerator: p.numerator ?? null, denominator: p.denominator ?? null, note: p.note ?? "", excluded: p.excluded ?? false })
        .run();
    for (const e of events ?? []) tx.insert(t.chartEvents).values({ measureId: row.id, ...e }).run();
  }
  const userId = (email: string) => userIds.get(email) ?? fail(`personen «${email}»`);
  for (const audit of spec.audits ?? []) {
    const round = tx
      .insert(t.sustainabilityRounds)
      .values({ projectId, instrumentId: audit.instrumentId, instrumentVersion: audit.instrumentVersion, title: audit.title, startedAt: audit.startedAt })
      .returning()
      .get();
    for (const rater of audit.raters) {
      tx.insert(t.sustainabilityRaters).values({ roundId: round.id, userId: userId(rater.email), submittedAt: rater.submittedAt }).run();
      for (const [itemId, a] of Object.entries(rater.answers))
        tx.insert(t.sustainabilityAnswers).values({ roundId: round.id, userId: userId(rater.email), itemId, level: a.level, answer: a.answer ?? "", note: a.note ?? "" }).run();
    }
    for (const [itemId, r] of Object.entries(audit.reviews))
      tx.insert(t.sustainabilityReviews).values({ roundId: round.id, itemId, verdict: r.verdict, comment: r.comment, plannedAction: r.plannedAction ?? "" }).run();
    // Signed last: a signed round's rows can no longer be changed.
    if (audit.signedAt && audit.signedBy)
      tx.update(t.sustainabilityRounds).set({ status: "signert", signedAt: audit.signedAt, signedBy: userId(audit.signedBy) }).where(eq(t.sustainabilityRounds.id, round.id)).run();
  }
  for (const answer of spec.readinessAnswers ?? []) {
    const { answeredBy, ...values } = answer;
    tx.insert(t.readinessAnswers).values({ projectId, ...values, notRelevantReason: values.notRelevantReason ?? "", answeredBy: userId(answeredBy) }).run();
  }
  return projectId;
}

function fail(what: string): never {
  throw new Error(`Demodata viser til ${what}, som ikke finnes`);
}
