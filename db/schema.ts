// The whole Trinnvis data model. Tables first, then relations.
// Dates are ISO text: calendar dates as "YYYY-MM-DD", instants as UTC "YYYY-MM-DDTHH:MM:SS.sssZ".
// Ids of model concepts (steps, themes, activity types, ...) refer to content/; the words live there.
import { relations, sql } from "drizzle-orm";
import {
  blob,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
  index,
} from "drizzle-orm/sqlite-core";

import {
  PROJECT_ROLES,
  PROJECT_GROUP_KINDS,
  STEP_IDS,
  ORGANISATION_LEVELS,
  GOAL_KINDS,
  GOAL_STATUSES,
  TILTAK_PRIORITIES,
  TILTAK_STATUSES,
  INPUT_FOLLOW_UPS,
  MEASURE_KINDS,
  MEASURE_DIRECTIONS,
  CHART_TYPES,
  CHART_EVENT_KINDS,
  QUALITATIVE_METHODS,
  EVALUATION_METHODS,
  EVALUATION_DECISIONS,
  ROUND_STATUSES,
  REVIEW_VERDICTS,
  CHECK_STATUSES,
  DECISION_STATUSES,
  STEP_REVIEW_STATUSES,
  REPORT_STATUSES,
  JOB_KINDS,
  JOB_STATUSES,
  DIGEST_FREQUENCIES,
  DIGEST_STATUSES,
} from "./enums";

export * from "./enums";

const id = () => integer("id").primaryKey({ autoIncrement: true });
const createdAt = () =>
  text("created_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);
const updatedAt = () =>
  text("updated_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);
/** Optimistic-concurrency counter: an update must name the version it read. */
const version = () => integer("version").notNull().default(1);

// ---------------------------------------------------------------- people and access

export const users = sqliteTable("users", {
  id: id(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash"),
  isAdmin: integer("is_admin", { mode: "boolean" }).notNull().default(false),
  disabledAt: text("disabled_at"),
  /** How often the person wants the e-mail digest of what waits on them. */
  digestFrequency: text("digest_frequency", { enum: DIGEST_FREQUENCIES }).notNull().default("daglig"),
  createdAt: createdAt(),
});

export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    csrfToken: text("csrf_token").notNull(),
    createdAt: createdAt(),
    /** Absolute end of the session, however active it is. */
    expiresAt: text("expires_at").notNull(),
    /** Last request; the session ends after SESSION_IDLE_MS without one. */
    lastSeenAt: text("last_seen_at"),
    /**
     * The form token of the same person's session this one replaced in the same browser, so a form
     * left open in another tab is recognised (and kept) rather than refused as a forgery.
     */
    previousCsrfToken: text("previous_csrf_token"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/**
 * Failed logins counted per account+address pair, per address and per account (app/models/login-attempt.server.ts).
 * `failures` includes attempts being checked right now (reserved before the password is verified).
 */
export const loginAttempts = sqliteTable("login_attempts", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  /** The first failure of the current series. */
  windowStart: text("window_start").notNull(),
  /** The latest failure (or reservation): the wait before the next attempt runs from here. */
  lastFailureAt: text("last_failure_at"),
});

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: id(),
    at: createdAt(),
    userId: integer("user_id"),
    action: text("action", { enum: ["create", "update", "delete", "login", "login_failed", "logout", "export", "import", "read", "refused"] }).notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    projectId: integer("project_id"),
    detail: text("detail"),
    /** The client address of the request (logins, refusals, reads), as the server saw it. */
    sourceAddress: text("source_address"),
  },
  (t) => [index("audit_project_idx").on(t.projectId, t.at)],
);

export const organisations = sqliteTable(
  "organisations",
  {
    id: id(),
    name: text("name").notNull(),
    level: text("level", { enum: ORGANISATION_LEVELS }).notNull(),
    kind: text("kind"),
    parentId: integer("parent_id"),
    /** Organisasjonsnummer (9 digits, mod-11 checked), when known. */
    orgNumber: text("org_number"),
    /** The entry in content/'s registers this organisation was picked from, e.g. "kommune:5007". */
    registerKey: text("register_key"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("organisations_name_level_uq").on(t.name, t.level),
    uniqueIndex("organisations_org_number_uq").on(t.orgNumber),
    uniqueIndex("organisations_register_key_uq").on(t.registerKey),
  ],
);

// ---------------------------------------------------------------- projects

export const projects = sqliteTable("projects", {
  id: id(),
  name: text("name").notNull(),
  shortName: text("short_name"),
  description: text("description").notNull().default(""),
  owner: text("owner").notNull().default(""),
  funder: text("funder").notNull().default(""),
  targetGroup: text("target_group").notNull().default(""),
  currentStep: text("current_step", { enum: STEP_IDS }).notNull().default("forberedelse"),
  startDate: text("start_date"),
  endDate: text("end_date"),
  protectSmallCounts: integer("protect_small_counts", { mode: "boolean" }).notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  version: version(),
});

export const projectPhases = sqliteTable("project_phases", {
  id: id(),
  projectId: integer("project_id")
    .notNull()
    .references(() => projects.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  startDate: text("start_date").notNull(),
  endDate: text("end_date"),
  sortOrder: integer("sort_order").notNull().default(0),
});

export const projectOrganisations = sqliteTable(
  "project_organisations",
  {
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    region: text("region"),
    participation: text("participation").notNull().default("deltaker"),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.organisationId] })],
);

