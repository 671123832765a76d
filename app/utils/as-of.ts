// Which day a page judges the project as of: the day the user picked, else the project's end date
// when it has ended, else today. Every page that judges says which.
import { defaultAssessmentDate } from "../domain/readiness";
import { isoDate } from "./schemas";

export type AsOf = { asOf: string; basis: "valgt" | "sluttdato" | "i_dag" };

export const AS_OF_PARAM = "dato";

export function asOfFor(url: URL, project: { endDate: string | null }, today: string): AsOf {
  const chosen = isoDate("Dato").safeParse(url.searchParams.get(AS_OF_PARAM));
  if (chosen.success) return { asOf: chosen.data, basis: "valgt" };
  const asOf = defaultAssessmentDate(project, today);
  return { asOf, basis: asOf === today ? "i_dag" : "sluttdato" };
}

export const AS_OF_BASIS_TEXT: Record<AsOf["basis"], string> = {
  valgt: "valgt dato",
  sluttdato: "prosjektets sluttdato; prosjektet er avsluttet",
  i_dag: "i dag",
};
