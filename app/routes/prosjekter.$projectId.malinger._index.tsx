import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { VerdictCell } from "../components/charts/verdict-summary";
import { DataTable } from "../components/data-table";
import { IllustrativeTag } from "../components/illustrative-tag";
import { listMeasureGoalLabels, listMeasureSummaries } from "../models/measure.server";
import { requireProjectRole } from "../services/access.server";
import { measureVerdict } from "../services/measure-page.server";
import { getContent } from "../utils/content.server";
import { formatDate, formatNumber } from "../utils/format";
import { canWriteProjectRecords } from "../utils/permissions";
import { AppLink } from "../components/app-link";
import { goalLabel } from "../domain/goal-label";
import { projectPageTitle } from "../utils/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: projectPageTitle("Målinger", matches) }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role } = await requireProjectRole(request, params.projectId);
  const labels = getContent().labels;
  const goalLabels = listMeasureGoalLabels(projectId);
  const measures = listMeasureSummaries(projectId).map((m) => ({
    ...m,
    kindName: labels.measureKinds[m.kind],
    goals: goalLabels.filter((g) => g.measureId === m.id).map(goalLabel),
    verdict: m.kind === "kvalitativ" ? null : measureVerdict(projectId, m.id),
  }));
  return json({ projectId, measures, canWrite: canWriteProjectRecords(role) });
}

export default function MeasuresPage() {
  const { projectId, measures, canWrite } = useLoaderData<typeof loader>();
  const base = `/prosjekter/${projectId}/malinger`;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Målinger
      </Heading>
      {canWrite ? (
        <Paragraph>
          <AppLink to={`${base}/ny`}>Ny måling</AppLink>
        </Paragraph>
      ) : null}
      {measures.length === 0 ? (
        <Paragraph>Ingen målinger er definert ennå.</Paragraph>
      ) : (
        <DataTable
          caption="Målinger"
          headers={["Måling", "Type", "Følger", "Datapunkter", "Siste verdi", "Variasjon og mål"]}
          rows={measures.map((m) => ({
            key: m.id,
            cells: [
              <>
                <AppLink to={`${base}/${m.id}`}>{m.name}</AppLink>{" "}
                {m.isIllustrative ? <IllustrativeTag /> : null}
              </>,
              m.kindName,
              m.goals.join(", ") || "Ingen mål",
              m.pointCount,
              m.latestValue == null ? "" : `${formatNumber(m.latestValue)} ${m.unit} (${formatDate(m.latestDate)})`,
              m.kind === "kvalitativ" ? "Kvalitativ" : <VerdictCell key="v" verdict={m.verdict} />,
            ],
          }))}
        />
      )}
    </div>
  );
}
