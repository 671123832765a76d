// "Klar for drift?": checks computed from the project's own data, each passed, warned or failed,
// with what is missing. Pure: the caller gathers the data.

import { addMonths, knownBy, latestAsOf, norwegianDate } from "./dated-facts";
import { goalNameInText } from "./goal-label";
import { nextEvaluation } from "./tiltak-status";
import { countOf } from "../utils/format";

export type CheckStatus = "bestatt" | "advarsel" | "ikke_bestatt" | "ubesvart" | "ikke_relevant";

/** A tiltak's record: every fact carries the day it became true. */
export type TiltakFacts = {
  id: number;
  title: string;
  priority: string;
  /** Status changes in the order they were recorded, each with the day it took effect. */
  statusHistory: { status: string; date: string }[];
  /** The evaluation date planned on the tiltak itself; it counts until the tiltak has been evaluated. */
  plannedEvaluationDate: string | null;
  evaluations: { date: string; decision: string; nextEvaluationDate: string | null }[];
  organisationIds: number[];
  standardisations: { organisationId: number; date: string }[];
  hearingDates: string[];
  agreementAreaIds: string[];
};

/** Everything the checks read, dated; `assessReadiness` uses only what was true on `asOf`. */
export type ReadinessInput = {
  asOf: string;
  organisations: { id: number; name: string; level: string }[];
  /** The levels of leaders an organisation has, from the top down. */
  leaderLevels: { id: string; name: string }[];
  /** Leaders reached by anchoring work: organisation, date and leader level. */
  leaderReaches: { organisationId: number; date: string; leaderLevel: string }[];
  /** Staff meetings, internal training, induction of new staff: per organisation and date. */
  staffReaches: { organisationId: number; date: string }[];
  /** Users or relatives reached as an audience in a user organisation. */
  userReaches: { organisationId: number; date: string }[];
  tiltak: TiltakFacts[];
  measures: {
    id: number;
    name: string;
    /** The day it was decided that the measure continues in operation; null when it does not. */
    continuesSince: string | null;
    ownerAfterProject: string;
    pointDates: string[];
    goalIds: number[];
    isIllustrative: boolean;
  }[];
  goals: { id: number; kind: string; number: number | null; title: string }[];
  /** The organisation level of each project member and the day they joined. */
  members: { level: string | null; since: string }[];
  /** People in the project's groups, with their function and organisation level. */
  groupMembers: { groupKind: string; groupName: string; level: string | null; function: string; since: string }[];
  /** Inputs from the dialogue conferences, dated by their conference; followed up on a day, or not yet. */
  conferenceInputs: { date: string; usersTookPart: boolean; raisedByUsers: boolean; followUp: string; followedUpOn: string | null }[];
  analysisActivityDates: string[];
  /** Rounds with when they started and were signed, and each rater's organisation level and when they handed in. */
  sustainabilityRounds: {
    startedAt: string;
    signedAt: string | null;
    weakFactorsWithoutAction: string[];
    raters: { level: string | null; submittedAt: string | null }[];
  }[];
  manual: Record<string, { status: CheckStatus; evidence: string; notRelevantReason: string; answeredOn: string }>;
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
  /** The project leader may answer with a status and evidence: where the data cannot answer, or to add what it does not show. */
  acceptsAnswer: boolean;
  evidence: string;
};

export type Readiness = { checks: Check[]; verdict: "klar" | "nesten" | "ikke_klar"; todo: string[] };

const SERVICE_LEVELS = ["kommune", "spesialisthelsetjeneste", "nav"];
const DONE = ["standardisert", "evaluert"];
/** The organisation level of user and relatives' organisations. */
export const USER_LEVEL = "bruker_parorende";
/** Groups where the work is designed; a user representative there takes part in the design. */
const DESIGN_GROUPS = ["prosjektgruppe", "arbeidsgruppe"];
/** An input older than this without follow-up fails the check; a newer one warns. */
export const FOLLOW_UP_MONTHS = 3;

