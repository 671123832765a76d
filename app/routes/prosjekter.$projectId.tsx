import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
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

export default function ProjectLayout() {
  const { project, canReadLog } = useLoaderData<typeof loader>();
  const visible = canReadLog ? [...PROJECT_MENU, AUDIT_LOG_SECTION] : PROJECT_MENU;
  const base = `/prosjekter/${project.id}`;
  return (
    <>
      <ProjectMenu label={`Prosjektet ${project.name}`} items={visible.map((s) => (s.path ? { to: `${base}/${s.path}`, label: s.label } : { to: base, label: s.label, end: true }))} />
      <ProjectBreadcrumbs />
      <Outlet />
    </>
  );
}
