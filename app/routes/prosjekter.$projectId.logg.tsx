import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AuditLogView } from "../components/audit/audit-log-view";
import { auditFilterChoices, listAuditEntries } from "../models/audit.server";
import { requireProjectRole } from "../services/access.server";
import { auditFilterFrom } from "../services/audit-filter.server";
import { AUDIT_LOG_READERS } from "../utils/permissions";

export const meta: MetaFunction = () => [{ title: "Revisjonslogg – Trinnvis" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId } = await requireProjectRole(request, params.projectId, AUDIT_LOG_READERS);
  const { filter, values } = auditFilterFrom(request);
  return json({ entries: listAuditEntries({ ...filter, projectId }), ...auditFilterChoices(projectId), values });
}

export default function ProjectAuditLog() {
  const data = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Revisjonslogg
      </Heading>
      <Paragraph>Hvem som har gjort hva i prosjektet. Loggen kan ikke endres eller slettes.</Paragraph>
      <AuditLogView {...data} />
    </div>
  );
}
