import { Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DataTable } from "../components/data-table";
import { TILTAK_STATUS_ORDER } from "../domain/tiltak-status";
import { listTiltak } from "../models/tiltak.server";
import { getProject } from "../models/project.server";
import { notFound, requireProjectRole } from "../services/access.server";
import { stuckTiltakIds } from "../services/readiness.server";
import { asOfFor } from "../utils/as-of";
import { getContent } from "../utils/content.server";
import { formatDate } from "../utils/format";
import { canWriteProjectRecords } from "../utils/permissions";
import { todayIso } from "../utils/time";
import { AppLink } from "../components/app-link";
import { AsOfPicker } from "../components/as-of-picker";
import { projectPageTitle } from "../utils/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: projectPageTitle("Tiltak", matches) }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role } = await requireProjectRole(request, params.projectId);
  const project = getProject(projectId);
  if (!project) throw notFound();
  const labels = getContent().labels;
  // Like the overview: an ended project's tiltak are judged as of its end date.
  const asOf = asOfFor(new URL(request.url), project, todayIso());
  const stuck = stuckTiltakIds(projectId, asOf.asOf);
  const tiltak = listTiltak(projectId).map((t) => ({ ...t, stuck: stuck.has(t.id) }));
  return json({
    projectId,
    asOf,
    groups: TILTAK_STATUS_ORDER.map((status) => ({ status, name: labels.tiltakStatuses[status], tiltak: tiltak.filter((t) => t.status === status) })),
    priorities: labels.tiltakPriorities,
    stuckCount: tiltak.filter((t) => t.stuck).length,
    canWrite: canWriteProjectRecords(role),
  });
}

export default function TiltakPage() {
  const { projectId, asOf, groups, priorities, stuckCount, canWrite } = useLoaderData<typeof loader>();
  const base = `/prosjekter/${projectId}/tiltak`;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Tiltak
      </Heading>
      {canWrite ? (
        <Paragraph>
          <AppLink to={`${base}/ny`}>Nytt tiltak</AppLink>
        </Paragraph>
      ) : null}
      <Paragraph>
        {stuckCount === 0
          ? `Ingen tiltak står stille per ${formatDate(asOf.asOf)}.`
          : `${stuckCount} tiltak står stille per ${formatDate(asOf.asOf)}: evalueringsdatoen er passert, eller status er ikke endret på et halvt år.`}
      </Paragraph>
      <AsOfPicker {...asOf} label="Vurdert per" note="Listen viser tiltakene slik de står nå; om de står stille, vurderes per datoen." />
      {groups.map((group) => (
        <section key={group.status} aria-labelledby={`status-${group.status}`} className="stack">
          <Heading level={2} data-size="sm" id={`status-${group.status}`}>
            {group.name} ({group.tiltak.length})
          </Heading>
          {group.tiltak.length === 0 ? null : (
            <DataTable
              caption={`Tiltak med status ${group.name.toLowerCase()}`}
              headers={["Tiltak", "Prioritet", "Mål", "Neste evaluering", "Fremdrift"]}
              rows={group.tiltak.map((t) => ({
                key: t.id,
                cells: [
                  <AppLink key="t" to={`${base}/${t.id}`}>
                    {t.title}
                  </AppLink>,
                  priorities[t.priority],
                  t.goals.join(", "),
                  t.stopped ? "Ingen" : formatDate(t.nextEvaluationDate) || "Ikke satt",
                  t.stopped ? (
                    <Tag key="s" data-color="neutral">
                      Avsluttet
                    </Tag>
                  ) : t.stuck ? (
                    <Tag key="s" data-color="warning">
                      Står stille
                    </Tag>
                  ) : (
                    `Sist endret ${formatDate(t.lastChange)}`
                  ),
                ],
              }))}
            />
          )}
        </section>
      ))}
    </div>
  );
}
