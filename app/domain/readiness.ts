// "Klar for drift?": checks computed from the project's own data, each passed, warned or failed,
// with what is missing. Pure: the caller gathers the data.

export type CheckStatus = "bestatt" | "advarsel" | "ikke_bestatt" | "ubesvart" | "ikke_relevant";

export type ReadinessInput = {
  asOf: string;
  organisations: { id: number; name: string; level: string }[];
  /** Leaders reached by anchoring work: organisation, date and leader level. */
  leaderReaches: { organisationId: number; date: string; leaderLevel: string }[];
  /** Staff meetings, internal training, induction of new staff: per organisation and date. */
  staffReaches: { organisationId: number; date: string }[];
  tiltak: {
    id: number;
    title: string;
    priority: string;
    status: string;
    nextEvaluationDate: string | null;
    organisationIds: number[];
    standardisedOrganisationIds: number[];
    hasHearing: boolean;
    agreementAreaIds: string[];
  }[];
  measures: { id: number; name: string; continuesAfterProject: boolean; ownerAfterProject: string; latestDate: string | null; pointCount: number; goalIds: number[]; isIllustrative: boolean }[];
  goals: { id: number; kind: string; number: number | null; title: string }[];
  /** Organisation level of each project member's organisation (null when none). */
  memberLevels: (string | null)[];
  userInputAtConferences: boolean;
  analysisActivities: number;
  latestSignedRound: { signedAt: string; weakFactorsWithoutAction: string[] } | null;
  manual: Record<string, { status: CheckStatus; evidence: string; notRelevantReason: string }>;
};

export type Check = {
  id: string;
  title: string;
  status: CheckStatus;
  detail: string;
  todo: string | null;
  link: string;
  /** The data cannot answer this one: the project leader answers it, with evidence. */
  manualOnly: boolean;
  evidence: string;
};

export type Readiness = { checks: Check[]; verdict: "klar" | "nesten" | "ikke_klar"; todo: string[] };

const SERVICE_LEVELS = ["kommune", "spesialisthelsetjeneste", "nav"];
const DONE = ["standardisert", "evaluert"];

function minusMonths(date: string, months: number) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}
const plusMonths = (date: string, months: number) => minusMonths(date, -months);
const list = (names: string[], max = 6) => (names.length > max ? `${names.slice(0, max).join(", ")} og ${names.length - max} til` : names.join(", "));
const goalName = (g: { kind: string; number: number | null }) => (g.kind === "hovedmal" ? "hovedmålet" : `delmål ${g.number}`);

type Draft = Omit<Check, "manualOnly" | "evidence"> & { manualOnly?: boolean };

