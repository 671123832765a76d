// The shape of a demo project: plain data, with organisations, goals and tiltak referred to by name/key.
import type { OrganisationLevel, ProjectGroupKind, ProjectRole, StepId, TiltakStatus } from "../schema";

export type DemoOrganisation = { name: string; level: OrganisationLevel; kind?: string; region?: string; participation?: string };

export type DemoPerson = {
  email: string;
  name: string;
  role: ProjectRole;
  position: string;
  organisation?: string;
  /** People with a password can log in; the README lists them. */
  canLogIn?: boolean;
  /** The day the person joined the project; the project's start when not given. */
  since?: string;
};

export type DemoGroup = {
  kind: ProjectGroupKind;
  name: string;
  description?: string;
  /** Members by e-mail (project members) or by name; they joined the group when they joined the project unless `since` says otherwise. */
  members: { person: string; function?: string; organisation?: string; since?: string }[];
};

export type DemoGoal = {
  key: string;
  kind: "hovedmal" | "delmal";
  number?: number;
  title: string;
  statuses: { date: string; status: "ikke_startet" | "pagar" | "delvis_nadd" | "nadd" | "ikke_nadd"; comment: string }[];
};

export type DemoActivity = {
  title: string;
  startDate: string;
  endDate?: string;
  typeId: string;
  stepId: StepId;
  themeId: string;
  description: string;
  audiences: (string | [string, string])[];
  organisations: string[] | "alle-kommuner" | "alle";
};

export type DemoConference = {
  title: string;
  date: string;
  place: string;
  region?: string;
  purpose: string;
  programme: { time: string; title: string; presenter?: string }[];
  participants: [string, number][];
  inputs: { text: string; raisedBy?: string; followUp?: "tatt_inn_i_tiltak" | "besvart_annet" | "avvist"; tiltak?: string; note?: string }[];
};

export type DemoTiltak = {
  key: string;
  title: string;
  description: string;
  priority: "prioritert" | "ikke_prioritert";
  /** Statuses the tiltak went through, with dates; the last is its current status. */
  history: [TiltakStatus, string, string?][];
  goals: string[];
  failureAreas: string[];
  agreementAreas: string[];
  organisations: string[];
  responsibleOrganisation?: string;
  responsiblePerson?: string;
  nextEvaluationDate?: string;
  hearing?: { sentDate: string; deadline: string; responses: [string, string][] };
  standardisations?: { organisation: string; documentKind: "rutine" | "retningslinje" | "prosedyre" | "annet"; reference: string; recordedAt: string }[];
};

export type DemoMeasure = {
  name: string;
  kind: "andel" | "antall" | "rate" | "kontinuerlig" | "kvalitativ";
  definition: string;
  numeratorText?: string;
  denominatorText?: string;
  unit: string;
  direction: "hoyere_er_bedre" | "lavere_er_bedre" | "noytral";
  dataSource: string;
  frequency: string;
  chartType: "run" | "i" | "mr" | "p" | "u" | "c" | "g" | "t";
  multiplier?: number;
  /** In the plotted scale (per cent for a proportion at scale 100). */
  target?: number;
  targetDate?: string;
  isIllustrative: boolean;
  goals: string[];
  tiltak: string[];
  points: { date: string; value?: number; numerator?: number; denominator?: number; note?: string; excluded?: boolean }[];
  /** Phases, baseline freezes and notes drawn on the chart. */
  events?: { kind: "ny_fase" | "frys" | "merknad"; date: string; text: string }[];
};

/** A sustainability round: each rater's answers in the instrument's item order, and the advisor's review. */
export type DemoAudit = {
  title: string;
  instrumentId: "powell" | "baerekraftsmodell";
  instrumentVersion: number;
  startedAt: string;
  signedAt: string | null;
  signedBy: string | null;
  raters: { email: string; submittedAt: string | null; answers: Record<string, { level: string; answer?: string; note?: string }> }[];
  reviews: Record<string, { verdict: "godkjent" | "trenger_arbeid"; comment: string; plannedAction?: string }>;
};

export type DemoReadinessAnswer = {
  checkId: string;
  status: "bestatt" | "advarsel" | "ikke_bestatt" | "ikke_relevant";
  evidence: string;
  notRelevantReason?: string;
  answeredBy: string;
  /** The day the answer holds from. */
  answeredOn: string;
};

export type DemoProject = {
  name: string;
  shortName: string;
  description: string;
  owner: string;
  funder: string;
  targetGroup: string;
  currentStep: StepId;
  startDate: string;
  endDate: string;
  phases: { name: string; startDate: string; endDate: string; description: string }[];
  organisations: DemoOrganisation[];
  people: DemoPerson[];
  /** The project's organisation: its groups, with members named by e-mail (project members) or by name. */
  groups?: DemoGroup[];
  goals: DemoGoal[];
  activities: DemoActivity[];
  conferences: DemoConference[];
  tiltak: DemoTiltak[];
  measures: DemoMeasure[];
  audits?: DemoAudit[];
  readinessAnswers?: DemoReadinessAnswer[];
};
