import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { MenuLinks } from "../components/app-link";
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
