// The fixed value sets of the data model, apart from the tables so that browser code can use them
// without bundling drizzle.
export const PROJECT_ROLES = ["prosjektleder", "prosjektmedarbeider", "styringsgruppe", "radgiver"] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

export const STEP_IDS = ["forberedelse", "planlegge", "utfore", "kontrollere", "standardisere"] as const;
export type StepId = (typeof STEP_IDS)[number];

export const ORGANISATION_LEVELS = [
  "kommune",
  "spesialisthelsetjeneste",
  "nav",
  "bruker_parorende",
  "fastlege",
  "andre",
] as const;
export type OrganisationLevel = (typeof ORGANISATION_LEVELS)[number];

/** The bodies of a project's organisation, in the order the overview shows them. */
export const PROJECT_GROUP_KINDS = ["eier", "styringsgruppe", "prosjektgruppe", "fagnettverk", "arbeidsgruppe"] as const;
export type ProjectGroupKind = (typeof PROJECT_GROUP_KINDS)[number];

export const GOAL_KINDS = ["hovedmal", "delmal"] as const;
export const GOAL_STATUSES = ["ikke_startet", "pagar", "delvis_nadd", "nadd", "ikke_nadd"] as const;
export const TILTAK_PRIORITIES = ["prioritert", "ikke_prioritert"] as const;
export const TILTAK_STATUSES = ["ide", "planlagt", "utproving", "pa_horing", "standardisert", "evaluert"] as const;
export type TiltakStatus = (typeof TILTAK_STATUSES)[number];
export const INPUT_FOLLOW_UPS = ["ikke_vurdert", "tatt_inn_i_tiltak", "besvart_annet", "avvist"] as const;
export const MEASURE_KINDS = ["andel", "antall", "rate", "kontinuerlig", "kvalitativ"] as const;
export const MEASURE_DIRECTIONS = ["hoyere_er_bedre", "lavere_er_bedre", "noytral"] as const;
export const CHART_TYPES = ["run", "i", "mr", "p", "u", "c", "g", "t"] as const;
export const CHART_EVENT_KINDS = ["ny_fase", "frys", "merknad"] as const;
export const EVALUATION_METHODS = ["malinger", "gjennomgang", "fokusgruppe", "sporreskjema", "brukerhistorie", "annet"] as const;
export const EVALUATION_DECISIONS = ["fortsette", "justere", "avslutte"] as const;
export const QUALITATIVE_METHODS = ["fokusgruppe", "brukerhistorie", "sporreskjema", "sjekkliste", "annet"] as const;
export const ROUND_STATUSES = ["apen", "signert"] as const;
export const REVIEW_VERDICTS = ["godkjent", "trenger_arbeid"] as const;
export const CHECK_STATUSES = ["bestatt", "advarsel", "ikke_bestatt", "ikke_relevant"] as const;
export const DECISION_STATUSES = ["apen", "pagar", "fullfort", "avlyst"] as const;
export const STEP_REVIEW_STATUSES = ["venter", "godkjent", "sendt_tilbake"] as const;
export const REPORT_STATUSES = ["utkast", "sendt"] as const;
/** How often a person gets the e-mail digest of what waits on them. */
export const DIGEST_FREQUENCIES = ["daglig", "ukentlig", "aldri"] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];
/** A person's digest for one day: being sent (claimed by a process), sent, nothing to send, or failed. */
export const DIGEST_STATUSES = ["sender", "sendt", "tom", "feilet"] as const;
export type DigestStatus = (typeof DIGEST_STATUSES)[number];
export const JOB_KINDS = ["prosjektimport", "rapport-word"] as const;
export type JobKind = (typeof JOB_KINDS)[number];
export const JOB_STATUSES = ["venter", "kjorer", "ferdig", "feilet"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