export const projectMemberships = sqliteTable(
  "project_memberships",
  {
    id: id(),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: PROJECT_ROLES }).notNull(),
    organisationId: integer("organisation_id").references(() => organisations.id),
    /** What the person does in the project, e.g. "Prosjektgruppe, 50 % stilling". */
    position: text("position").notNull().default(""),
    /** The day the person joined the project in this role (may be before the account was made). */
    since: text("since").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("memberships_project_user_uq").on(t.projectId, t.userId),
    index("memberships_user_idx").on(t.userId),
  ],
);

/** The bodies of the project's organisation (owner, steering group, project group, network, working groups). */
export const projectGroups = sqliteTable(
  "project_groups",
  {
    id: id(),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: PROJECT_GROUP_KINDS }).notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("project_groups_project_name_uq").on(t.projectId, t.name)],
);

/** A person in a group: a project member, or someone named who has no account. */
export const projectGroupMembers = sqliteTable(
  "project_group_members",
  {
    id: id(),
    groupId: integer("group_id")
      .notNull()
      .references(() => projectGroups.id, { onDelete: "cascade" }),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    /** What the person does in the group, e.g. "leder" or "brukerrepresentant". */
    function: text("function").notNull().default(""),
    organisationId: integer("organisation_id").references(() => organisations.id),
    /** The day the person joined the group. */
    since: text("since").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("project_group_members_group_idx").on(t.groupId)],
);

