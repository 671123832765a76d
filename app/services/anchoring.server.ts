// The anchoring coverage of a project, computed and labelled for the page and the spreadsheet.
import { cachedRead } from "../../db/client.server";
import { computeAnchoringCoverage } from "../domain/anchoring-coverage";
import { listAnchoringReaches } from "../models/anchoring.server";
import { listProjectOrganisations } from "../models/organisation.server";
import { getContent } from "../utils/content.server";
import { formatDate } from "../utils/format";

/** Who in which organisations the project's anchoring has reached; reused while the database is unchanged. */
export function projectAnchoringCoverage(projectId: number) {
  return cachedRead(`anchoring-coverage:${projectId}`, () => readAnchoringCoverage(projectId));
}

function readAnchoringCoverage(projectId: number) {
  const content = getContent();
  const anchoringTypes = content.activityTypes.activityTypes.filter((t) => t.anchoring).map((t) => t.id);
  const audiences = content.audiences.audiences;
  const coverage = computeAnchoringCoverage(
    listProjectOrganisations(projectId),
    listAnchoringReaches(projectId, anchoringTypes),
    audiences.map((a) => a.id),
  );
  const audienceNames = Object.fromEntries(audiences.map((a) => [a.id, a.name]));
  const { organisationLevels, organisationLevelsPlural } = content.labels;
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
    headlines: coverage.headlines.map((h) => ({
      ...h,
        text: `${audienceNames[h.audienceId]} nådd: ${h.reached} av ${h.total} ${organisationLevelsPlural[h.level]}`,
    })),
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
            return [cell.last ? formatDate(cell.last.date) : "", cell.last?.title ?? "", cell.count];
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
