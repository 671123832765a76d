import { json, type LoaderFunctionArgs, type SerializeFrom } from "@remix-run/node";
import { Outlet, useLoaderData, useRouteError, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { ErrorPageContent } from "../components/error-page";
import { ProjectBreadcrumbs } from "../components/project-breadcrumbs";
import { ProjectMenu } from "../components/project-menu";
import { getProject } from "../models/project.server";
import { notFound, requireProjectRole } from "../services/access.server";
import { AUDIT_LOG_READERS, canWriteProjectRecords, hasRole } from "../utils/permissions";
import { AUDIT_LOG_SECTION, PROJECT_MENU } from "../utils/project-sections";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role } = await requireProjectRole(request, params.projectId);
  const project = getProject(projectId);
  if (!project) throw notFound();
  return json({ project: { id: project.id, name: project.name }, role, canWrite: canWriteProjectRecords(role), canReadLog: hasRole(role, AUDIT_LOG_READERS) });
}

/** The project's menu and breadcrumbs around a page of it. */
function ProjectFrame({ data, children }: { data: SerializeFrom<typeof loader>; children: ReactNode }) {
  const visible = data.canReadLog ? [...PROJECT_MENU, AUDIT_LOG_SECTION] : PROJECT_MENU;
  const base = `/prosjekter/${data.project.id}`;
  return (
    <>
      <ProjectMenu label={`Prosjektet ${data.project.name}`} items={visible.map((s) => (s.path ? { to: `${base}/${s.path}`, label: s.label } : { to: base, label: s.label, end: true }))} />
      <ProjectBreadcrumbs />
      {children}
    </>
  );
}

export default function ProjectLayout() {
  return (
    <ProjectFrame data={useLoaderData<typeof loader>()}>
      <Outlet />
    </ProjectFrame>
  );
}

/**
 * A page inside the project that is missing or closed to the user (404, 403, 500) keeps the project's
 * menu; when the project itself could not be read, the root error page shows instead.
 */
export function ErrorBoundary() {
  const error = useRouteError();
  // Remix forbids useLoaderData in an error boundary; the layout's data is read by its route id.
  const data = useRouteLoaderData<typeof loader>("routes/prosjekter.$projectId");
  if (!data) throw error;
  return (
    <ProjectFrame data={data}>
      <ErrorPageContent error={error} backTo={{ to: `/prosjekter/${data.project.id}`, label: "Til prosjektets oversikt" }} />
    </ProjectFrame>
  );
}