/** A tiltak as it stood on a date; null when it was not yet registered. */
export function tiltakAsOf(t: TiltakFacts, asOf: string) {
  const current = latestAsOf(t.statusHistory, asOf);
  if (!current) return null;
  const evaluations = t.evaluations.filter((e) => knownBy(e.date, asOf));
  const next = nextEvaluation(t.plannedEvaluationDate, evaluations);
  const standardisedOn = t.statusHistory.find((h) => h.status === "standardisert" && knownBy(h.date, asOf))?.date ?? null;
  return {
    id: t.id,
    title: t.title,
    priority: t.priority,
    status: current.status,
    /** The last day anything moved: a status change or an evaluation. */
    lastChange: next.decidedOn && next.decidedOn > current.date ? next.decidedOn : current.date,
    nextEvaluationDate: next.date,
    stopped: next.stopped,
    evaluated: evaluations.length > 0,
    /** Evaluated after it was standardised: the finished practice has been tried and assessed. */
    evaluatedAfterStandardisation: Boolean(standardisedOn) && evaluations.some((e) => e.date >= (standardisedOn as string)),
    organisationIds: t.organisationIds,
    standardisedOrganisationIds: t.standardisations.filter((s) => knownBy(s.date, asOf)).map((s) => s.organisationId),
    hasHearing: t.hearingDates.some((d) => knownBy(d, asOf)),
    /** A hearing sent before the tiltak was standardised (or, if it is not, before the date). */
    heardBeforeStandardised: t.hearingDates.some((d) => knownBy(d, standardisedOn ?? asOf)),
    agreementAreaIds: t.agreementAreaIds,
  };
}

/** The project's facts as they stood on `input.asOf`: what every check and report section reads. */
export function factsAsOf(input: ReadinessInput) {
  const { asOf } = input;
  const known = <T extends { date: string }>(rows: T[]) => rows.filter((r) => knownBy(r.date, asOf));
  const userOrganisations = new Set(input.organisations.filter((o) => o.level === USER_LEVEL).map((o) => o.id));
  const rounds = input.sustainabilityRounds.filter((r) => knownBy(r.startedAt, asOf));
  const signed = rounds.filter((r) => knownBy(r.signedAt, asOf)).sort((a, b) => (a.signedAt as string).localeCompare(b.signedAt as string));
  return {
    asOf,
    leaderLevels: input.leaderLevels,
    organisations: input.organisations,
    leaderReaches: known(input.leaderReaches),
    staffReaches: known(input.staffReaches),
    userReaches: known(input.userReaches).filter((r) => userOrganisations.has(r.organisationId)),
    tiltak: input.tiltak.flatMap((t) => tiltakAsOf(t, asOf) ?? []),
    measures: input.measures.map((m) => {
      const points = m.pointDates.filter((d) => knownBy(d, asOf));
      return {
        id: m.id,
        name: m.name,
        continuesAfterProject: knownBy(m.continuesSince, asOf),
        ownerAfterProject: m.ownerAfterProject,
        pointCount: points.length,
        latestDate: points.reduce<string | null>((latest, d) => (!latest || d > latest ? d : latest), null),
        goalIds: m.goalIds,
        isIllustrative: m.isIllustrative,
      };
    }),
    goals: input.goals,
    members: input.members.filter((m) => knownBy(m.since, asOf)),
    groupMembers: input.groupMembers.filter((m) => knownBy(m.since, asOf)),
    conferenceInputs: known(input.conferenceInputs).map((i) => ({ ...i, followUp: knownBy(i.followedUpOn, asOf) ? i.followUp : "ikke_vurdert" })),
    analysisActivities: input.analysisActivityDates.filter((d) => knownBy(d, asOf)).length,
    latestSignedRound: signed.length ? { ...signed[signed.length - 1], signedAt: signed[signed.length - 1].signedAt as string } : null,
    /** The organisation level of each rater who had handed in by the day. */
    raterLevels: rounds.flatMap((r) => r.raters.filter((x) => knownBy(x.submittedAt, asOf)).map((x) => x.level)),
    manual: Object.fromEntries(Object.entries(input.manual).filter(([, answer]) => knownBy(answer.answeredOn, asOf))),
  };
}
export type FactsAsOf = ReturnType<typeof factsAsOf>;

