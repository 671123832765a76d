// Choices for the project's forms, in bokmål from content/ and the project's own organisations.
import type { ActivityChoices, Choice, OrganisationChoice } from "../forms/activity";
import type { ConferenceChoices } from "../forms/conference";
import type { MeasureChoices } from "../forms/measure";
import type { DecisionChoices, MeetingChoices } from "../forms/steering";
import type { RoundChoices } from "../forms/sustainability";
import type { TiltakChoices } from "../forms/tiltak";
import { listGoalOptions } from "../models/goal.server";
import { listTiltakOptions } from "../models/tiltak.server";
import { groupOrganisationsByLevel } from "../domain/organisation-groups";
import { listProjectOrganisations } from "../models/organisation.server";
import { listProjectPeople } from "../models/membership.server";
import { listMeasureSummaries } from "../models/measure.server";
import { RATER_ROLES, hasRole } from "../utils/permissions";
import { listInstruments } from "../utils/instruments.server";
import { getContent } from "../utils/content.server";

/** A choice for every entry of a label list from content/. */
const choicesFrom = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export function stepThemeChoices(): Choice[] {
  return getContent().steps.steps.flatMap((step) =>
    step.themes.map((theme) => ({ value: `${step.id}/${theme.id}`, label: theme.name, group: `${step.number}. ${step.name}` })),
  );
}

export function audienceChoices(): Choice[] {
  const { audiences, leaderLevels } = getContent().audiences;
  return audiences.flatMap((a) =>
    a.hasLevels ? leaderLevels.map((level) => ({ value: `${a.id}:${level.id}`, label: `${a.name}: ${level.name}` })) : [{ value: a.id, label: a.name }],
  );
}

export function projectOrganisationChoices(projectId: number): OrganisationChoice[] {
  const levelNames = getContent().labels.organisationLevels;
  return groupOrganisationsByLevel(listProjectOrganisations(projectId)).flatMap((group) =>
    group.organisations.map((o) => ({ id: o.id, name: o.name, level: o.level, levelName: levelNames[o.level], region: o.region })),
  );
}

export function activityChoices(projectId: number): ActivityChoices {
  return {
    types: getContent().activityTypes.activityTypes.map((t) => ({ value: t.id, label: t.name })),
    stepThemes: stepThemeChoices(),
    audiences: audienceChoices(),
    organisations: projectOrganisationChoices(projectId),
  };
}

export function conferenceChoices(projectId: number): ConferenceChoices {
  const organisations = projectOrganisationChoices(projectId);
  const labels = getContent().labels;
  return {
    stepThemes: stepThemeChoices(),
    organisations,
    regions: [...new Set(organisations.map((o) => o.region).filter((r): r is string => Boolean(r)))].sort((a, b) => a.localeCompare(b, "nb")),
    tiltak: listTiltakOptions(projectId).map((t) => ({ value: String(t.id), label: `${t.title} (${labels.tiltakStatuses[t.status]})` })),
    followUps: choicesFrom(labels.inputFollowUps),
  };
}

export function goalChoices(projectId: number): Choice[] {
  const kinds = getContent().labels.goalKinds;
  return listGoalOptions(projectId).map((g) => ({ value: String(g.id), label: `${kinds[g.kind]}${g.number ? ` ${g.number}` : ""}: ${g.title}` }));
}

export function tiltakChoices(projectId: number): TiltakChoices {
  const content = getContent();
  const labels = content.labels;
  return {
    goals: goalChoices(projectId),
    failureAreas: content.failureAreas.failureAreas.map((f) => ({ value: f.id, label: `${f.number}. ${f.name}` })),
    agreementAreas: content.agreementAreas.agreementAreas.map((a) => ({ value: a.id, label: `Avtale ${a.number}: ${a.name}` })),
    organisations: projectOrganisationChoices(projectId),
    statuses: choicesFrom(labels.tiltakStatuses),
    priorities: choicesFrom(labels.tiltakPriorities),
  };
}

export function measureChoices(projectId: number): MeasureChoices {
  const labels = getContent().labels;
  return {
    goals: goalChoices(projectId),
    tiltak: listTiltakOptions(projectId).map((t) => ({ value: String(t.id), label: t.title })),
    kinds: choicesFrom(labels.measureKinds),
    directions: choicesFrom(labels.measureDirections),
    chartTypes: choicesFrom(labels.chartTypes),
    methods: qualitativeMethodChoices(),
  };
}

/** How a qualitative evaluation was made (interview, survey...), for its form. */
export function qualitativeMethodChoices() {
  return choicesFrom(getContent().labels.qualitativeMethods);
}

/** Instruments to audit with, and the project's team and advisor as raters. */
export function roundChoices(projectId: number): RoundChoices {
  const roles = getContent().labels.projectRoles;
  return {
    instruments: listInstruments().map((i) => ({ value: i.id, label: i.name })),
    raters: listProjectPeople(projectId)
      .filter((p) => hasRole(p.role, RATER_ROLES))
      .map((p) => ({ value: String(p.userId), label: `${p.name} (${roles[p.role]})` })),
  };
}

export function meetingChoices(projectId: number): MeetingChoices {
  const roles = getContent().labels.projectRoles;
  return { people: listProjectPeople(projectId).map((p) => ({ value: String(p.userId), label: `${p.name} (${roles[p.role]})` })) };
}

export function decisionChoices(projectId: number): DecisionChoices {
  return {
    ...meetingChoices(projectId),
    tiltak: listTiltakOptions(projectId).map((t) => ({ value: String(t.id), label: t.title })),
    goals: goalChoices(projectId),
    measures: listMeasureSummaries(projectId).map((m) => ({ value: String(m.id), label: m.name })),
  };
}
