// "Til meg": what waits on one person now, across their projects. Each rule is a pure function of
// dated facts and today's date (Oslo), so the same facts give the same list whoever asks and when.
import { addDays, differenceInCalendarDays, format, parseISO } from "date-fns";
import { addMonths, norwegianDate } from "./dated-facts";
// Inputs are overdue when the readiness check fails them.
import { FOLLOW_UP_MONTHS } from "./readiness";
import type { ProjectRole } from "../../db/enums";

/** The kinds of things that can wait on a person, in the order the page shows them. */
export const TO_ME_KINDS = [
  "vedtak",
  "tiltak-evaluering",
  "barekraft-svar",
  "barekraft-signering",
  "steggodkjenning",
  "invitasjon",
  "innspill",
  "maling-uten-data",
  "klar-for-drift",
] as const;
export type ToMeKind = (typeof TO_ME_KINDS)[number];

export const TO_ME_KIND_NAMES: Record<ToMeKind, string> = {
  vedtak: "Vedtak du er ansvarlig for",
  "tiltak-evaluering": "Tiltak som skulle vært evaluert",
  "barekraft-svar": "Bærekraftsrunder som venter på svaret ditt",
  "barekraft-signering": "Bærekraftsrunder som venter på signaturen din",
  steggodkjenning: "Steg som venter på styringsgruppens godkjenning",
  invitasjon: "Invitasjoner som ikke er tatt imot",
  innspill: "Innspill fra dialogkonferanser uten oppfølging",
  "maling-uten-data": "Målinger uten nye data",
  "klar-for-drift": "«Klar for drift?» er blitt dårligere",
};

/** One thing waiting on one person. */
export type ToMeItem = {
  /** Stable across days ("vedtak:12"), so a digest can tell what is new since the last one. */
  key: string;
  kind: ToMeKind;
  projectId: number;
  projectName: string;
  /** A title only (a decision's text, a tiltak's title): never notes, answers or other sensitive text. */
  title: string;
  /** Why it waits, in a short sentence ("Fristen var 28.11.2026"). */
  reason: string;
  /** Where it is done, inside the app ("/prosjekter/3/styring#vedtak-12"). */
  href: string;
  /** Whom it waits on: every reminder names a person. */
  personId: number;
  personName: string;
  /** The day it started waiting (ISO date); the list is sorted by it, oldest first. */
  since: string;
  /** Past its date (as opposed to due today or soon, or simply waiting). */
  overdue: boolean;
};

/** The person "Til meg" is for, and the projects they take part in with their role in each. */
export type Person = { id: number; name: string };
export type ProjectOfPerson = { id: number; name: string; role: ProjectRole; endDate: string | null };

/** A decision due within this many days is listed before it is overdue. */
export const DECISION_DUE_SOON_DAYS = 7;
/** Something waiting without a date of its own (an answer, an approval) counts as overdue after this long. */
export const WAITING_TOO_LONG_DAYS = 14;
/** An invitation not taken up after this many days is worth a reminder, before it expires. */
export const INVITATION_REMINDER_DAYS = 7;

const plusDays = (date: string, days: number) => format(addDays(parseISO(date), days), "yyyy-MM-dd");
const daysBetween = (from: string, to: string) => differenceInCalendarDays(parseISO(to), parseISO(from));
const days = (n: number) => (n === 1 ? "1 dag" : `${n} dager`);

type ItemBase = Omit<ToMeItem, "personId" | "personName" | "projectName">;
const forPerson = (person: Person, project: ProjectOfPerson, item: ItemBase): ToMeItem => ({ ...item, personId: person.id, personName: person.name, projectName: project.name });

/** Projects where the person has one of the roles, by id. */
function projectsWhere(projects: readonly ProjectOfPerson[], roles: readonly ProjectRole[]) {
  return new Map(projects.filter((p) => roles.includes(p.role)).map((p) => [p.id, p]));
}

// ---------------------------------------------------------------- decisions they own

export type DecisionFact = { id: number; projectId: number; meetingId: number | null; text: string; ownerUserId: number | null; dueDate: string | null; status: string };