const list = (names: string[], max = 6) => (names.length > max ? `${names.slice(0, max).join(", ")} og ${names.length - max} til` : names.join(", "));

/** Measures that can show whether the change is an improvement: real data, tied to a goal, enough points for a run chart. */
export const measuresAnalysedAgainstGoals = (facts: FactsAsOf) => facts.measures.filter((m) => !m.isIllustrative && m.goalIds.length > 0 && m.pointCount >= 10);

/** What the data says about users taking part in the design of the work. */
export function userInvolvement(facts: FactsAsOf) {
  const representatives = facts.groupMembers.filter((m) => DESIGN_GROUPS.includes(m.groupKind) && (m.level === USER_LEVEL || /bruker/i.test(m.function)));
  const inputsInTiltak = facts.conferenceInputs.filter((i) => i.raisedByUsers && i.followUp === "tatt_inn_i_tiltak");
  const ratingUsers = facts.raterLevels.filter((level) => level === USER_LEVEL);
  return {
    reachedAsAudience: new Set(facts.userReaches.map((r) => r.organisationId)).size,
    representativeGroups: [...new Set(representatives.map((m) => m.groupName))],
    inputsInTiltak: inputsInTiltak.length,
    ratingUsers: ratingUsers.length,
  };
}

type Draft = Omit<Check, "manualOnly" | "acceptsAnswer" | "evidence"> & { manualOnly?: boolean; answerAdds?: boolean };

/** Every readiness check, as of a date. */
export const assessReadiness = (dated: ReadinessInput): Readiness => assessFacts(factsAsOf(dated));

