import { LEVEL_ORDER, type Level } from "./levels";

/** Groups organisations by level in the fixed order of the service levels, then by region. */
export function groupOrganisationsByLevel<T extends { level: Level; region: string | null; name: string }>(orgs: T[]) {
  return LEVEL_ORDER.map((level) => ({
    level,
    organisations: orgs
      .filter((o) => o.level === level)
      .sort((a, b) => (a.region ?? "").localeCompare(b.region ?? "", "nb") || a.name.localeCompare(b.name, "nb")),
  })).filter((group) => group.organisations.length > 0);
}