/** Open decisions the person owns, due within a week, due today or overdue. */
export function decisionItems(person: Person, projects: readonly ProjectOfPerson[], decisions: readonly DecisionFact[], today: string): ToMeItem[] {
  const mine = new Map(projects.map((p) => [p.id, p]));
  return decisions.flatMap((d) => {
    const project = mine.get(d.projectId);
    if (!project || d.ownerUserId !== person.id || !d.dueDate || (d.status !== "apen" && d.status !== "pagar")) return [];
    const left = daysBetween(today, d.dueDate);
    if (left > DECISION_DUE_SOON_DAYS) return [];
    const reason = left < 0 ? `Fristen var ${norwegianDate(d.dueDate)}, ${days(-left)} siden` : left === 0 ? "Fristen er i dag" : `Fristen er ${norwegianDate(d.dueDate)}, om ${days(left)}`;
    const page = d.meetingId ? `/prosjekter/${d.projectId}/styring/moter/${d.meetingId}` : `/prosjekter/${d.projectId}/styring`;
    return [forPerson(person, project, { key: `vedtak:${d.id}`, kind: "vedtak", projectId: d.projectId, title: d.text, reason, href: `${page}#vedtak-${d.id}`, since: d.dueDate, overdue: left < 0 })];
  });
}

// ---------------------------------------------------------------- tiltak evaluations, in projects they lead

export type TiltakEvaluationFact = { id: number; projectId: number; title: string; nextEvaluationDate: string | null; stopped: boolean };

export function tiltakEvaluationItems(person: Person, projects: readonly ProjectOfPerson[], tiltak: readonly TiltakEvaluationFact[], today: string): ToMeItem[] {
  const led = projectsWhere(projects, ["prosjektleder"]);
  return tiltak.flatMap((t) => {
    const project = led.get(t.projectId);
    if (!project || t.stopped || !t.nextEvaluationDate || t.nextEvaluationDate >= today) return [];
    const reason = `Skulle vært evaluert ${norwegianDate(t.nextEvaluationDate)}`;
    return [forPerson(person, project, { key: `tiltak-evaluering:${t.id}:${t.nextEvaluationDate}`, kind: "tiltak-evaluering", projectId: t.projectId, title: t.title, reason, href: `/prosjekter/${t.projectId}/tiltak/${t.id}#evaluering`, since: t.nextEvaluationDate, overdue: true })];
  });
}

// ---------------------------------------------------------------- sustainability rounds

export type RoundFact = { id: number; projectId: number; title: string; startedOn: string; status: string; raters: { userId: number; submittedOn: string | null }[] };

/** Open rounds waiting for the person's answers, or (for the advisor) for the signature once everyone has answered. */
export function roundItems(person: Person, projects: readonly ProjectOfPerson[], rounds: readonly RoundFact[], today: string): ToMeItem[] {
  const mine = new Map(projects.map((p) => [p.id, p]));
  return rounds.flatMap((r) => {
    const project = mine.get(r.projectId);
    if (!project || r.status !== "apen") return [];
    const href = `/prosjekter/${r.projectId}/barekraft/${r.id}`;
    const items: ToMeItem[] = [];
    const me = r.raters.find((x) => x.userId === person.id);
    if (me && !me.submittedOn) {
      const waited = daysBetween(r.startedOn, today);
      items.push(forPerson(person, project, { key: `barekraft-svar:${r.id}`, kind: "barekraft-svar", projectId: r.projectId, title: r.title, reason: `Startet ${norwegianDate(r.startedOn)}; svarene dine er ikke levert`, href, since: r.startedOn, overdue: waited >= WAITING_TOO_LONG_DAYS }));
    }
    const lastIn = r.raters.reduce<string | null>((last, x) => (x.submittedOn && (!last || x.submittedOn > last) ? x.submittedOn : last), null);
    if (project.role === "radgiver" && r.raters.length > 0 && r.raters.every((x) => x.submittedOn) && lastIn) {
      items.push(forPerson(person, project, { key: `barekraft-signering:${r.id}`, kind: "barekraft-signering", projectId: r.projectId, title: r.title, reason: `Alle har levert (sist ${norwegianDate(lastIn)}); revisjonen venter på signaturen din`, href, since: lastIn, overdue: daysBetween(lastIn, today) >= WAITING_TOO_LONG_DAYS }));
    }
    return items;
  });
}

// ---------------------------------------------------------------- step approvals, for the steering group

export type StepReviewFact = { id: number; projectId: number; stepName: string; requestedOn: string; status: string };

export function stepReviewItems(person: Person, projects: readonly ProjectOfPerson[], reviews: readonly StepReviewFact[], today: string): ToMeItem[] {
  const steering = projectsWhere(projects, ["styringsgruppe"]);
  return reviews.flatMap((r) => {
    const project = steering.get(r.projectId);
    if (!project || r.status !== "venter") return [];
    return [forPerson(person, project, { key: `steggodkjenning:${r.id}`, kind: "steggodkjenning", projectId: r.projectId, title: `Godkjenning av steget «${r.stepName}»`, reason: `Bedt om ${norwegianDate(r.requestedOn)}`, href: `/prosjekter/${r.projectId}/steg`, since: r.requestedOn, overdue: daysBetween(r.requestedOn, today) >= WAITING_TOO_LONG_DAYS })];
  });
}