/** Every readiness check on facts already narrowed to their day (see factsAsOf). */
export function assessFacts(input: FactsAsOf): Readiness {
  const yearAgo = addMonths(input.asOf, -12);
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

  const noHearingOrPlan = standardised.filter((t) => !t.heardBeforeStandardised || (!t.nextEvaluationDate && !t.stopped));
  drafts.push({
    id: "horing-og-evaluering",
    title: "Standardiserte tiltak har vært på høring og har en plan for evaluering",
    status: standardised.length === 0 ? "advarsel" : noHearingOrPlan.length ? "ikke_bestatt" : "bestatt",
    detail:
      standardised.length === 0
        ? "Ingen tiltak er standardisert ennå."
        : noHearingOrPlan.length
          ? `Mangler høring før standardiseringen eller dato for neste evaluering: ${list(noHearingOrPlan.map((t) => t.title))}.`
          : `${standardised.length} standardiserte tiltak var på høring før de ble standardisert, og har en dato for neste evaluering.`,
    todo: noHearingOrPlan.length ? "Send tiltak på høring før de standardiseres, og sett dato for neste evaluering." : null,
    link: "tiltak",
  });

  const active = input.tiltak.filter((t) => t.status !== "ide" && !t.stopped);
  const overdue = active.filter((t) => t.nextEvaluationDate && t.nextEvaluationDate < input.asOf);
  const unplanned = active.filter((t) => !t.nextEvaluationDate || t.nextEvaluationDate > addMonths(input.asOf, 12));
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
  const halfYearAgo = addMonths(input.asOf, -6);
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
          : `${countOf(continuing.length, "måling fortsetter", "målinger fortsetter")} med eier og ferske data.`,
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
          ? `${mainUnmeasured ? "Det finnes ingen data å analysere hovedmålet mot. " : ""}Uten måling med data: ${list(unmeasured.map(goalNameInText))}.`
          : "Alle mål har målinger med data.",
    todo: unmeasured.length ? "Bestem hvordan hovedmålet og delmålene skal måles, og start målingene." : null,
    link: "malinger",
  });

  const reachedOrganisations = new Set([...input.leaderReaches, ...input.staffReaches].map((r) => r.organisationId));
  const neverReached = serviceOrgs.filter((o) => !reachedOrganisations.has(o.id));
  drafts.push({
    id: "forankret-bredt",
    title: "Forankringsarbeidet har nådd hver deltakende organisasjon",
    status: serviceOrgs.length === 0 ? "advarsel" : neverReached.length ? "ikke_bestatt" : "bestatt",
    detail: neverReached.length
      ? `Aldri nådd av forankringsarbeid: ${list(neverReached.map((o) => o.name))}.`
      : `Ledere eller medarbeidere i ${serviceOrgs.length === 1 ? "den deltakende organisasjonen" : `alle ${serviceOrgs.length} deltakende organisasjoner`} er nådd av forankringsarbeidet.`,
    todo: neverReached.length ? "Nå ledere og medarbeidere i alle organisasjonene som deltar." : null,
    link: "forankring",
  });

  // Leaders at every level, recently: the new practice needs them now, not when the project started.
  const recentLevels = new Map<number, Set<string>>();
  for (const r of input.leaderReaches.filter((r) => r.date >= yearAgo)) recentLevels.set(r.organisationId, (recentLevels.get(r.organisationId) ?? new Set()).add(r.leaderLevel));
  const levelName = (id: string) => (input.leaderLevels.find((l) => l.id === id)?.name ?? id).replace(/ \(.*\)$/, "").toLocaleLowerCase("nb");
  const leadersMissing = serviceOrgs.flatMap((o) => {
    const missing = input.leaderLevels.filter((l) => !recentLevels.get(o.id)?.has(l.id)).map((l) => levelName(l.id));
    return missing.length ? [{ name: o.name, missing }] : [];
  });
  drafts.push({
    id: "ledere-forankret",
    title: "Ledere på alle nivåer i hver deltakende organisasjon er nådd det siste året",
    status: serviceOrgs.length === 0 ? "advarsel" : leadersMissing.length ? "ikke_bestatt" : "bestatt",
    detail: leadersMissing.length
      ? `Ledere på alle nivåer er ennå ikke nådd de siste tolv månedene: ${list(leadersMissing.map((o) => `${o.name} (${o.missing.join(", ")})`))}.`
      : "Ledere på alle nivåer i alle deltakende organisasjoner er nådd det siste året.",
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

  const users = userInvolvement(input);
  const userRepresentative = users.representativeGroups.length > 0 || input.members.some((m) => m.level === USER_LEVEL);
  drafts.push({
    id: "brukerrepresentant",
    title: "En brukerrepresentant er med i prosjektgruppen",
    status: userRepresentative ? "bestatt" : "ikke_bestatt",
    detail: userRepresentative
      ? `Prosjektet har en representant for brukerne${users.representativeGroups.length ? ` i ${list(users.representativeGroups)}` : " blant medlemmene"}.`
      : "Ingen i prosjektet representerer brukerne.",
    todo: userRepresentative ? null : "Få en brukerrepresentant inn i prosjektgruppen.",
    link: "organisering",
  });

  const userInputAtConferences = input.conferenceInputs.some((i) => i.usersTookPart);
  drafts.push({
    id: "brukerinnspill",
    title: "Brukerne har gitt innspill på dialogkonferansene",
    status: userInputAtConferences ? "bestatt" : "ikke_bestatt",
    detail: userInputAtConferences ? "Bruker- eller pårørendeorganisasjoner har deltatt og gitt innspill." : "Ingen innspill fra brukere er registrert.",
    todo: userInputAtConferences ? null : "Inviter brukerorganisasjoner og enkeltbrukere til dialogkonferansene.",
    link: "konferanser",
  });

  const followUpDeadline = addMonths(input.asOf, -FOLLOW_UP_MONTHS);
  const openInputs = input.conferenceInputs.filter((i) => i.followUp === "ikke_vurdert");
  const lateInputs = openInputs.filter((i) => i.date < followUpDeadline);
  drafts.push({
    id: "innspill-fulgt-opp",
    title: "Innspillene fra dialogkonferansene er fulgt opp",
    status: lateInputs.length ? "ikke_bestatt" : openInputs.length ? "advarsel" : "bestatt",
    detail: openInputs.length
      ? `${openInputs.length} av ${input.conferenceInputs.length} innspill er ikke fulgt opp${lateInputs.length ? `, ${lateInputs.length} av dem mer enn ${FOLLOW_UP_MONTHS} måneder etter konferansen` : ""}.`
      : input.conferenceInputs.length
        ? `Alle ${input.conferenceInputs.length} innspill er fulgt opp: tatt inn i tiltak, besvart eller avvist med begrunnelse.`
        : "Ingen innspill fra dialogkonferanser er registrert.",
    todo: openInputs.length ? "Vurder innspillene som står åpne: ta dem inn i tiltak, besvar dem eller avvis dem med en begrunnelse." : null,
    link: "konferanser",
  });

  const designParts = [
    { present: users.representativeGroups.length > 0, text: `brukerrepresentant i ${list(users.representativeGroups)}`, missing: "brukerrepresentant i prosjektgruppen eller en arbeidsgruppe" },
    { present: users.inputsInTiltak > 0, text: `${users.inputsInTiltak} innspill fra brukerorganisasjoner er tatt inn i tiltak`, missing: "innspill fra brukerorganisasjoner som er tatt inn i tiltak" },
    { present: users.ratingUsers > 0, text: "brukere er med og vurderer arbeidet i bærekraftsrundene", missing: "brukere blant dem som vurderer arbeidet i bærekraftsrundene" },
  ];
  const inDesign = designParts.every((p) => p.present);
  const present = designParts.filter((p) => p.present).map((p) => p.text);
  drafts.push({
    id: "brukere-i-utformingen",
    title: "Brukerne er med i utformingen: de beskriver forløpet, påvirker tiltakene og vurderer arbeidet",
    status: inDesign ? "bestatt" : "ikke_bestatt",
    detail: [
      inDesign ? "Brukerne er med i utformingen:" : "Brukerne er ennå ikke med i utformingen.",
      present.length ? `${inDesign ? "" : "Med: "}${present.join("; ")}.` : "",
      inDesign ? "" : `Mangler: ${designParts.filter((p) => !p.present).map((p) => p.missing).join("; ")}.`,
      users.reachedAsAudience ? `${users.reachedAsAudience} brukerorganisasjon${users.reachedAsAudience === 1 ? " er" : "er er"} nådd med informasjon.` : "",
    ]
      .filter(Boolean)
      .join(" "),
    todo: inDesign ? null : "Ta brukerne med når forløpet beskrives og når det velges hva som skal måles, og la dem vurdere arbeidet.",
    link: "organisering",
    answerAdds: true,
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
        ? `Siste signerte runde er eldre enn et halvt år (${norwegianDate(round.signedAt)}).`
        : round.weakFactorsWithoutAction.length
          ? `Svake faktorer uten planlagt tiltak: ${list(round.weakFactorsWithoutAction)}.`
          : "Siste runde er signert, og de svakeste faktorene har en plan.",
    todo: !recentRound ? "Gjennomfør en bærekraftsrunde med rådgiveren." : round.weakFactorsWithoutAction.length ? "Lag en plan for de svakeste faktorene." : null,
    link: "barekraft",
  });

  const analysedAgainstGoals = measuresAnalysedAgainstGoals(input).length > 0;
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
    detail:
      prioritised.length === 0
        ? "Ingen tiltak er prioritert ennå."
        : unfinished.length
          ? `Ikke ferdig: ${list(unfinished.map((t) => t.title))}.`
          : "Alle prioriterte tiltak er standardisert eller evaluert.",
    todo: unfinished.length ? "Gjør ferdig de prioriterte tiltakene, blant dem forløpet selv, og få dem standardisert." : null,
    link: "tiltak",
  });

  const checks = drafts.map(({ answerAdds, ...draft }): Check => {
    const answer = input.manual[draft.id];
    const base = { ...draft, manualOnly: draft.manualOnly ?? false, acceptsAnswer: Boolean(draft.manualOnly || answerAdds), evidence: answer?.evidence ?? "" };
    if (answer?.status === "ikke_relevant") return { ...base, status: "ikke_relevant", detail: `Ikke relevant: ${answer.notRelevantReason}`, todo: null };
    // Where the data decides, a typed answer can only add what the data does not show, never take away.
    const answerCounts = answer && (draft.manualOnly || (answerAdds && draft.status !== "bestatt"));
    if (answerCounts) return { ...base, status: answer.status, todo: answer.status === "bestatt" ? null : draft.todo };
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
