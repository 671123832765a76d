// "Klar for drift?" for a project: its dated facts gathered from the records, assessed as of a day.
import { assessReadiness, factsAsOf, type Readiness, type ReadinessInput } from "../domain/readiness";
import { isStuck } from "../domain/tiltak-status";
import {
  listActivityDatesInStep,
  listActivityReaches,
  listConferenceInputFacts,
  listMeasureFacts,
  listPeopleFacts,
  listTiltakFacts,
} from "../models/dated-facts.server";
import { listGoalOptions } from "../models/goal.server";
import { listProjectOrganisations } from "../models/organisation.server";
import { listReadinessAnswers, saveSnapshot } from "../models/readiness.server";
import { listRoundFacts } from "../models/sustainability.server";
import { getContent } from "../utils/content.server";

const USER_AUDIENCES = ["brukere", "parorende"];

/** Every fact the readiness checks read, each with its date; the checks decide what counts on `asOf`. */
export function gatherReadinessInput(projectId: number, asOf: string): ReadinessInput {
  const content = getContent();
  const types = content.activityTypes.activityTypes;
  const activities = listActivityReaches(projectId);
  const ofTypes = (wanted: (t: (typeof types)[number]) => boolean | undefined) => {
    const ids = new Set(types.filter(wanted).map((t) => t.id));
    return activities.filter((a) => ids.has(a.typeId));
  };
  const anchoring = ofTypes((t) => t.anchoring);
  const staffFacing = ofTypes((t) => t.staffFacing);
  const { members, groupMembers } = listPeopleFacts(projectId);
  return {
    asOf,
    leaderLevels: content.audiences.leaderLevels,
    organisations: listProjectOrganisations(projectId).map((o) => ({ id: o.id, name: o.name, level: o.level })),
    leaderReaches: anchoring.flatMap((a) =>
      a.audiences.filter((x) => x.audienceId === "ledere").flatMap((x) => a.organisationIds.map((organisationId) => ({ organisationId, date: a.date, leaderLevel: x.leaderLevel }))),
    ),
    staffReaches: staffFacing.flatMap((a) => a.organisationIds.map((organisationId) => ({ organisationId, date: a.date }))),
    userReaches: activities
      .filter((a) => a.audiences.some((x) => USER_AUDIENCES.includes(x.audienceId)))
      .flatMap((a) => a.organisationIds.map((organisationId) => ({ organisationId, date: a.date }))),
    tiltak: listTiltakFacts(projectId),
    measures: listMeasureFacts(projectId),
    goals: listGoalOptions(projectId).map((g) => ({ id: g.id, kind: g.kind, number: g.number, title: g.title })),
    members,
    groupMembers,
    conferenceInputs: listConferenceInputFacts(projectId),
    analysisActivityDates: listActivityDatesInStep(projectId, "kontrollere"),
    sustainabilityRounds: listRoundFacts(projectId),
    manual: Object.fromEntries(
      listReadinessAnswers(projectId).map((a) => [a.checkId, { status: a.status, evidence: a.evidence, notRelevantReason: a.notRelevantReason, answeredOn: a.answeredOn }]),
    ),
  };
}

export const projectReadiness = (projectId: number, asOf: string): Readiness => assessReadiness(gatherReadinessInput(projectId, asOf));

/** The ids of the tiltak that stood still on a day, judged by what was true then. */
export const stuckTiltakIds = (projectId: number, asOf: string) =>
  new Set(factsAsOf(gatherReadinessInput(projectId, asOf)).tiltak.filter((t) => isStuck(t, asOf)).map((t) => t.id));

/** Assesses the project as of a day and keeps the result as a snapshot. */
export function takeSnapshot(input: { projectId: number; userId: number | null; asOf: string; takenAt?: string }) {
  return saveSnapshot({ projectId: input.projectId, userId: input.userId, takenAt: input.takenAt, result: { ...projectReadiness(input.projectId, input.asOf), asOf: input.asOf } });
}
