import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { DataTable } from "../components/data-table";
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { listProjectsForUser } from "../models/project.server";
import { getContent, stepNames } from "../utils/content.server";
import { formatDate } from "../utils/format";
import { requireSession } from "../services/session.server";
import { projectCreationForAdminsOnly } from "../utils/env.server";
import { AppLink } from "../components/app-link";

export const meta: MetaFunction = () => [{ title: "Mine prosjekter – Trinnvis" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireSession(request);
  const content = getContent();
  const names = stepNames(content);
  const projects = listProjectsForUser(user.id).map((p) => ({
    ...p,
    stepName: names[p.currentStep],
    roleName: content.labels.projectRoles[p.role],
  }));
  return json({ projects, canCreate: !projectCreationForAdminsOnly() || user.isAdmin });
}

export default function ProjectsPage() {
  const { projects, canCreate } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Mine prosjekter
      </Heading>
      {canCreate ? (
        <Paragraph>
          <AppLink to="/prosjekter/ny" className="ds-button" data-variant="primary">
            Nytt prosjekt
          </AppLink>
        </Paragraph>
      ) : null}
      {projects.length === 0 ? (
        <Paragraph>
          {canCreate
            ? "Du er ikke med i noen prosjekter ennå. Start et nytt prosjekt, eller be prosjektlederen om en invitasjon."
            : "Du er ikke med i noen prosjekter ennå. Be prosjektlederen om en invitasjon."}
        </Paragraph>
      ) : (
        <DataTable
          caption="Prosjekter du er med i"
          headers={["Prosjekt", "Nåværende steg", "Din rolle", "Periode"]}
          rows={projects.map((p) => ({
            key: p.id,
            cells: [
              <AppLink key="name" to={`/prosjekter/${p.id}`}>
                {p.name}
              </AppLink>,
              p.stepName,
              p.roleName,
              `${formatDate(p.startDate)}–${formatDate(p.endDate)}`,
            ],
          }))}
        />
      )}
    </div>
  );
}
