export const LEVEL_ORDER = ["kommune", "spesialisthelsetjeneste", "nav", "bruker_parorende", "andre"] as const;
export type Level = (typeof LEVEL_ORDER)[number];

/** Groups organisations by level in the fixed order of the service levels, then by region. */
export function groupOrganisationsByLevel<T extends { level: Level; region: string | null; name: string }>(orgs: T[]) {
  return LEVEL_ORDER.map((level) => ({
    level,
    organisations: orgs
      .filter((o) => o.level === level)
      .sort((a, b) => (a.region ?? "").localeCompare(b.region ?? "", "nb") || a.name.localeCompare(b.name, "nb")),
  })).filter((group) => group.organisations.length > 0);
}
