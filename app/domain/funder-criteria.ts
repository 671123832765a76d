// Whether the project's data can answer each of the funder's seven criteria yet, and what it rests on.
// The seed report could not answer the criteria that need the model finished and evaluated.

import { knownBy } from "./dated-facts";
import { measuresAnalysedAgainstGoals, type FactsAsOf } from "./readiness";
import { countOf } from "../utils/format";

export type CriteriaEvidence = {
  prioritisedTiltak: number;
  /** Prioritised tiltak standardised or evaluated: the model is described when all of them are. */
  finishedPrioritisedTiltak: number;
  /** Prioritised tiltak evaluated after standardisation: the model has been tried and assessed. */
  evaluatedTiltak: number;
  /** Non-illustrative measures tied to goals with at least ten points: enough for a run chart. */
  measuresAnalysedAgainstGoals: number;
  /** Qualitative evaluations with users (focus groups, user stories, questionnaires). */
  userEvaluations: number;
  goalsWithStatus: number;
  goals: number;
  tiltakWithAgreements: number;
  /** Tiltak tied to an agreement that have been evaluated after standardisation, once they have worked a while. */
  evaluatedAgreementTiltak: number;
  /** Mappings of users' needs and inputs from user organisations at conferences. */
  userNeedsSources: number;
};

export type CriterionAssessment = { answerable: boolean; data: string; reason: string };

const NOT_EVALUATED = "modellen er ikke ferdig utviklet og ikke evaluert";

export function assessCriterion(id: string, e: CriteriaEvidence): CriterionAssessment {
  switch (id) {
    case "modell-overforingsverdi":
      return {
        answerable: e.prioritisedTiltak > 0 && e.finishedPrioritisedTiltak === e.prioritisedTiltak,
        data: `${e.finishedPrioritisedTiltak} av ${e.prioritisedTiltak} prioriterte tiltak i modellen er standardisert.`,
        reason:
          e.prioritisedTiltak === 0
            ? "ingen prioriterte tiltak beskriver modellen ennå."
            : `modellen er ikke ferdig utviklet; ${e.prioritisedTiltak - e.finishedPrioritisedTiltak} av ${e.prioritisedTiltak} prioriterte tiltak er ikke standardisert.`,
      };
    case "forbedret-tjenester":
      return {
        answerable: e.evaluatedTiltak > 0 || e.measuresAnalysedAgainstGoals > 0,
        data: `${countOf(e.evaluatedTiltak, "evaluert tiltak", "evaluerte tiltak")}; ${countOf(e.measuresAnalysedAgainstGoals, "måling", "målinger")} med nok data til å analysere mot målene.`,
        reason: `${NOT_EVALUATED}, og ingen måling viser endring i tjenestene.`,
      };
    case "brukernes-erfaringer":
      return {
        answerable: e.userEvaluations > 0,
        data: `${e.userEvaluations} evalueringer med brukerne (fokusgrupper, brukerhistorier, spørreskjema).`,
        reason: `${NOT_EVALUATED} av brukerne.`,
      };
    case "maloppnaelse":
      return {
        answerable: e.goals > 0 && e.goalsWithStatus === e.goals,
        data: `${e.goalsWithStatus} av ${e.goals} mål har en vurdert status.`,
        reason: "ikke alle mål har en vurdert status.",
      };
    case "bygger-pa-avtaler":
      return {
        answerable: e.tiltakWithAgreements > 0,
        data: `${e.tiltakWithAgreements} tiltak er knyttet til samarbeidsavtalene.`,
        reason: "ingen tiltak er knyttet til samarbeidsavtalene.",
      };
    case "avtalen-i-praksis":
      return {
        answerable: e.evaluatedAgreementTiltak > 0,
        data: `${e.evaluatedAgreementTiltak} tiltak knyttet til avtalene er evaluert.`,
        reason: `${NOT_EVALUATED}, så virkningen på samarbeidsavtalen i praksis er ikke kjent.`,
      };
    case "brukernes-behov":
      return {
        answerable: e.userNeedsSources > 0,
        data: `${e.userNeedsSources} kartlegginger og dialogkonferanser med brukerorganisasjoner.`,
        reason: "ingen kartlegging av brukernes behov eller innspill fra brukerne er registrert.",
      };
    default:
      return { answerable: false, data: "Ingen regel for dette kriteriet.", reason: "Trinnvis vet ikke hvilke data som svarer på kriteriet." };
  }
}

/** The evidence for the criteria from the project's facts as of a date, with the dated records the checks do not read. */
export function criteriaEvidence(
  facts: FactsAsOf,
  other: { goals: { hasStatus: boolean }[]; userEvaluationDates: string[]; userNeedsMappingDates: string[] },
): CriteriaEvidence {
  const prioritised = facts.tiltak.filter((t) => t.priority === "prioritert");
  const known = (dates: string[]) => dates.filter((d) => knownBy(d, facts.asOf)).length;
  const tied = facts.tiltak.filter((t) => t.agreementAreaIds.length > 0);
  return {
    prioritisedTiltak: prioritised.length,
    finishedPrioritisedTiltak: prioritised.filter((t) => t.status === "standardisert" || t.status === "evaluert").length,
    evaluatedTiltak: prioritised.filter((t) => t.evaluatedAfterStandardisation).length,
    measuresAnalysedAgainstGoals: measuresAnalysedAgainstGoals(facts).length,
    userEvaluations: known(other.userEvaluationDates),
    goals: other.goals.length,
    goalsWithStatus: other.goals.filter((g) => g.hasStatus).length,
    tiltakWithAgreements: tied.length,
    evaluatedAgreementTiltak: tied.filter((t) => t.evaluatedAfterStandardisation).length,
    userNeedsSources: known(other.userNeedsMappingDates) + new Set(facts.conferenceInputs.filter((i) => i.usersTookPart).map((i) => i.date)).size,
  };
}
