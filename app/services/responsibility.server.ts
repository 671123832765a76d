// Who is responsible: what has no owner in a project today, read for one project or several at once.
import { responsibilityGaps, type ResponsibilityGap } from "../domain/responsibility-gaps";
import { listMeasureOwnership, listOpenDecisionOwners, listTiltakResponsibility } from "../models/portfolio.server";
import { getProject } from "../models/project.server";
import { groupBy } from "../utils/group-by";

type Project = { id: number; currentStep: string };

/** The gaps in responsibility of several projects, read in one go. */
export function gapsOf(projects: readonly Project[], measuresOf: Map<number, ReturnType<typeof listMeasureOwnership>>) {
  const ids = projects.map((p) => p.id);
  const tiltak = groupBy(listTiltakResponsibility(ids), (t) => t.projectId);
  const decisions = groupBy(listOpenDecisionOwners(ids), (d) => d.projectId);
  return new Map(
    projects.map((p) => [
      p.id,
      responsibilityGaps({ projectId: p.id, currentStep: p.currentStep, tiltak: tiltak.get(p.id) ?? [], measures: measuresOf.get(p.id) ?? [], openDecisions: decisions.get(p.id) ?? [] }),
    ]),
  );
}

/** Who is responsible in one project, as of today: what has no owner and where it is fixed. */
export function projectResponsibilityGaps(projectId: number): ResponsibilityGap[] {
  const project = getProject(projectId);
  if (!project) return [];
  return gapsOf([project], groupBy(listMeasureOwnership([projectId]), (m) => m.projectId)).get(projectId) ?? [];
}
