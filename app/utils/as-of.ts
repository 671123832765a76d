// Which day a page judges the project as of: the day the user picked, else the project's end date
// when it has ended, else today. Every page that judges says which.
import { defaultAssessmentDate } from "../domain/readiness";
import { readDateParam } from "./dates";

/** `problem` and `typed` when the address named a day that could not be read; the page then uses its default day. */
export type AsOf = { asOf: string; basis: "valgt" | "sluttdato" | "i_dag"; problem?: string; typed?: string };

export const AS_OF_PARAM = "dato";

export function asOfFor(url: URL, project: { endDate: string | null }, today: string): AsOf {
  const chosen = readDateParam(url.searchParams.get(AS_OF_PARAM));
  if (chosen.iso) return { asOf: chosen.iso, basis: "valgt" };
  const asOf = defaultAssessmentDate(project, today);
  const basis = asOf === today ? "i_dag" : "sluttdato";
  return chosen.problem ? { asOf, basis, problem: chosen.problem, typed: chosen.text } : { asOf, basis };
}

export const AS_OF_BASIS_TEXT: Record<AsOf["basis"], string> = {
  valgt: "valgt dato",
  sluttdato: "prosjektets sluttdato; prosjektet er avsluttet",
  i_dag: "i dag",
};
