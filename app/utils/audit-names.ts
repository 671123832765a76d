// The audit log in bokmål: what each kind of object and each action is called, and its times in
// Norwegian time (Europe/Oslo), whatever the server's or the browser's time zone.
import { partsInOslo } from "./time";

export { osloDateTime } from "./time";

/** Every `entityType` the app writes to the audit log, with its name on the log pages. A test checks that none is missing. */
export const ENTITY_NAMES: Record<string, string> = {
  activity: "aktivitet",
  anchoring_coverage: "forankringsoversikt",
  audit_log: "revisjonslogg",
  chart_event: "markering i diagram",
  conference: "dialogkonferanse",
  conference_input: "innspill på konferanse",
  data_point: "datapunkt",
  data_points: "datapunkter",
  decision: "vedtak",
  goal: "mål",
  goal_status: "målstatus",
  hearing: "høring",
  hearing_response: "høringssvar",
  invitation: "invitasjon",
  measure: "måling",
  measure_data: "måledata",
  membership: "medlemskap",
  memberships: "medlemskap (oversikt)",
  organisation: "organisasjon",
  phase: "fase",
  portfolio: "portefølje",
  programme_item: "programpost",
  project: "prosjekt",
  project_group: "prosjektgruppe",
  project_group_member: "gruppemedlem",
  project_organisation: "prosjektets organisasjon",
  project_organisation_chart: "prosjektorganisering",
  project_people: "prosjektets personer",
  qualitative_evaluation: "kvalitativ vurdering",
  readiness_answer: "svar om klar for drift",
  readiness_snapshot: "øyeblikksbilde av klar for drift",
  report: "rapport",
  request: "forespørsel",
  standardisation: "standardisering",
  steering_meeting: "styringsgruppemøte",
  step_review: "godkjenning av steg",
  sustainability_answers: "bærekraftssvar",
  sustainability_reviews: "revisjon av bærekraftsrunde",
  sustainability_round: "bærekraftsrunde",
  tiltak: "tiltak",
  tiltak_evaluation: "evaluering av tiltak",
  tiltak_status: "tiltaksstatus",
  user: "bruker",
  users: "brukere (oversikt)",
};

export const ACTION_NAMES: Record<string, string> = {
  create: "Opprettet",
  update: "Endret",
  delete: "Slettet",
  login: "Logget inn",
  login_failed: "Mislykket innlogging",
  logout: "Logget ut",
  export: "Eksporterte",
  import: "Importerte",
  read: "Leste",
  refused: "Avvist",
};

/**
 * What each field in an entry's detail is called on the log pages: every column of every table (what
 * «changes» and «removed» name) and every key the app writes beside them. A test checks that none is missing.
 */
