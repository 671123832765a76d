import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { MenuLinks } from "../components/app-link";
import { ErrorPageContent } from "../components/error-page";
import { getProject } from "../models/project.server";
import { notFound, requireProjectRole } from "../services/access.server";
import { AUDIT_LOG_READERS, canWriteProjectRecords, hasRole } from "../utils/permissions";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role } = await requireProjectRole(request, params.projectId);
  const project = getProject(projectId);
  if (!project) throw notFound();
  return json({ project: { id: project.id, name: project.name }, role, canWrite: canWriteProjectRecords(role), canReadLog: hasRole(role, AUDIT_LOG_READERS) });
}

const sections = [
  { to: "", label: "Oversikt", end: true },
  { to: "aktiviteter", label: "Aktiviteter" },
  { to: "forankring", label: "Forankring" },
  { to: "konferanser", label: "Dialogkonferanser" },
  { to: "mal", label: "Mål" },
  { to: "malinger", label: "Målinger" },
  { to: "tiltak", label: "Tiltak" },
  { to: "barekraft", label: "Bærekraft" },
  { to: "klar-for-drift", label: "Klar for drift?" },
  { to: "styring", label: "Styring" },
  { to: "rapporter", label: "Rapporter" },
  { to: "organisasjoner", label: "Organisasjoner" },
  { to: "personer", label: "Personer" },
];

export default function ProjectLayout() {
  const { project, canReadLog } = useLoaderData<typeof loader>();
  const visible = canReadLog ? [...sections, { to: "logg", label: "Revisjonslogg" }] : sections;
  const base = `/prosjekter/${project.id}`;
  return (
    <>
      <nav aria-label={`Prosjektet ${project.name}`} className="project-nav">
        <MenuLinks items={visible.map((s) => ({ ...s, to: s.to ? `${base}/${s.to}` : base }))} />
      </nav>
      <Outlet />
    </>
  );
}

/**
 * A page inside the project that is missing or closed to the user (404, 403, 500) keeps the project's
 * menu; when the project itself could not be read, the root error page shows instead.
 */
export function ErrorBoundary() {
  const error = useRouteError();
  const data = useRouteLoaderData<typeof loader>("routes/prosjekter.$projectId");
  if (!data) throw error;
  const visible = data.canReadLog ? [...sections, { to: "logg", label: "Revisjonslogg" }] : sections;
  const base = `/prosjekter/${data.project.id}`;
  // The layout's own component cannot read its loader data here (Remix forbids useLoaderData in an error boundary).
  return (
    <>
      <nav aria-label={`Prosjektet ${data.project.name}`} className="project-nav">
        <MenuLinks items={visible.map((s) => ({ ...s, to: s.to ? `${base}/${s.to}` : base }))} />
      </nav>
      <ErrorPageContent error={error} backTo={{ to: `/prosjekter/${data.project.id}`, label: "Til prosjektets oversikt" }} />
    </>
  );
}
