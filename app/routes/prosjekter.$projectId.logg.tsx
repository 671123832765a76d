import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AuditLogView } from "../components/audit/audit-log-view";
import { auditFilterChoices, auditRows, pageOfAuditEntries } from "../models/audit.server";
import { requireProjectRole } from "../services/access.server";
import { logRead } from "../services/audit-events.server";
import { auditFilterFrom } from "../services/audit-filter.server";
import { AUDIT_LOG_READERS } from "../utils/permissions";
import { projectPageTitle } from "../utils/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: projectPageTitle("Revisjonslogg", matches) }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { projectId, user } = await requireProjectRole(request, params.projectId, AUDIT_LOG_READERS);
  const { filter, values, dateProblems } = auditFilterFrom(request);
  // The log names people and their addresses: reading it is itself logged. Only this project's entries.
  const { pages, entries } = pageOfAuditEntries({ ...filter, projectId }, new URL(request.url).searchParams.get("side"));
  logRead({ context }, { userId: user.id, entityType: "audit_log", entityId: projectId, projectId, detail: { filter: values, page: pages.page } });
  return json({ entries: auditRows(entries), pages, ...auditFilterChoices(projectId), values, dateProblems });
}

export default function ProjectAuditLog() {
  const data = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Revisjonslogg
      </Heading>
      <Paragraph>Hvem som har gjort og lest hva i prosjektet, og forsøk som ble avvist. Tidene er norsk tid. Loggen kan ikke endres eller slettes.</Paragraph>
      <AuditLogView {...data} />
    </div>
  );
}