/** A single-use invitation link: to a project with a role, or (from an administrator) to the installation. */
export const invitations = sqliteTable(
  "invitations",
  {
    id: id(),
    /** SHA-256 of the token in the link; the token itself is never stored. */
    tokenHash: text("token_hash").notNull().unique(),
    email: text("email").notNull(),
    projectId: integer("project_id").references(() => projects.id, { onDelete: "cascade" }),
    role: text("role", { enum: PROJECT_ROLES }),
    position: text("position").notNull().default(""),
    organisationId: integer("organisation_id").references(() => organisations.id),
    invitedBy: integer("invited_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    sentAt: text("sent_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    acceptedAt: text("accepted_at"),
    acceptedBy: integer("accepted_by").references(() => users.id, { onDelete: "set null" }),
    withdrawnAt: text("withdrawn_at"),
  },
  (t) => [index("invitations_project_idx").on(t.projectId), index("invitations_email_idx").on(t.email)],
);

/** A single-use link to set a new password. */
export const passwordResets = sqliteTable("password_resets", {
  id: id(),
  tokenHash: text("token_hash").notNull().unique(),
  userId: integer("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  createdAt: createdAt(),
  expiresAt: text("expires_at").notNull(),
  usedAt: text("used_at"),
});

// ---------------------------------------------------------------- goals, activities, conferences

export const goals = sqliteTable(
  "goals",
  {
    id: id(),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: GOAL_KINDS }).notNull(),
    number: integer("number"),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [index("goals_project_idx").on(t.projectId)],
);

export const goalStatusEntries = sqliteTable("goal_status_entries", {
  id: id(),
  goalId: integer("goal_id")
    .notNull()
    .references(() => goals.id, { onDelete: "cascade" }),
  date: text("date").notNull(),
  status: text("status", { enum: GOAL_STATUSES }).notNull(),
  comment: text("comment").notNull().default(""),
  /** Why the status is dated before the goal's previous status. */
  reason: text("reason").notNull().default(""),
  createdBy: integer("created_by").references(() => users.id),
  createdAt: createdAt(),
});

export const activities = sqliteTable(
  "activities",
  {
    id: id(),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    startDate: text("start_date").notNull(),
    endDate: text("end_date"),
    typeId: text("type_id").notNull(),
    stepId: text("step_id", { enum: STEP_IDS }).notNull(),
    themeId: text("theme_id").notNull(),
    description: text("description").notNull().default(""),
    evidenceUrl: text("evidence_url"),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [index("activities_project_date_idx").on(t.projectId, t.startDate)],
);

export const activityAudiences = sqliteTable(
  "activity_audiences",
  {
    activityId: integer("activity_id")
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
    audienceId: text("audience_id").notNull(),
    /** For leaders: which level (content/audiences.json leaderLevels); "" otherwise. */
    leaderLevel: text("leader_level").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.audienceId, t.leaderLevel] })],
);

export const activityOrganisations = sqliteTable(
  "activity_organisations",
  {
    activityId: integer("activity_id")
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.organisationId] })],
);

export const conferences = sqliteTable(
  "conferences",
  {
    id: id(),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    date: text("date").notNull(),
    endDate: text("end_date"),
    place: text("place").notNull().default(""),
    region: text("region"),
    purpose: text("purpose").notNull().default(""),
    stepId: text("step_id", { enum: STEP_IDS }).notNull().default("forberedelse"),
    themeId: text("theme_id").notNull().default("forankre"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [index("conferences_project_idx").on(t.projectId, t.date)],
);

export const conferenceProgrammeItems = sqliteTable("conference_programme_items", {
  id: id(),
  conferenceId: integer("conference_id")
    .notNull()
    .references(() => conferences.id, { onDelete: "cascade" }),
  sortOrder: integer("sort_order").notNull().default(0),
  time: text("time").notNull().default(""),
  title: text("title").notNull(),
  presenter: text("presenter").notNull().default(""),
});

export const conferenceParticipants = sqliteTable(
  "conference_participants",
  {
    conferenceId: integer("conference_id")
      .notNull()
      .references(() => conferences.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.conferenceId, t.organisationId] })],
);