export const FIELD_NAMES: Record<string, string> = {
  projects: "prosjekter", acceptedAt: "godtatt", acceptedBy: "godtatt av", accepted: "godtatt", action: "handling", activityId: "aktivitet",
  agreementAreaId: "avtaleområde", page: "side", previousCsrfToken: "forrige skjemanøkkel", fields: "felter", answer: "svar", answeredBy: "besvart av", answeredOn: "besvart dato", at: "tidspunkt",
  audienceId: "målgruppe", by: "av", changedAt: "endret", changedBy: "endret av", chartType: "diagramtype", checkId: "kontrollpunkt",
  comment: "kommentar", conferenceId: "dialogkonferanse", contentJson: "innhold", continuesAfterProject: "fortsetter etter prosjektet",
  continuesSince: "fortsetter fra", count: "antall", createdAt: "opprettet", createdBy: "opprettet av", csrfToken: "skjemanøkkel",
  currentStep: "gjeldende steg", dataSource: "datakilde", date: "dato", deadline: "frist", decidedAt: "avgjort", decidedBy: "avgjort av",
  decision: "beslutning", definition: "definisjon", deaktivert: "deaktivert", denominator: "nevner", denominatorText: "nevner (tekst)",
  description: "beskrivelse", detail: "detaljer", direction: "retning", disabledAt: "deaktivert", documentKind: "dokumenttype",
  documentRef: "dokumentreferanse", done: "utført", dueDate: "frist", effectiveDate: "gjelder fra", email: "e-post", endDate: "sluttdato",
  entityId: "objekt-id", entityType: "objekt", error: "feil", errorCount: "antall feil", evidence: "dokumentasjon", evidenceUrl: "lenke til dokumentasjon",
  excluded: "utelatt", expiresAt: "utløper", failureAreaId: "sviktområde", failures: "mislykkede forsøk", file: "fil", fileName: "filnavn",
  fileType: "filtype", filter: "utvalg", finishedAt: "ferdig", followUp: "oppfølging", followUpNote: "oppfølgingsnotat", followedUpAt: "fulgt opp",
  format: "filformat", frequency: "hyppighet", from: "fra", fromInput: "fra innspill", fromStatus: "fra status", frozenAt: "låst", frozenBy: "låst av", function: "funksjon",
  funder: "finansiør", goalId: "mål", groupId: "gruppe", hearingId: "høring", id: "id", importId: "innlesing", instrumentId: "verktøy",
  instrumentVersion: "verktøyversjon", invitedBy: "invitert av", isAdmin: "administrator", isIllustrative: "eksempeldata", itemId: "punkt",
  justification: "begrunnelse", key: "nøkkel", kind: "type", lastFailureAt: "siste mislykkede forsøk", lastSeenAt: "sist sett",
  leaderLevel: "ledernivå", level: "nivå", limit: "grense", measureId: "måling", meetingId: "møte", method: "metode", multiplier: "multiplikator",
  name: "navn", nextEvaluationDate: "neste evaluering", notRelevantReason: "begrunnelse for ikke relevant", note: "notat", notes: "merknader",
  number: "nummer", numerator: "teller", numeratorText: "teller (tekst)", orgNumber: "organisasjonsnummer", organisationId: "organisasjon",
  origin: "avsender (Origin)", owner: "eier", ownerAfterProject: "eier etter prosjektet", ownerUserId: "ansvarlig (konto)",
  digestFrequency: "påminnelser på e-post", day: "dag", claimedBy: "tatt av", claimedAt: "tatt", itemKeysJson: "saker i oversikten", attempts: "forsøk", parentId: "overordnet", participation: "deltakelse",
  passord: "passord", passwordHash: "passord", passwordReset: "nytt passord", path: "adresse", periodEnd: "periodeslutt", periodStart: "periodestart",
  place: "sted", plannedAction: "planlagt tiltak", pointCount: "antall punkter", position: "plassering", presenter: "innleder",
  previousRoundId: "forrige runde", priority: "prioritet", problemsJson: "problemer", projectId: "prosjekt", protectSmallCounts: "skjul små tall",
  purpose: "formål", raisedBy: "meldt av", raters: "vurderere", reason: "årsak", reasonText: "begrunnelse", recordedAt: "registrert",
  reference: "referanse", region: "region", registerKey: "registernøkkel", renewed: "fornyet", reopened: "gjenåpnet", reportId: "rapport",
  requestedAt: "bedt om", requestedBy: "bedt om av", responseDate: "svardato", responsibleOrganisationId: "ansvarlig organisasjon",
  responsiblePerson: "ansvarlig person", result: "resultat", resultJson: "resultat", retryAfterSeconds: "vent (sekunder)", role: "rolle",
  roundId: "runde", row: "rad", runnerPid: "prosess", sectionKey: "del", sent: "sendt", sentAt: "sendt", sentDate: "sendt dato",
  shortName: "kortnavn", signed: "signert", signedAt: "signert", signedBy: "signert av", since: "siden", sortOrder: "rekkefølge",
  source: "kilde", sourceAddress: "adresse", startDate: "startdato", startedAt: "startet", status: "status", step: "steg", stepId: "steg",
  submitted: "levert", submittedAt: "levert", summary: "sammendrag", takenAt: "tatt", target: "målverdi", targetDate: "måldato",
  targetGroup: "målgruppe", text: "tekst", themeId: "tema", tiltakId: "tiltak", time: "tidspunkt", title: "tittel", to: "til",
  toStatus: "til status", tokenHash: "lenkenøkkel", total: "totalt", typeId: "type", unit: "enhet", updatedAt: "endret", usedAt: "brukt",
  userId: "bruker", value: "verdi", verdict: "vurdering", version: "versjon", versionNumber: "versjonsnummer", viaInvitation: "via invitasjon",
  windowStart: "periodestart", withdrawnAt: "trukket tilbake",
  // Reminders by e-mail (digests and their unsubscribe links).
  viaUnsubscribeLink: "via avmeldingslenke",
};

/** Codes the log keeps as values that are not bokmål themselves. */
const VALUE_NAMES: Record<string, string> = { throttled: "for mange forsøk", docx: "Word", xlsx: "Excel", csv: "CSV", json: "JSON" };

/** A field's bokmål name; «punkt.felt» keys (one item of a round) are named by their last part. */
export function fieldName(field: string): string {
  if (field in FIELD_NAMES) return FIELD_NAMES[field];
  const dot = field.lastIndexOf(".");
  if (dot > 0 && field.slice(dot + 1) in FIELD_NAMES) return `${field.slice(0, dot)}: ${FIELD_NAMES[field.slice(dot + 1)]}`;
  return field;
}