// ---------------------------------------------------------------- invitations, for those who manage the project's people

/** `expired`: the link no longer works (its instant has passed: the invitation page says so from then on). */
export type InvitationFact = { id: number; projectId: number; email: string; sentOn: string; expiresOn: string; expired: boolean; accepted: boolean; withdrawn: boolean };

/** Invitations nobody has taken up a week after they were sent, or that have expired. */
export function invitationItems(person: Person, projects: readonly ProjectOfPerson[], invitations: readonly InvitationFact[], today: string): ToMeItem[] {
  const led = projectsWhere(projects, ["prosjektleder"]);
  return invitations.flatMap((i) => {
    const project = led.get(i.projectId);
    if (!project || i.accepted || i.withdrawn) return [];
    const expired = i.expired;
    if (!expired && daysBetween(i.sentOn, today) < INVITATION_REMINDER_DAYS) return [];
    const reason = expired ? `Lenken gikk ut ${norwegianDate(i.expiresOn)}; send en ny` : `Sendt ${norwegianDate(i.sentOn)}, ikke tatt imot ennå`;
    return [forPerson(person, project, { key: `invitasjon:${i.id}`, kind: "invitasjon", projectId: i.projectId, title: `Invitasjon til ${i.email}`, reason, href: `/prosjekter/${i.projectId}/personer#invitasjoner-overskrift`, since: expired ? i.expiresOn : plusDays(i.sentOn, INVITATION_REMINDER_DAYS), overdue: expired })];
  });
}

// ---------------------------------------------------------------- conference inputs without follow-up

export type ConferenceInputsFact = { conferenceId: number; projectId: number; title: string; date: string; openInputs: number };

/** A held conference whose inputs nobody has assessed yet; overdue once the readiness check fails them. */
export function inputItems(person: Person, projects: readonly ProjectOfPerson[], conferences: readonly ConferenceInputsFact[], today: string): ToMeItem[] {
  const led = projectsWhere(projects, ["prosjektleder"]);
  return conferences.flatMap((c) => {
    const project = led.get(c.projectId);
    if (!project || c.openInputs === 0 || c.date >= today) return [];
    const reason = `${c.openInputs} innspill fra ${norwegianDate(c.date)} er ikke vurdert`;
    return [forPerson(person, project, { key: `innspill:${c.conferenceId}`, kind: "innspill", projectId: c.projectId, title: c.title, reason, href: `/prosjekter/${c.projectId}/konferanser/${c.conferenceId}#innspill`, since: c.date, overdue: addMonths(c.date, FOLLOW_UP_MONTHS) < today })];
  });
}

// ---------------------------------------------------------------- measures without new data

/** A measure's period, from its free-text frequency; null for one-off or unknown frequencies. */
export type FrequencyPeriod = { days: number } | { months: number };

const FREQUENCIES: [RegExp, FrequencyPeriod][] = [
  [/annenhver\s+uke|hver\s+(andre|annen)\s+uke|hver\s+14\.?\s*dag|to\s*ukentlig|14\s*dager/, { days: 14 }],
  [/annenhver\s+m[åa]ned|hver\s+(andre|annen)\s+m[åa]ned|tom[åa]nedlig/, { months: 2 }],
  [/halv[åa]rlig|hvert\s+halv[åa]r|per\s+halv[åa]r|semester/, { months: 6 }],
  [/kvartal/, { months: 3 }],
  [/daglig|hver\s+dag|per\s+dag/, { days: 1 }],
  [/ukentlig|hver\s+uke|per\s+uke|ukesvis/, { days: 7 }],
  [/m[åa]nedlig|hver\s+m[åa]ned|per\s+m[åa]ned|m[åa]nedsvis/, { months: 1 }],
  [/[åa]rlig|hvert\s+[åa]r|per\s+[åa]r/, { months: 12 }],
];

const periods = new Map<string, FrequencyPeriod | null>();

/** frequencyPeriod, remembered per text: a portfolio of measures repeats a handful of frequencies. */
const periodOf = (frequency: string) => {
  if (!periods.has(frequency)) periods.set(frequency, frequencyPeriod(frequency));
  return periods.get(frequency)!;
};