export const tiltak = sqliteTable(
  "tiltak",
  {
    id: id(),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    priority: text("priority", { enum: TILTAK_PRIORITIES }).notNull(),
    status: text("status", { enum: TILTAK_STATUSES }).notNull().default("ide"),
    responsibleOrganisationId: integer("responsible_organisation_id").references(() => organisations.id),
    responsiblePerson: text("responsible_person").notNull().default(""),
    startDate: text("start_date"),
    nextEvaluationDate: text("next_evaluation_date"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [index("tiltak_project_idx").on(t.projectId)],
);

export const conferenceInputs = sqliteTable(
  "conference_inputs",
  {
    id: id(),
    conferenceId: integer("conference_id")
      .notNull()
      .references(() => conferences.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    raisedBy: text("raised_by").notNull().default(""),
    followUp: text("follow_up", { enum: INPUT_FOLLOW_UPS }).notNull().default("ikke_vurdert"),
    tiltakId: integer("tiltak_id").references(() => tiltak.id, { onDelete: "set null" }),
    followUpNote: text("follow_up_note").notNull().default(""),
    followedUpAt: text("followed_up_at"),
    version: version(),
  },
  (t) => [index("conference_inputs_conference_idx").on(t.conferenceId, t.followUp)],
);

export const tiltakGoals = sqliteTable(
  "tiltak_goals",
  {
    tiltakId: integer("tiltak_id")
      .notNull()
      .references(() => tiltak.id, { onDelete: "cascade" }),
    goalId: integer("goal_id")
      .notNull()
      .references(() => goals.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.tiltakId, t.goalId] })],
);

export const tiltakFailureAreas = sqliteTable(
  "tiltak_failure_areas",
  {
    tiltakId: integer("tiltak_id")
      .notNull()
      .references(() => tiltak.id, { onDelete: "cascade" }),
    failureAreaId: text("failure_area_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tiltakId, t.failureAreaId] })],
);

export const tiltakAgreementAreas = sqliteTable(
  "tiltak_agreement_areas",
  {
    tiltakId: integer("tiltak_id")
      .notNull()
      .references(() => tiltak.id, { onDelete: "cascade" }),
    agreementAreaId: text("agreement_area_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tiltakId, t.agreementAreaId] })],
);

export const tiltakOrganisations = sqliteTable(
  "tiltak_organisations",
  {
    tiltakId: integer("tiltak_id")
      .notNull()
      .references(() => tiltak.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.tiltakId, t.organisationId] })],
);

export const tiltakStatusHistory = sqliteTable("tiltak_status_history", {
  id: id(),
  tiltakId: integer("tiltak_id")
    .notNull()
    .references(() => tiltak.id, { onDelete: "cascade" }),
  fromStatus: text("from_status", { enum: TILTAK_STATUSES }),
  toStatus: text("to_status", { enum: TILTAK_STATUSES }).notNull(),
  /** When the change was recorded. */
  changedAt: text("changed_at").notNull(),
  /** The day the change took effect: the day it was recorded, or earlier for work entered afterwards. */
  effectiveDate: text("effective_date").notNull().default(""),
  changedBy: integer("changed_by").references(() => users.id),
  reason: text("reason").notNull().default(""),
});

/** An evaluation of a tiltak: when, how, what came of it, what was decided and when to evaluate next. */
export const tiltakEvaluations = sqliteTable(
  "tiltak_evaluations",
  {
    id: id(),
    tiltakId: integer("tiltak_id")
      .notNull()
      .references(() => tiltak.id, { onDelete: "cascade" }),
    date: text("date").notNull(),
    method: text("method", { enum: EVALUATION_METHODS }).notNull(),
    result: text("result").notNull(),
    decision: text("decision", { enum: EVALUATION_DECISIONS }).notNull(),
    /** Null when the decision was to stop the tiltak. */
    nextEvaluationDate: text("next_evaluation_date"),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("tiltak_evaluations_tiltak_idx").on(t.tiltakId, t.date)],
);

export const tiltakHearings = sqliteTable("tiltak_hearings", {
  id: id(),
  tiltakId: integer("tiltak_id")
    .notNull()
    .references(() => tiltak.id, { onDelete: "cascade" }),
  sentDate: text("sent_date").notNull(),
  deadline: text("deadline"),
  note: text("note").notNull().default(""),
});

export const hearingResponses = sqliteTable(
  "hearing_responses",
  {
    hearingId: integer("hearing_id")
      .notNull()
      .references(() => tiltakHearings.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    responseDate: text("response_date"),
    answer: text("answer").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.hearingId, t.organisationId] })],
);

export const tiltakStandardisations = sqliteTable(
  "tiltak_standardisations",
  {
    tiltakId: integer("tiltak_id")
      .notNull()
      .references(() => tiltak.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    documentKind: text("document_kind", { enum: ["rutine", "retningslinje", "prosedyre", "annet"] }).notNull(),
    reference: text("reference").notNull(),
    recordedAt: text("recorded_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tiltakId, t.organisationId] })],
);

// ---------------------------------------------------------------- measures

export const measures = sqliteTable(
  "measures",
  {
    id: id(),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    kind: text("kind", { enum: MEASURE_KINDS }).notNull(),
    definition: text("definition").notNull().default(""),
    numeratorText: text("numerator_text").notNull().default(""),
    denominatorText: text("denominator_text").notNull().default(""),
    unit: text("unit").notNull().default(""),
    direction: text("direction", { enum: MEASURE_DIRECTIONS }).notNull().default("noytral"),
    target: real("target"),
    targetDate: text("target_date"),
    dataSource: text("data_source").notNull().default(""),
    frequency: text("frequency").notNull().default(""),
    ownerAfterProject: text("owner_after_project").notNull().default(""),
    continuesAfterProject: integer("continues_after_project", { mode: "boolean" }).notNull().default(false),
    /** The day it was decided that the measure continues in operation. */
    continuesSince: text("continues_since"),
    chartType: text("chart_type", { enum: CHART_TYPES }).notNull().default("run"),
    multiplier: real("multiplier").notNull().default(1),
    /** Series generated for the demo, not taken from a source: the UI labels it. */
    isIllustrative: integer("is_illustrative", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [index("measures_project_idx").on(t.projectId)],
);

export const measureGoals = sqliteTable(
  "measure_goals",
  {
    measureId: integer("measure_id")
      .notNull()
      .references(() => measures.id, { onDelete: "cascade" }),
    goalId: integer("goal_id")
      .notNull()
      .references(() => goals.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.measureId, t.goalId] })],
);

export const measureTiltak = sqliteTable(
  "measure_tiltak",
  {
    measureId: integer("measure_id")
      .notNull()
      .references(() => measures.id, { onDelete: "cascade" }),
    tiltakId: integer("tiltak_id")
      .notNull()
      .references(() => tiltak.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.measureId, t.tiltakId] })],
);

export const dataPoints = sqliteTable(
  "data_points",
  {
    id: id(),
    measureId: integer("measure_id")
      .notNull()
      .references(() => measures.id, { onDelete: "cascade" }),
    date: text("date").notNull(),
    value: real("value"),
    numerator: real("numerator"),
    denominator: real("denominator"),
    note: text("note").notNull().default(""),
    excluded: integer("excluded", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [uniqueIndex("data_points_measure_date_uq").on(t.measureId, t.date)],
);

/** New phase, baseline freeze or a note on a chart; phases and freezes carry a reason. */
export const chartEvents = sqliteTable("chart_events", {
  id: id(),
  measureId: integer("measure_id")
    .notNull()
    .references(() => measures.id, { onDelete: "cascade" }),
  kind: text("kind", { enum: CHART_EVENT_KINDS }).notNull(),
  date: text("date").notNull(),
  text: text("text").notNull(),
  createdBy: integer("created_by").references(() => users.id),
  createdAt: createdAt(),
});

export const qualitativeEvaluations = sqliteTable("qualitative_evaluations", {
  id: id(),
  projectId: integer("project_id")
    .notNull()
    .references(() => projects.id, { onDelete: "cascade" }),
  measureId: integer("measure_id").references(() => measures.id, { onDelete: "set null" }),
  date: text("date").notNull(),
  method: text("method", { enum: QUALITATIVE_METHODS }).notNull(),
  summary: text("summary").notNull(),
  documentRef: text("document_ref"),
  createdAt: createdAt(),
});

/**
 * A file or a paste read for a measure and waiting to be saved: one user's preview. Its rows stay
 * on the server, so the preview page shows a page of them and saving sends only the id. Removed when
 * saved, replaced by the same user's next reading of the measure, or after a day.
 */
export const pendingImports = sqliteTable(
  "pending_imports",
  {
    id: id(),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    measureId: integer("measure_id")
      .notNull()
      .references(() => measures.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    pointCount: integer("point_count").notNull(),
    errorCount: integer("error_count").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("pending_imports_measure_user_idx").on(t.measureId, t.userId), index("pending_imports_created_idx").on(t.createdAt)],
);

/**
 * A form posted when it could not be saved: after the session ended, or from a tab opened before the
 * person logged in again. Kept for its owner only, for a short while, and given back once on its page.
 */
export const keptForms = sqliteTable(
  "kept_forms",
  {
    id: id(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The path the form was posted to, without its query. */
    page: text("page").notNull(),
    reason: text("reason", { enum: ["utlopt", "ny-innlogging"] }).notNull(),
    /** The form's text fields as JSON [name, value][]: no files, no form token. */
    fields: text("fields").notNull(),
    createdAt: createdAt(),
    expiresAt: text("expires_at").notNull(),
  },
  (t) => [index("kept_forms_user_page_idx").on(t.userId, t.page), index("kept_forms_expires_idx").on(t.expiresAt)],
);

/** A row of a pending import: a point ready to save, or (with `error`) a row that cannot be read. */
export const pendingImportRows = sqliteTable(
  "pending_import_rows",
  {
    id: id(),
    importId: integer("import_id")
      .notNull()
      .references(() => pendingImports.id, { onDelete: "cascade" }),
    /** The row number in the file. */
    row: integer("row").notNull(),
    date: text("date"),
    value: real("value"),
    numerator: real("numerator"),
    denominator: real("denominator"),
    note: text("note").notNull().default(""),
    error: text("error"),
  },
  (t) => [index("pending_import_rows_import_idx").on(t.importId)],
);

// ---------------------------------------------------------------- sustainability and readiness

export const sustainabilityRounds = sqliteTable(
  "sustainability_rounds",
  {
    id: id(),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    instrumentId: text("instrument_id").notNull(),
    instrumentVersion: integer("instrument_version").notNull(),
    title: text("title").notNull().default(""),
    status: text("status", { enum: ROUND_STATUSES }).notNull().default("apen"),
    startedAt: text("started_at").notNull(),
    signedAt: text("signed_at"),
    signedBy: integer("signed_by").references(() => users.id),
    previousRoundId: integer("previous_round_id"),
  },
  (t) => [index("sustainability_rounds_project_idx").on(t.projectId, t.status)],
);

export const sustainabilityRaters = sqliteTable(
  "sustainability_raters",
  {
    roundId: integer("round_id")
      .notNull()
      .references(() => sustainabilityRounds.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    submittedAt: text("submitted_at"),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.userId] })],
);

export const sustainabilityAnswers = sqliteTable(
  "sustainability_answers",
  {
    roundId: integer("round_id")
      .notNull()
      .references(() => sustainabilityRounds.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    itemId: text("item_id").notNull(),
    level: text("level"),
    answer: text("answer").notNull().default(""),
    note: text("note").notNull().default(""),
    evidence: text("evidence").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.userId, t.itemId] })],
);

export const sustainabilityReviews = sqliteTable(
  "sustainability_reviews",
  {
    roundId: integer("round_id")
      .notNull()
      .references(() => sustainabilityRounds.id, { onDelete: "cascade" }),
    itemId: text("item_id").notNull(),
    verdict: text("verdict", { enum: REVIEW_VERDICTS }),
    comment: text("comment").notNull().default(""),
    plannedAction: text("planned_action").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.itemId] })],
);

