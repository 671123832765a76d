import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DataTable } from "../components/data-table";
import { listConferences, projectFollowUpSummary } from "../models/conference.server";
import { requireProjectRole } from "../services/access.server";
import { countOf, formatDate } from "../utils/format";
import { canWriteProjectRecords } from "../utils/permissions";
import { AppLink } from "../components/app-link";
import { projectPageTitle } from "../utils/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: projectPageTitle("Dialogkonferanser", matches) }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role } = await requireProjectRole(request, params.projectId);
  return json({ projectId, conferences: listConferences(projectId), followUp: projectFollowUpSummary(projectId), canWrite: canWriteProjectRecords(role) });
}

export default function ConferencesPage() {
  const { projectId, conferences, followUp, canWrite } = useLoaderData<typeof loader>();
  const base = `/prosjekter/${projectId}/konferanser`;
  const participants = conferences.reduce((sum, c) => sum + c.participantTotal, 0);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Dialogkonferanser
      </Heading>
      {canWrite ? (
        <Paragraph>
          <AppLink to={`${base}/ny`}>Registrer konferanse</AppLink>
        </Paragraph>
      ) : null}
      <Paragraph>
        {countOf(conferences.length, "konferanse", "konferanser")} med til sammen {countOf(participants, "deltaker", "deltakere")}. {followUp.total} innspill, hvorav{" "}
        <strong>{followUp.open} uten oppfølging</strong>.
      </Paragraph>
      <DataTable
        caption="Dialogkonferanser"
        headers={["Dato", "Konferanse", "Sted", "Deltakere", "Innspill", "Uten oppfølging"]}
        rows={conferences.map((c) => ({
          key: c.id,
          cells: [
            formatDate(c.date),
            <AppLink key="t" to={`${base}/${c.id}`}>
              {c.title}
            </AppLink>,
            [c.place, c.region].filter(Boolean).join(", "),
            c.participantTotal,
            c.followUp.total,
            c.followUp.open,
          ],
        }))}
      />
    </div>
  );
}
