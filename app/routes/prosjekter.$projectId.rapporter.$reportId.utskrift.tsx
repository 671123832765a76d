import { Button, Paragraph } from "@digdir/designsystemet-react";
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useParams } from "@remix-run/react";
import { AppLink } from "../components/app-link";
import { ReportDocument } from "../components/report/report-blocks";
import { requireProjectRole } from "../services/access.server";
import { reportContentFor } from "../services/report-version.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.content.title} – utskrift` : "Rapport – utskrift" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId } = await requireProjectRole(request, params.projectId);
  return json(reportContentFor(request, projectId, params.reportId));
}

export default function ReportPrintView() {
  const { content, sentVersion } = useLoaderData<typeof loader>();
  const { projectId, reportId } = useParams();
  return (
    <div className="stack">
      <div className="no-print stack">
        <Paragraph>
          <AppLink to={`/prosjekter/${projectId}/rapporter/${reportId}`}>Tilbake til rapporten</AppLink>
          {sentVersion ? ` · Sendt versjon ${sentVersion}, slik den ble låst.` : " · Utkast slik det står nå."}
        </Paragraph>
        <div>
          <Button type="button" variant="secondary" onClick={() => window.print()}>
            Skriv ut eller lagre som PDF
          </Button>
        </div>
      </div>
      <ReportDocument content={content} />
    </div>
  );
}