export const readinessAnswers = sqliteTable(
  "readiness_answers",
  {
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    checkId: text("check_id").notNull(),
    status: text("status", { enum: CHECK_STATUSES }).notNull(),
    evidence: text("evidence").notNull().default(""),
    notRelevantReason: text("not_relevant_reason").notNull().default(""),
    answeredBy: integer("answered_by").references(() => users.id),
    /** The day the answer holds from; a readiness check as of an earlier day does not use it. */
    answeredOn: text("answered_on").notNull().default(""),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.checkId] })],
);

export const readinessSnapshots = sqliteTable(
  "readiness_snapshots",
  {
    id: id(),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    takenAt: text("taken_at").notNull(),
    verdict: text("verdict").notNull(),
    resultJson: text("result_json").notNull(),
  },
  (t) => [index("readiness_snapshots_project_idx").on(t.projectId, t.takenAt)],
);

// ---------------------------------------------------------------- steering group and reports

export const steeringMeetings = sqliteTable("steering_meetings", {
  id: id(),
  projectId: integer("project_id")
    .notNull()
    .references(() => projects.id, { onDelete: "cascade" }),
  date: text("date").notNull(),
  place: text("place").notNull().default(""),
  notes: text("notes").notNull().default(""),
  version: version(),
});

export const meetingAttendees = sqliteTable(
  "meeting_attendees",
  {
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => steeringMeetings.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    userId: integer("user_id").references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.name] })],
);

