// What the project overview shows about a project as of a day, the same whoever looks: computed
// from a dozen queries, so it is reused while the database is unchanged.
import { cachedRead } from "../../db/client.server";
import { groupOrganisationsByLevel } from "../domain/organisation-groups";
import { computeStepCoverage } from "../domain/step-coverage";
import { knownBy } from "../domain/dated-facts";
import { factsAsOf } from "../domain/readiness";
import { isStuck } from "../domain/tiltak-status";
import { summariseFollowUp, type FollowUp } from "../domain/input-follow-up";
import { listGoalsWithLatestStatus } from "../models/goal.server";
import { listProjectPeople } from "../models/membership.server";
import { listMeasureSummaries } from "../models/measure.server";
import { listProjectOrganisations } from "../models/organisation.server";
import { listPhases, listStepWork } from "../models/project.server";
import { listProjectGroups } from "../models/project-group.server";
import { remainingSetup } from "../domain/project-setup";
import { listStepReviews } from "../models/step-review.server";
import { projectAnchoringCoverage } from "./anchoring.server";
import { gatherReadinessInput } from "./readiness.server";
import { getContent, stepNames } from "../utils/content.server";
import { goalLabel } from "../domain/goal-label";

/** The overview as of a day: what needs attention is judged by what was true then. */
export function projectOverview(projectId: number, asOf: string) {
  return cachedRead(`overview:${projectId}:${asOf}`, () => readProjectOverview(projectId, asOf));
}

function readProjectOverview(projectId: number, asOf: string) {
  const { labels, steps } = getContent();
  const names = stepNames();
  const organisations = listProjectOrganisations(projectId);
  const people = listProjectPeople(projectId);
  const phases = listPhases(projectId);
  const groups = listProjectGroups(projectId);
  const work = listStepWork(projectId);
  const facts = factsAsOf(gatherReadinessInput(projectId, asOf));
  return {
    // What is still to set up is about the project as it is now, whatever day is looked at.
    setup: remainingSetup({ organisations: organisations.length, groups: groups.length, people: people.length, phases: phases.length, work: work.length }),
    groups: groups.map((g) => ({
      id: g.id,
      name: g.name,
      kindName: labels.projectGroupKinds[g.kind],
      members: g.members.filter((m) => knownBy(m.since, asOf)).map(({ id, name, function: role, organisationName }) => ({ id, name, function: role, organisationName })),
    })),
    stepNames: names,
    pendingReview: pendingReview(listStepReviews(projectId), names),
    steps: computeStepCoverage(steps.steps, work.filter((w) => knownBy(w.date, asOf))),
    phases: phases.map(({ id, name, startDate, endDate, description }) => ({ id, name, startDate, endDate, description })),
    organisationGroups: groupOrganisationsByLevel(organisations).map((g) => ({
      level: g.level,
      levelName: labels.organisationLevels[g.level],
      organisations: g.organisations.map(({ id, name, region }) => ({ id, name, region })),
    })),
    // What the page shows of each person: the page is sent to every member, so no e-mail addresses.
    people: people.filter((p) => knownBy(p.since, asOf)).map(({ id, name, role, position, organisationName }) => ({ id, name, roleName: labels.projectRoles[role], position, organisationName })),
    goals: listGoalsWithLatestStatus(projectId, asOf).map((g) => ({
      id: g.id,
      title: g.title,
      statusDate: g.statusDate,
      label: goalLabel(g),
      statusName: g.status ? labels.goalStatuses[g.status] : "Ingen status registrert",
    })),
    followUp: summariseFollowUp(facts.conferenceInputs.map((i) => ({ followUp: i.followUp as FollowUp }))),
    stuckTiltak: facts.tiltak.filter((t) => isStuck(t, asOf)).length,
    leaderGaps: projectAnchoringCoverage(projectId, asOf)
      .headlines.filter((h) => h.audienceId === "ledere" && h.reached < h.total)
      .map((h) => h.text),
    measures: listMeasureSummaries(projectId, asOf).map(({ id, name, kind, unit, isIllustrative, pointCount, latestValue, latestDate }) => ({
      id, name, unit, isIllustrative, pointCount, latestValue, latestDate, kindName: labels.measureKinds[kind],
    })),
  };
}

function pendingReview(reviews: ReturnType<typeof listStepReviews>, names: Record<string, string>) {
  const pending = reviews.find((r) => r.status === "venter");
  return pending ? { requestedByName: pending.requestedByName, requestedAt: pending.requestedAt, stepName: names[pending.stepId] } : null;
}
