// The anchoring coverage of a project, computed and labelled for the page and the spreadsheet.
import { cachedRead } from "../../db/client.server";
import { computeAnchoringCoverage, type Headline } from "../domain/anchoring-coverage";
import { knownBy } from "../domain/dated-facts";
import { listAnchoringReaches } from "../models/anchoring.server";
import { listProjectOrganisations } from "../models/organisation.server";
import { getContent } from "../utils/content.server";
import { day } from "../utils/spreadsheet.server";

/**
 * What anchoring coverage is computed from: the organisations, every dated reach, the audiences,
 * and how a headline reads («Ledere nådd: 12 av 16 kommuner»).
 */
export function anchoringSources(projectId: number) {
  const content = getContent();
  const anchoringTypes = content.activityTypes.activityTypes.filter((t) => t.anchoring).map((t) => t.id);
  const audiences = content.audiences.audiences;
  const audienceNames = Object.fromEntries(audiences.map((a) => [a.id, a.name]));
  const { organisationLevelsPlural } = content.labels;
  return {
    organisations: listProjectOrganisations(projectId),
    reaches: listAnchoringReaches(projectId, anchoringTypes),
    audienceIds: audiences.map((a) => a.id),
    describe: (h: Headline) => `${audienceNames[h.audienceId]} nådd: ${h.reached} av ${h.total} ${organisationLevelsPlural[h.level]}`,
  };
}

/**
 * Who in which organisations the project's anchoring had reached by a day (by now when none is
 * given); reused while the database is unchanged.
 */
export function projectAnchoringCoverage(projectId: number, asOf?: string) {
  return cachedRead(`anchoring-coverage:${projectId}:${asOf ?? ""}`, () => readAnchoringCoverage(projectId, asOf));
}

function readAnchoringCoverage(projectId: number, asOf?: string) {
  const content = getContent();
  const audiences = content.audiences.audiences;
  const sources = anchoringSources(projectId);
  const coverage = computeAnchoringCoverage(
    sources.organisations,
    asOf ? sources.reaches.filter((r) => knownBy(r.date, asOf)) : sources.reaches,
    sources.audienceIds,
  );
  const { organisationLevels } = content.labels;
  return {
    ...coverage,
    audiences: audiences.map((a) => ({ id: a.id, name: a.name })),
    groups: coverage.groups.map((g) => ({
      ...g,
      title: g.region ? `${organisationLevels[g.level]}: ${g.region}` : organisationLevels[g.level],
    })),
    levels: [...new Set(coverage.headlines.map((h) => h.level))].map((level) => ({
      level,
      name: organisationLevels[level],
      counts: coverage.headlines.filter((h) => h.level === level),
    })),
    headlines: coverage.headlines.map((h) => ({ ...h, text: sources.describe(h) })),
  };
}

export type LabelledCoverage = ReturnType<typeof projectAnchoringCoverage>;

/** The coverage as spreadsheet rows: one row per organisation, three columns per audience. */
export function coverageSheets(coverage: LabelledCoverage) {
  const levelNames = getContent().labels.organisationLevels;
  return [
    {
      name: "Forankring",
      columns: [
        { header: "Nivå", width: 24 },
        { header: "Region", width: 16 },
        { header: "Organisasjon", width: 36 },
        ...coverage.audiences.flatMap((a) => [
          { header: `${a.name}: sist nådd`, width: 14 },
          { header: `${a.name}: av`, width: 40 },
          { header: `${a.name}: antall`, width: 10 },
        ]),
      ],
      rows: coverage.groups.flatMap((g) =>
        g.rows.map((r) => [
          levelNames[g.level],
          g.region ?? "",
          r.organisation.name,
          ...coverage.audiences.flatMap((a) => {
            const cell = r.cells[a.id];
            return [cell.last ? day(cell.last.date) : "", cell.last?.title ?? "", cell.count];
          }),
        ]),
      ),
    },
    {
      name: "Oppsummering",
      columns: [{ header: "Nøkkeltall", width: 60 }],
      rows: coverage.headlines.map((h) => [h.text]),
    },
  ];
}