export const decisions = sqliteTable(
  "decisions",
  {
    id: id(),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    meetingId: integer("meeting_id").references(() => steeringMeetings.id, { onDelete: "set null" }),
    text: text("text").notNull(),
    owner: text("owner").notNull().default(""),
    /** The owner's account, when the owner is a person in Trinnvis: "Til meg" and reminders go to them. */
    ownerUserId: integer("owner_user_id").references(() => users.id, { onDelete: "set null" }),
    dueDate: text("due_date"),
    status: text("status", { enum: DECISION_STATUSES }).notNull().default("apen"),
    tiltakId: integer("tiltak_id").references(() => tiltak.id, { onDelete: "set null" }),
    goalId: integer("goal_id").references(() => goals.id, { onDelete: "set null" }),
    measureId: integer("measure_id").references(() => measures.id, { onDelete: "set null" }),
    version: version(),
  },
  (t) => [index("decisions_project_due_idx").on(t.projectId, t.dueDate), index("decisions_owner_idx").on(t.ownerUserId)],
);

export const stepReviews = sqliteTable(
  "step_reviews",
  {
    id: id(),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    stepId: text("step_id", { enum: STEP_IDS }).notNull(),
    requestedBy: integer("requested_by").references(() => users.id),
    requestedAt: text("requested_at").notNull(),
    justification: text("justification").notNull(),
    status: text("status", { enum: STEP_REVIEW_STATUSES }).notNull().default("venter"),
    decidedBy: integer("decided_by").references(() => users.id),
    decidedAt: text("decided_at"),
    comment: text("comment").notNull().default(""),
  },
  (t) => [index("step_reviews_project_idx").on(t.projectId, t.status)],
);