export function frequencyPeriod(frequency: string): FrequencyPeriod | null {
  const text = frequency.toLocaleLowerCase("nb").trim();
  if (!text || /engang|[ée]n\s+gang|ved\s+behov|etter\s+behov/.test(text)) return null;
  // "Tertial" is four months; matched apart from quarters.
  if (/tertial/.test(text)) return { months: 4 };
  return FREQUENCIES.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

const addPeriods = (date: string, period: FrequencyPeriod, n: number) => ("days" in period ? plusDays(date, period.days * n) : addMonths(date, period.months * n));

export type MeasureDataFact = {
  id: number;
  projectId: number;
  name: string;
  frequency: string;
  /** The latest period with data, or when the measure was made if it has none. */
  lastDataDate: string | null;
  createdOn: string;
  continuesAfterProject: boolean;
  qualitative: boolean;
};

/**
 * Measures with no data in two of their own periods after the latest one that has data: two whole
 * periods have passed. Once the project has ended, only the measures that continue in operation.
 */
export function measureDataItems(person: Person, projects: readonly ProjectOfPerson[], measures: readonly MeasureDataFact[], today: string): ToMeItem[] {
  const led = projectsWhere(projects, ["prosjektleder"]);
  return measures.flatMap((m) => {
    const project = led.get(m.projectId);
    const period = periodOf(m.frequency);
    if (!project || !period || m.qualitative) return [];
    if (project.endDate && project.endDate < today && !m.continuesAfterProject) return [];
    const from = m.lastDataDate ?? m.createdOn;
    const missingSince = addPeriods(from, period, 2);
    if (missingSince >= today) return [];
    const reason = m.lastDataDate ? `Siste data er fra ${norwegianDate(m.lastDataDate)} (${m.frequency.toLocaleLowerCase("nb")})` : `Ingen data siden målingen ble laget ${norwegianDate(m.createdOn)} (${m.frequency.toLocaleLowerCase("nb")})`;
    return [forPerson(person, project, { key: `maling-uten-data:${m.id}:${from}`, kind: "maling-uten-data", projectId: m.projectId, title: m.name, reason, href: `/prosjekter/${m.projectId}/malinger/${m.id}/data`, since: missingSince, overdue: true })];
  });
}

// ---------------------------------------------------------------- readiness worse than at the last snapshot

const CHECK_RANK: Record<string, number> = { bestatt: 0, ikke_relevant: 0, advarsel: 1, ubesvart: 1, ikke_bestatt: 2 };

export type ReadinessChangeFact = {
  projectId: number;
  snapshotId: number;
  snapshotOn: string;
  before: { id: string; title: string; status: string }[];
  now: { id: string; title: string; status: string }[];
};

/** The checks that are worse now than in the project's latest snapshot (a check that is new counts from "bestått"). */
export function worseChecks(change: Pick<ReadinessChangeFact, "before" | "now">) {
  const before = new Map(change.before.map((c) => [c.id, CHECK_RANK[c.status] ?? 0]));
  return change.now.filter((c) => (CHECK_RANK[c.status] ?? 0) > (before.get(c.id) ?? 0));
}

export function readinessItems(person: Person, projects: readonly ProjectOfPerson[], changes: readonly ReadinessChangeFact[]): ToMeItem[] {
  const led = projectsWhere(projects, ["prosjektleder"]);
  return changes.flatMap((change) => {
    const project = led.get(change.projectId);
    const worse = worseChecks(change);
    if (!project || worse.length === 0) return [];
    const reason = `Dårligere enn ved øyeblikksbildet ${norwegianDate(change.snapshotOn)}: ${worse.map((c) => c.title).join(", ")}`;
    return [forPerson(person, project, { key: `klar-for-drift:${change.projectId}:${change.snapshotId}:${worse.map((c) => c.id).join(",")}`, kind: "klar-for-drift", projectId: change.projectId, title: "«Klar for drift?»", reason, href: `/prosjekter/${change.projectId}/klar-for-drift`, since: change.snapshotOn, overdue: false })];
  });
}

// ---------------------------------------------------------------- the whole list

/** Kind order first, then the oldest first, so what has waited longest is on top of its group. */
export function sortItems(items: readonly ToMeItem[]): ToMeItem[] {
  const order = new Map(TO_ME_KINDS.map((k, i) => [k, i]));
  // ISO dates and keys compare as plain strings (localeCompare is slow over hundreds of items).
  const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return [...items].sort((a, b) => order.get(a.kind)! - order.get(b.kind)! || byText(a.since, b.since) || byText(a.key, b.key));
}
