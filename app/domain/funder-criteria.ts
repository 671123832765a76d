// Whether the project's data can answer each of the funder's seven criteria yet, and what it rests on.
// The seed report could not answer the criteria that need the model finished and evaluated.

export type CriteriaEvidence = {
  prioritisedTiltak: number;
  /** Prioritised tiltak evaluated after standardisation: the model has been tried and assessed. */
  evaluatedTiltak: number;
  /** Non-illustrative measures tied to goals with at least ten points: enough for a run chart. */
  measuresAnalysedAgainstGoals: number;
  /** Qualitative evaluations with users (focus groups, user stories, questionnaires). */
  userEvaluations: number;
  goalsWithStatus: number;
  goals: number;
  tiltakWithAgreements: number;
  /** Tiltak tied to an agreement that have been evaluated. */
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
        answerable: e.prioritisedTiltak > 0,
        data: `${e.prioritisedTiltak} prioriterte tiltak beskriver modellen.`,
        reason: "ingen prioriterte tiltak beskriver modellen ennå.",
      };
    case "forbedret-tjenester":
      return {
        answerable: e.evaluatedTiltak > 0 || e.measuresAnalysedAgainstGoals > 0,
        data: `${e.evaluatedTiltak} evaluerte tiltak; ${e.measuresAnalysedAgainstGoals} målinger med nok data til å analysere mot målene.`,
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
