// Who has been reached by anchoring work: organisations against audiences.

import { LEVEL_ORDER, type Level } from "./levels";

export type CoverageOrganisation = { id: number; name: string; level: Level; region: string | null };

/** One occasion that reached some audiences in some organisations (an activity or a conference). */
export type Reach = {
  date: string;
  title: string;
  organisationIds: number[];
  audienceIds: string[];
};

export type CoverageCell = { count: number; last: { date: string; title: string } | null };
export type CoverageRow = { organisation: CoverageOrganisation; cells: Record<string, CoverageCell> };
export type CoverageGroup = { level: Level; region: string | null; rows: CoverageRow[] };
export type Headline = { level: Level; audienceId: string; reached: number; total: number };

export type AnchoringCoverage = {
  audienceIds: string[];
  groups: CoverageGroup[];
  headlines: Headline[];
  emptyCells: number;
};

/**
 * For every organisation and audience: how often and when it was last reached, and by what.
 * Organisations are grouped by level (in service order) and region; headlines count, per level,
 * how many organisations had each audience reached at least once.
 */
export function computeAnchoringCoverage(
  organisations: CoverageOrganisation[],
  reaches: Reach[],
  audienceIds: string[],
): AnchoringCoverage {
  const rows = new Map<number, CoverageRow>(
    organisations.map((organisation) => [
      organisation.id,
      { organisation, cells: Object.fromEntries(audienceIds.map((a) => [a, { count: 0, last: null } as CoverageCell])) },
    ]),
  );
  for (const reach of reaches) {
    for (const organisationId of new Set(reach.organisationIds)) {
      const row = rows.get(organisationId);
      if (!row) continue;
      for (const audienceId of new Set(reach.audienceIds)) {
        const cell = row.cells[audienceId];
        if (!cell) continue;
        cell.count += 1;
        if (!cell.last || reach.date > cell.last.date) cell.last = { date: reach.date, title: reach.title };
      }
    }
  }

  const groups: CoverageGroup[] = [];
  for (const level of LEVEL_ORDER) {
    const ofLevel = [...rows.values()].filter((r) => r.organisation.level === level);
    const regions = [...new Set(ofLevel.map((r) => r.organisation.region))].sort((a, b) => (a ?? "").localeCompare(b ?? "", "nb"));
    for (const region of regions) {
      groups.push({
        level,
        region,
        rows: ofLevel
          .filter((r) => r.organisation.region === region)
          .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, "nb")),
      });
    }
  }

  const headlines: Headline[] = [];
  for (const level of LEVEL_ORDER) {
    const ofLevel = [...rows.values()].filter((r) => r.organisation.level === level);
    if (ofLevel.length === 0) continue;
    for (const audienceId of audienceIds) {
      headlines.push({ level, audienceId, reached: ofLevel.filter((r) => r.cells[audienceId].count > 0).length, total: ofLevel.length });
    }
  }
  const emptyCells = [...rows.values()].reduce((n, r) => n + Object.values(r.cells).filter((c) => c.count === 0).length, 0);
  return { audienceIds, groups, headlines, emptyCells };
}

/**
 * A dialogue conference reaches the staff of the service organisations that took part,
 * and the users through the user and relatives' organisations that took part.
 */
export function conferenceReaches(
  conference: { date: string; title: string },
  participantOrganisations: { id: number; level: Level }[],
): Reach[] {
  const users = participantOrganisations.filter((o) => o.level === "bruker_parorende").map((o) => o.id);
  const services = participantOrganisations.filter((o) => o.level !== "bruker_parorende").map((o) => o.id);
  return [
    { ...conference, organisationIds: services, audienceIds: ["medarbeidere"] },
    { ...conference, organisationIds: users, audienceIds: ["brukere"] },
  ].filter((r) => r.organisationIds.length > 0);
}
