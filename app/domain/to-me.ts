// "Til meg": what waits on one person now, across their projects. Each rule is a pure function of
// dated facts and today's date (Oslo), so the same facts give the same list whoever asks and when.

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
