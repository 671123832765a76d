import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AuditLogView } from "../components/audit/audit-log-view";
import { auditFilterChoices, auditRows, pageOfAuditEntries } from "../models/audit.server";
import { requireAdmin } from "../services/access.server";
import { logRead } from "../services/audit-events.server";
import { auditFilterFrom } from "../services/audit-filter.server";

export const meta: MetaFunction = () => [{ title: "Revisjonslogg – Trinnvis" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireAdmin(request);
  const { filter, values, dateProblems } = auditFilterFrom(request);
  // The log names people and their addresses: reading it is itself logged.
  const { pages, entries } = pageOfAuditEntries(filter, new URL(request.url).searchParams.get("side"));
  logRead({ context }, { userId: user.id, entityType: "audit_log", detail: { filter: values, page: pages.page } });
  return json({ entries: auditRows(entries), pages, ...auditFilterChoices(), values, dateProblems });
}

export default function AdminAuditLog() {
  const data = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Revisjonslogg
      </Heading>
      <Paragraph>Alle hendelser i Trinnvis: innlogging, endringer (med verdiene før og etter), lesing av personopplysninger, eksport, import og avviste forsøk. Tidene er norsk tid. Loggen kan ikke endres eller slettes.</Paragraph>
      <AuditLogView {...data} showProject />
    </div>
  );
}
