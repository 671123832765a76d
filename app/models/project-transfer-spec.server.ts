// Which tables make up a project, in the order they can be inserted, and how their columns refer
// to each other. Export and import both read this list, so a new table is added in one place.
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import * as t from "../../db/schema";

/** A column that points at: a row of another exported table, an organisation, or a user (by e-mail). */
export type Reference = { table: string } | "organisation" | "user";

export type TransferTable = {
  name: string;
  table: SQLiteTable;
  /** The column that ties a row to its project: projectId, or a reference to a parent table. */
  owner: string;
  references: Record<string, Reference>;
};

const user = "user" as const;
const organisation = "organisation" as const;
const ref = (table: string) => ({ table });

export const TRANSFER_TABLES: TransferTable[] = [
  { name: "projectPhases", table: t.projectPhases, owner: "projectId", references: {} },
  { name: "projectOrganisations", table: t.projectOrganisations, owner: "projectId", references: { organisationId: organisation } },
  { name: "projectMemberships", table: t.projectMemberships, owner: "projectId", references: { userId: user, organisationId: organisation } },
  { name: "projectGroups", table: t.projectGroups, owner: "projectId", references: {} },
  { name: "projectGroupMembers", table: t.projectGroupMembers, owner: "groupId", references: { groupId: ref("projectGroups"), userId: user, organisationId: organisation } },
  { name: "goals", table: t.goals, owner: "projectId", references: {} },
  { name: "goalStatusEntries", table: t.goalStatusEntries, owner: "goalId", references: { goalId: ref("goals"), createdBy: user } },
  { name: "activities", table: t.activities, owner: "projectId", references: { createdBy: user } },
  { name: "activityAudiences", table: t.activityAudiences, owner: "activityId", references: { activityId: ref("activities") } },
  { name: "activityOrganisations", table: t.activityOrganisations, owner: "activityId", references: { activityId: ref("activities"), organisationId: organisation } },
  { name: "conferences", table: t.conferences, owner: "projectId", references: {} },
  { name: "conferenceProgrammeItems", table: t.conferenceProgrammeItems, owner: "conferenceId", references: { conferenceId: ref("conferences") } },
  { name: "conferenceParticipants", table: t.conferenceParticipants, owner: "conferenceId", references: { conferenceId: ref("conferences"), organisationId: organisation } },
  { name: "tiltak", table: t.tiltak, owner: "projectId", references: { responsibleOrganisationId: organisation } },
  { name: "conferenceInputs", table: t.conferenceInputs, owner: "conferenceId", references: { conferenceId: ref("conferences"), tiltakId: ref("tiltak") } },
  { name: "tiltakGoals", table: t.tiltakGoals, owner: "tiltakId", references: { tiltakId: ref("tiltak"), goalId: ref("goals") } },
  { name: "tiltakFailureAreas", table: t.tiltakFailureAreas, owner: "tiltakId", references: { tiltakId: ref("tiltak") } },
  { name: "tiltakAgreementAreas", table: t.tiltakAgreementAreas, owner: "tiltakId", references: { tiltakId: ref("tiltak") } },
  { name: "tiltakOrganisations", table: t.tiltakOrganisations, owner: "tiltakId", references: { tiltakId: ref("tiltak"), organisationId: organisation } },
  { name: "tiltakStatusHistory", table: t.tiltakStatusHistory, owner: "tiltakId", references: { tiltakId: ref("tiltak"), changedBy: user } },
  { name: "tiltakHearings", table: t.tiltakHearings, owner: "tiltakId", references: { tiltakId: ref("tiltak") } },
  { name: "hearingResponses", table: t.hearingResponses, owner: "hearingId", references: { hearingId: ref("tiltakHearings"), organisationId: organisation } },
  { name: "tiltakStandardisations", table: t.tiltakStandardisations, owner: "tiltakId", references: { tiltakId: ref("tiltak"), organisationId: organisation } },
  { name: "tiltakEvaluations", table: t.tiltakEvaluations, owner: "tiltakId", references: { tiltakId: ref("tiltak"), createdBy: user } },
  { name: "measures", table: t.measures, owner: "projectId", references: {} },
  { name: "measureGoals", table: t.measureGoals, owner: "measureId", references: { measureId: ref("measures"), goalId: ref("goals") } },
  { name: "measureTiltak", table: t.measureTiltak, owner: "measureId", references: { measureId: ref("measures"), tiltakId: ref("tiltak") } },
  { name: "dataPoints", table: t.dataPoints, owner: "measureId", references: { measureId: ref("measures") } },
  { name: "chartEvents", table: t.chartEvents, owner: "measureId", references: { measureId: ref("measures"), createdBy: user } },
  { name: "qualitativeEvaluations", table: t.qualitativeEvaluations, owner: "projectId", references: { measureId: ref("measures") } },
  { name: "sustainabilityRounds", table: t.sustainabilityRounds, owner: "projectId", references: { signedBy: user, previousRoundId: ref("sustainabilityRounds") } },
  { name: "sustainabilityRaters", table: t.sustainabilityRaters, owner: "roundId", references: { roundId: ref("sustainabilityRounds"), userId: user } },
  { name: "sustainabilityAnswers", table: t.sustainabilityAnswers, owner: "roundId", references: { roundId: ref("sustainabilityRounds"), userId: user } },
  { name: "sustainabilityReviews", table: t.sustainabilityReviews, owner: "roundId", references: { roundId: ref("sustainabilityRounds") } },
  { name: "readinessAnswers", table: t.readinessAnswers, owner: "projectId", references: { answeredBy: user } },
  { name: "readinessSnapshots", table: t.readinessSnapshots, owner: "projectId", references: {} },
  { name: "steeringMeetings", table: t.steeringMeetings, owner: "projectId", references: {} },
  { name: "meetingAttendees", table: t.meetingAttendees, owner: "meetingId", references: { meetingId: ref("steeringMeetings"), userId: user } },
  { name: "decisions", table: t.decisions, owner: "projectId", references: { meetingId: ref("steeringMeetings"), ownerUserId: user, tiltakId: ref("tiltak"), goalId: ref("goals"), measureId: ref("measures") } },
  { name: "stepReviews", table: t.stepReviews, owner: "projectId", references: { requestedBy: user, decidedBy: user } },
  { name: "reports", table: t.reports, owner: "projectId", references: {} },
  { name: "reportSections", table: t.reportSections, owner: "reportId", references: { reportId: ref("reports") } },
  { name: "reportVersions", table: t.reportVersions, owner: "reportId", references: { reportId: ref("reports"), frozenBy: user } },
];