/** Every readiness check, as of a date. */
export function assessReadiness(input: ReadinessInput): Readiness {
  const yearAgo = minusMonths(input.asOf, 12);
  const serviceOrgs = input.organisations.filter((o) => SERVICE_LEVELS.includes(o.level));
  const drafts: Draft[] = [];

  const standardised = input.tiltak.filter((t) => DONE.includes(t.status));
  const undocumented = standardised.flatMap((t) =>
    t.organisationIds.filter((id) => !t.standardisedOrganisationIds.includes(id)).length ? [t] : [],
  );
  drafts.push({
    id: "standardisering-dokumentert",
    title: "Standardiserte tiltak er skrevet inn i rutiner eller retningslinjer i hver organisasjon",
    status: standardised.length === 0 ? "advarsel" : undocumented.length ? "ikke_bestatt" : "bestatt",
    detail:
      standardised.length === 0
        ? "Ingen tiltak er standardisert ennå."
        : undocumented.length
          ? `Mangler rutine eller retningslinje i noen organisasjoner: ${list(undocumented.map((t) => `${t.title} (${t.organisationIds.length - t.standardisedOrganisationIds.length} av ${t.organisationIds.length})`))}.`
          : "Alle standardiserte tiltak har en rutine eller retningslinje i hver organisasjon.",
    todo: undocumented.length ? "Få tiltakene skrevet inn i rutiner og retningslinjer i hver organisasjon som er med." : null,
    link: "tiltak",
  });

  const noHearingOrPlan = standardised.filter((t) => !t.hasHearing || !t.nextEvaluationDate);
  drafts.push({
    id: "horing-og-evaluering",
    title: "Standardiserte tiltak har vært på høring og har en plan for evaluering",
    status: standardised.length === 0 ? "advarsel" : noHearingOrPlan.length ? "ikke_bestatt" : "bestatt",
    detail:
      standardised.length === 0
        ? "Ingen tiltak er standardisert ennå."
        : noHearingOrPlan.length
          ? `Mangler høring eller evalueringsdato: ${list(noHearingOrPlan.map((t) => t.title))}.`
          : `${standardised.length} standardiserte tiltak har vært på høring og har en dato for neste evaluering.`,
    todo: noHearingOrPlan.length ? "Send standardiserte tiltak på høring og sett dato for neste evaluering." : null,
    link: "tiltak",
  });

  const active = input.tiltak.filter((t) => t.status !== "ide");
  const overdue = active.filter((t) => t.nextEvaluationDate && t.nextEvaluationDate < input.asOf);
  const unplanned = active.filter((t) => !t.nextEvaluationDate || t.nextEvaluationDate > plusMonths(input.asOf, 12));
  drafts.push({
    id: "evaluering-planlagt",
    title: "Hvert tiltak har neste evaluering innen tolv måneder, og ingen er forsinket",
    status: overdue.length ? "ikke_bestatt" : unplanned.length ? "advarsel" : "bestatt",
    detail: [
      overdue.length ? `Forsinket evaluering: ${list(overdue.map((t) => t.title))}.` : "",
      unplanned.length ? `Uten evaluering de neste tolv månedene: ${list(unplanned.map((t) => t.title))}.` : "",
    ]
      .filter(Boolean)
      .join(" ") || "Alle tiltak har en evaluering planlagt innen tolv måneder.",
    todo: overdue.length || unplanned.length ? "Evaluer de forsinkede tiltakene og sett neste evalueringsdato for alle tiltak." : null,
    link: "tiltak",
  });

  const continuing = input.measures.filter((m) => m.continuesAfterProject && !m.isIllustrative);
  const halfYearAgo = minusMonths(input.asOf, 6);
  const weakContinuing = continuing.filter((m) => !m.ownerAfterProject.trim() || !m.latestDate || m.latestDate < halfYearAgo);
  drafts.push({
    id: "malinger-i-drift",
    title: "Målinger som fortsetter etter prosjektet har en eier i driften og ferske data",
    status: continuing.length === 0 || weakContinuing.length ? "ikke_bestatt" : "bestatt",
    detail:
      continuing.length === 0
        ? "Ingen målinger er satt til å fortsette etter prosjektet; det er ikke avklart hvilke måleverktøy driften skal bruke."
        : weakContinuing.length
          ? `Mangler eier eller data fra det siste halvåret: ${list(weakContinuing.map((m) => m.name))}.`
          : `${continuing.length} målinger fortsetter med eier og ferske data.`,
    todo: continuing.length === 0 ? "Velg måleverktøy og hvem i driften som skal eie målingene." : weakContinuing.length ? "Gi målingene en eier i driften og hold dataene oppdatert." : null,
    link: "malinger",
  });

  const measuredGoalIds = new Set(input.measures.filter((m) => m.pointCount > 0 && !m.isIllustrative).flatMap((m) => m.goalIds));
  const unmeasured = input.goals.filter((g) => !measuredGoalIds.has(g.id));
  const mainUnmeasured = unmeasured.some((g) => g.kind === "hovedmal");
  drafts.push({
    id: "mal-har-data",
    title: "Hovedmålet og hvert delmål har minst én måling med data",
    status: input.goals.length === 0 || unmeasured.length ? "ikke_bestatt" : "bestatt",
    detail:
      input.goals.length === 0
        ? "Prosjektet har ingen mål."
        : unmeasured.length
          ? `${mainUnmeasured ? "Det finnes ingen data å analysere hovedmålet mot. " : ""}Uten måling med data: ${list(unmeasured.map(goalName))}.`
          : "Alle mål har målinger med data.",
    todo: unmeasured.length ? "Bestem hvordan hovedmålet og delmålene skal måles, og start målingene." : null,
    link: "malinger",
  });

  const leadersReached = new Set(input.leaderReaches.filter((r) => r.date >= yearAgo && r.date <= input.asOf && r.leaderLevel === "toppledelse").map((r) => r.organisationId));
  const leadersMissing = serviceOrgs.filter((o) => !leadersReached.has(o.id));
  drafts.push({
    id: "ledere-forankret",
    title: "Toppledelsen i hver deltakende organisasjon er nådd det siste året",
    status: serviceOrgs.length === 0 ? "advarsel" : leadersMissing.length ? "ikke_bestatt" : "bestatt",
    detail: leadersMissing.length
      ? `Ikke nådd de siste tolv månedene: ${list(leadersMissing.map((o) => o.name))}.`
      : "Toppledelsen i alle deltakende organisasjoner er nådd det siste året.",
    todo: leadersMissing.length ? "Bekreft forankringen hos ledere på alle nivåer, og få målene inn i organisasjonenes egne planer." : null,
    link: "forankring",
  });

  const staffReached = new Set(input.staffReaches.map((r) => r.organisationId));
  const staffMissing = serviceOrgs.filter((o) => !staffReached.has(o.id));
  drafts.push({
    id: "medarbeidere-forankret",
    title: "Ny praksis er tatt opp på personalmøter, internundervisning eller i opplæringen av nyansatte",
    status: serviceOrgs.length === 0 ? "advarsel" : staffMissing.length ? "ikke_bestatt" : "bestatt",
    detail: staffMissing.length ? `Ingen slik aktivitet registrert i: ${list(staffMissing.map((o) => o.name))}.` : "Registrert i alle deltakende organisasjoner.",
    todo: staffMissing.length ? "Ta opp det nye forløpet på personalmøter, i internundervisning og i opplæringen av nyansatte." : null,
    link: "aktiviteter",
  });

  const userRepresentative = input.memberLevels.includes("bruker_parorende");
  drafts.push({
    id: "brukerrepresentant",
    title: "En brukerrepresentant er med i prosjektgruppen",
    status: userRepresentative ? "bestatt" : "ikke_bestatt",
    detail: userRepresentative ? "Prosjektet har et medlem fra en bruker- eller pårørendeorganisasjon." : "Ingen i prosjektet representerer brukerne.",
    todo: userRepresentative ? null : "Få en brukerrepresentant inn i prosjektgruppen.",
    link: "",
  });

  drafts.push({
    id: "brukerinnspill",
    title: "Brukerne har gitt innspill på dialogkonferansene",
    status: input.userInputAtConferences ? "bestatt" : "ikke_bestatt",
    detail: input.userInputAtConferences ? "Bruker- eller pårørendeorganisasjoner har deltatt og gitt innspill." : "Ingen innspill fra brukere er registrert.",
    todo: input.userInputAtConferences ? null : "Inviter brukerorganisasjoner og enkeltbrukere til dialogkonferansene.",
    link: "konferanser",
  });

  drafts.push({
    id: "brukere-velger-malinger",
    title: "Brukerne har vært med og valgt hva som skal måles, og er med og beskriver forløpet",
    status: "ubesvart",
    detail: "Dette kan ikke leses av dataene. Prosjektlederen svarer og viser til dokumentasjon.",
    todo: "Hent brukernes syn på hva som skal måles i de samme foraene som beskriver forløpet.",
    link: "malinger",
    manualOnly: true,
  });

  const prioritised = input.tiltak.filter((t) => t.priority === "prioritert");
  // A tiltak that involves no organisation (the project's own work) has nothing to agree on.
  const inServices = prioritised.filter((t) => t.organisationIds.length > 0);
  const untied = inServices.filter((t) => t.agreementAreaIds.length === 0);
  drafts.push({
    id: "samarbeidsavtaler",
    title: "Tiltakene er knyttet til samarbeidsavtalene",
    status: inServices.length === 0 ? "advarsel" : untied.length === 0 ? "bestatt" : untied.length < inServices.length ? "advarsel" : "ikke_bestatt",
    detail:
      inServices.length === 0
        ? "Ingen prioriterte tiltak involverer organisasjonene ennå."
        : untied.length
          ? `Prioriterte tiltak uten avtale: ${list(untied.map((t) => t.title))}.`
          : `Alle ${inServices.length} prioriterte tiltak i tjenestene er knyttet til minst én samarbeidsavtale, så de videreføres gjennom avtalene.`,
    todo: untied.length ? "Knytt tiltakene til samarbeidsavtalene mellom kommunene og helseforetaket." : null,
    link: "tiltak",
  });

  const round = input.latestSignedRound;
  const recentRound = round && round.signedAt.slice(0, 10) >= halfYearAgo;
  drafts.push({
    id: "barekraftsrunde",
    title: "En bærekraftsrunde er gjennomført det siste halvåret, og de svakeste faktorene har en plan",
    status: !recentRound ? "ikke_bestatt" : round.weakFactorsWithoutAction.length ? "advarsel" : "bestatt",
    detail: !round
      ? "Ingen bærekraftsrunde er signert."
      : !recentRound
        ? `Siste signerte runde er eldre enn et halvt år (${round.signedAt.slice(0, 10)}).`
        : round.weakFactorsWithoutAction.length
          ? `Svake faktorer uten planlagt tiltak: ${list(round.weakFactorsWithoutAction)}.`
          : "Siste runde er signert, og de svakeste faktorene har en plan.",
    todo: !recentRound ? "Gjennomfør en bærekraftsrunde med rådgiveren." : round.weakFactorsWithoutAction.length ? "Lag en plan for de svakeste faktorene." : null,
    link: "barekraft",
  });

  const analysedAgainstGoals = input.measures.some((m) => !m.isIllustrative && m.goalIds.length > 0 && m.pointCount >= 10);
  drafts.push({
    id: "kontrollere-data",
    title: "Kontrollere-steget har data analysert mot målene",
    status: analysedAgainstGoals ? "bestatt" : input.analysisActivities > 0 ? "advarsel" : "ikke_bestatt",
    detail: analysedAgainstGoals
      ? "Minst én måling knyttet til et mål har nok punkter til et seriediagram."
      : "Ingen måling knyttet til målene har nok data (minst ti punkter) til å vise om endringen er en forbedring.",
    todo: analysedAgainstGoals ? null : "Samle data over tid for målingene som hører til målene, og analyser dem i seriediagram.",
    link: "malinger",
  });

  const unfinished = prioritised.filter((t) => !DONE.includes(t.status));
  drafts.push({
    id: "prioriterte-tiltak-ferdige",
    title: "De prioriterte tiltakene er standardisert",
    status: prioritised.length === 0 ? "advarsel" : unfinished.length ? "ikke_bestatt" : "bestatt",
    detail: unfinished.length ? `Ikke ferdig: ${list(unfinished.map((t) => t.title))}.` : "Alle prioriterte tiltak er standardisert eller evaluert.",
    todo: unfinished.length ? "Gjør ferdig de prioriterte tiltakene, blant dem forløpet selv, og få dem standardisert." : null,
    link: "tiltak",
  });

  const checks = drafts.map((draft): Check => {
    const answer = input.manual[draft.id];
    const base = { ...draft, manualOnly: draft.manualOnly ?? false, evidence: answer?.evidence ?? "" };
    if (answer?.status === "ikke_relevant") return { ...base, status: "ikke_relevant", detail: `Ikke relevant: ${answer.notRelevantReason}`, todo: null };
    if (draft.manualOnly && answer) return { ...base, status: answer.status, todo: answer.status === "bestatt" ? null : draft.todo };
    return base;
  });
  const open = checks.filter((c) => c.status === "ikke_bestatt" || c.status === "ubesvart");
  return {
    checks,
    verdict: open.length ? "ikke_klar" : checks.some((c) => c.status === "advarsel") ? "nesten" : "klar",
    todo: [...new Set(open.map((c) => c.todo).filter((t): t is string => Boolean(t)))],
  };
}

export const VERDICT_TEXT = { klar: "Klar for drift", nesten: "Nesten klar for drift", ikke_klar: "Ikke klar for drift" } as const;
export const STATUS_TEXT: Record<CheckStatus, string> = {
  bestatt: "Bestått",
  advarsel: "Advarsel",
  ikke_bestatt: "Ikke bestått",
  ubesvart: "Ikke besvart",
  ikke_relevant: "Ikke relevant",
};

/** A project that has ended is assessed as of its end date; one still running, as of today. */
export const defaultAssessmentDate = (project: { endDate: string | null }, today: string) =>
  project.endDate && project.endDate < today ? project.endDate : today;
