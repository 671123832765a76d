import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AuditLogView } from "../components/audit/audit-log-view";
import { auditFilterChoices, listAuditEntries } from "../models/audit.server";
import { requireAdmin } from "../services/access.server";
import { auditFilterFrom } from "../services/audit-filter.server";

export const meta: MetaFunction = () => [{ title: "Revisjonslogg – Trinnvis" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const { filter, values } = auditFilterFrom(request);
  return json({ entries: listAuditEntries(filter), ...auditFilterChoices(), values });
}

export default function AdminAuditLog() {
  const data = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Revisjonslogg
      </Heading>
      <Paragraph>Alle hendelser i Trinnvis: innlogging, endringer, eksport og import.</Paragraph>
      <AuditLogView {...data} showProject />
    </div>
  );
}