export const reports = sqliteTable("reports", {
  id: id(),
  projectId: integer("project_id")
    .notNull()
    .references(() => projects.id, { onDelete: "cascade" }),
  title: text("title").notNull(),
  periodStart: text("period_start").notNull(),
  periodEnd: text("period_end").notNull(),
  status: text("status", { enum: REPORT_STATUSES }).notNull().default("utkast"),
  createdAt: createdAt(),
  version: version(),
});

/** Narrative text the project writes, per report section (e.g. a funder criterion). */
export const reportSections = sqliteTable(
  "report_sections",
  {
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    sectionKey: text("section_key").notNull(),
    text: text("text").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.sectionKey] })],
);

/** A report as sent: frozen and never changed. */
export const reportVersions = sqliteTable(
  "report_versions",
  {
    id: id(),
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    versionNumber: integer("version_number").notNull(),
    frozenAt: text("frozen_at").notNull(),
    frozenBy: integer("frozen_by").references(() => users.id),
    contentJson: text("content_json").notNull(),
  },
  (t) => [uniqueIndex("report_versions_uq").on(t.reportId, t.versionNumber)],
);

// ---------------------------------------------------------------- reminders

/**
 * One person's digest for one Oslo day. The row is the claim: whichever process inserts it sends the
 * mail, so several workers and restarts send each person at most one digest a day. A claim left in
 * "sender" by a process that died is taken over after a while, so nobody is left without one.
 */
export const digestDeliveries = sqliteTable(
  "digest_deliveries",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    day: text("day").notNull(),
    status: text("status", { enum: DIGEST_STATUSES }).notNull().default("sender"),
    claimedBy: text("claimed_by").notNull().default(""),
    claimedAt: text("claimed_at").notNull(),
    finishedAt: text("finished_at"),
    /** The items the digest named, so the next one can tell what is new. */
    itemKeysJson: text("item_keys_json").notNull().default("[]"),
    attempts: integer("attempts").notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.userId, t.day] })],
);