/** Why a request was refused (the `reason` of an entry with action «refused»), as the log pages show it. */
export const REFUSAL_REASONS = {
  "ikke-medlem": "ikke medlem av prosjektet",
  "mangler-rolle": "rollen gir ikke tilgang til dette",
  "kan-ikke-slette": "bare prosjektlederen kan slette dette",
  "ikke-administrator": "ikke administrator",
  "ugyldig-id": "ugyldig id i adressen eller skjemaet",
  "finnes-ikke": "finnes ikke, eller hører til et annet prosjekt",
  csrf: "skjemaet kunne ikke bekreftes (CSRF-token)",
  "ny-innlogging": "skjemaet var fra før en ny innlogging i en annen fane",
  "annet-nettsted": "skjema sendt fra et annet nettsted (Origin)",
  "ingen-tilgang": "ingen tilgang",
  "for-stort": "skjemaet er for stort",
  "feil-skjematype": "ikke et nettskjema",
  "uleselig-skjema": "skjemaet kunne ikke leses",
  "ugyldig-skjema": "feil i skjemaets felter",
  konflikt: "lagret av noen andre i mellomtiden, eller låst",
  avvist: "avvist",
} as const;
export type RefusalReason = keyof typeof REFUSAL_REASONS;

/** The bokmål name of a kind of object; an unknown one is shown as it is stored. */
export const entityName = (entityType: string) => ENTITY_NAMES[entityType] ?? entityType;
export const actionName = (action: string) => ACTION_NAMES[action] ?? action;

/** The instant (ISO, UTC, as stored) when the day «yyyy-mm-dd» begins in Norway. */
export function osloDayStart(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  const midnightUtc = Date.UTC(y, m - 1, d);
  // Norway is one or two hours ahead of UTC; the clocks change at 01:00 UTC, never near midnight.
  const p = partsInOslo(new Date(midnightUtc));
  const shown = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return new Date(midnightUtc - (shown - midnightUtc)).toISOString();
}

/** The day after «yyyy-mm-dd». */
export function nextDay(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

type Logged = string | number | boolean | null | number[] | { sha256: string; lengde: number };

function loggedText(value: unknown): string {
  if (value === null || value === undefined || value === "") return "tomt";
  if (typeof value === "boolean") return value ? "ja" : "nei";
  if (Array.isArray(value)) return value.join(", ") || "ingen";
  if (typeof value === "object" && "sha256" in (value as object)) {
    const text = value as { sha256: string; lengde: number };
    return `tekst på ${text.lengde} tegn (#${text.sha256.slice(0, 8)})`;
  }
  return VALUE_NAMES[String(value)] ?? String(value);
}

/** An entry's detail in a line of bokmål: why it was refused, what changed (før → etter), and the rest. */
export function describeAuditDetail(action: string, detail: string | null): string {
  if (!detail) return "";
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(detail) as Record<string, unknown>;
  } catch {
    return "";
  }
  if (!parsed || typeof parsed !== "object") return "";
  const parts: string[] = [];
  const { reason, status, method, path, message, fields, changes, removed, ...rest } = parsed;
  if (action === "refused") {
    const reasonText = typeof reason === "string" ? ((REFUSAL_REASONS as Record<string, string>)[reason] ?? reason) : "avvist";
    parts.push(`${reasonText[0].toUpperCase()}${reasonText.slice(1)} (${status ?? ""} ${method ?? ""} ${path ?? ""})`.replace(/\s+\)/, ")"));
    if (Array.isArray(fields) && fields.length) parts.push(`felt: ${fields.map((f) => fieldName(String(f))).join(", ")}`);
    // Routes' own 403s say in their message what was refused.
    if (reason === "ingen-tilgang" && typeof message === "string") parts.push(`«${message}»`);
  } else if (reason !== undefined) {
    rest.reason = reason;
  }
  if (changes && typeof changes === "object") {
    for (const [field, change] of Object.entries(changes as Record<string, { før: Logged; etter: Logged }>)) {
      parts.push(`${fieldName(field)}: ${loggedText(change?.før)} → ${loggedText(change?.etter)}`);
    }
  }
  if (removed && typeof removed === "object") {
    parts.push(`slettet: ${Object.entries(removed as Record<string, Logged>).map(([field, value]) => `${fieldName(field)} ${loggedText(value)}`).join("; ")}`);
  }
  for (const [key, value] of Object.entries(rest)) {
    if (value === undefined || (typeof value === "object" && value !== null && !Array.isArray(value) && !("sha256" in value))) continue;
    parts.push(`${fieldName(key)}: ${loggedText(value)}`);
  }
  return parts.join("; ").slice(0, 500);
}