/** A single-use link in a digest that turns the person's digests off without logging in. */
export const unsubscribeTokens = sqliteTable("unsubscribe_tokens", {
  id: id(),
  /** SHA-256 of the token in the link; the token itself is never stored. */
  tokenHash: text("token_hash").notNull().unique(),
  userId: integer("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  createdAt: createdAt(),
  usedAt: text("used_at"),
});

// ---------------------------------------------------------------- relations

// ---------------------------------------------------------------- long operations

/**
 * An operation that runs after its request has been answered (a project import, a Word report),
 * with its progress, so any page load or server process can show how far it has come.
 */
export const jobs = sqliteTable(
  "jobs",
  {
    id: id(),
    kind: text("kind", { enum: JOB_KINDS }).notNull(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    projectId: integer("project_id").references(() => projects.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    status: text("status", { enum: JOB_STATUSES }).notNull().default("venter"),
    step: text("step").notNull().default(""),
    done: integer("done").notNull().default(0),
    total: integer("total").notNull().default(0),
    /** The server process running it, so a process that dies can have its jobs marked stopped. */
    runnerPid: integer("runner_pid"),
    problemsJson: text("problems_json").notNull().default("[]"),
    resultJson: text("result_json"),
    fileName: text("file_name"),
    fileType: text("file_type"),
    file: blob("file", { mode: "buffer" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    finishedAt: text("finished_at"),
  },
  (t) => [index("jobs_user_idx").on(t.userId, t.createdAt), index("jobs_status_idx").on(t.status)],
);

export const usersRelations = relations(users, ({ many }) => ({
  memberships: many(projectMemberships),
}));

export const projectsRelations = relations(projects, ({ many }) => ({
  phases: many(projectPhases),
  memberships: many(projectMemberships),
  organisations: many(projectOrganisations),
  goals: many(goals),
  activities: many(activities),
}));

export const projectMembershipsRelations = relations(projectMemberships, ({ one }) => ({
  project: one(projects, { fields: [projectMemberships.projectId], references: [projects.id] }),
  user: one(users, { fields: [projectMemberships.userId], references: [users.id] }),
  organisation: one(organisations, { fields: [projectMemberships.organisationId], references: [organisations.id] }),
}));

export const projectPhasesRelations = relations(projectPhases, ({ one }) => ({
  project: one(projects, { fields: [projectPhases.projectId], references: [projects.id] }),
}));

export const projectOrganisationsRelations = relations(projectOrganisations, ({ one }) => ({
  project: one(projects, { fields: [projectOrganisations.projectId], references: [projects.id] }),
  organisation: one(organisations, { fields: [projectOrganisations.organisationId], references: [organisations.id] }),
}));

export const goalsRelations = relations(goals, ({ one, many }) => ({
  project: one(projects, { fields: [goals.projectId], references: [projects.id] }),
  statusEntries: many(goalStatusEntries),
}));

export const goalStatusEntriesRelations = relations(goalStatusEntries, ({ one }) => ({
  goal: one(goals, { fields: [goalStatusEntries.goalId], references: [goals.id] }),
}));

export const activitiesRelations = relations(activities, ({ one, many }) => ({
  project: one(projects, { fields: [activities.projectId], references: [projects.id] }),
  audiences: many(activityAudiences),
  organisations: many(activityOrganisations),
}));

export const activityAudiencesRelations = relations(activityAudiences, ({ one }) => ({
  activity: one(activities, { fields: [activityAudiences.activityId], references: [activities.id] }),
}));

export const activityOrganisationsRelations = relations(activityOrganisations, ({ one }) => ({
  activity: one(activities, { fields: [activityOrganisations.activityId], references: [activities.id] }),
  organisation: one(organisations, { fields: [activityOrganisations.organisationId], references: [organisations.id] }),
}));
