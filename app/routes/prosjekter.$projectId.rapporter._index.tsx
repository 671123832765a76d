import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useParams } from "@remix-run/react";
import { AppLink } from "../components/app-link";
import { CsrfInput } from "../components/csrf-input";
import { DataTable } from "../components/data-table";
import { TextField } from "../components/fields";
import { DateField } from "../components/date-field";
import { FormErrorSummary } from "../components/error-summary";
import { fieldProps } from "../components/form-fields";
import { useZodForm } from "../components/forms";
import { NewReportSchema } from "../forms/report";
import { createReport, listReports } from "../models/report.server";
import { requireProjectAction, requireProjectRole } from "../services/access.server";
import { redirectWithMessage } from "../services/flash.server";
import { formatDate } from "../utils/format";
import { canWriteProjectRecords, PROJECT_WRITERS } from "../utils/permissions";
import { projectPageTitle } from "../utils/page-title";
import { SubmitButton } from "../components/submit-button";

export const meta: MetaFunction = ({ matches }) => [{ title: projectPageTitle("Rapporter", matches) }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role } = await requireProjectRole(request, params.projectId);
  return json({ reports: listReports(projectId), canWrite: canWriteProjectRecords(role) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { projectId, user, formData } = await requireProjectAction(request, params.projectId, PROJECT_WRITERS);
  const submission = parseWithZod(formData, { schema: NewReportSchema });
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const { title, startDate, endDate } = submission.value;
  const report = createReport({ projectId, userId: user.id, title, periodStart: startDate, periodEnd: endDate as string });
  return redirectWithMessage(`/prosjekter/${projectId}/rapporter/${report.id}`, "Rapporten er opprettet.");
}

export default function ReportsPage() {
  const { reports, canWrite } = useLoaderData<typeof loader>();
  const { projectId } = useParams();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm(NewReportSchema, lastResult);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Rapporter
      </Heading>
      <Paragraph>Statusrapporter til finansiøren, fylt ut fra prosjektets data. En sendt rapport låses; senere endringer blir en ny versjon.</Paragraph>
      {reports.length === 0 ? (
        <Paragraph>Ingen rapporter ennå.</Paragraph>
      ) : (
        <DataTable
          caption="Rapporter"
          headers={["Rapport", "Periode", "Status", "Sendte versjoner"]}
          rows={reports.map((r) => ({
            key: r.id,
            cells: [
              <AppLink key="l" to={`/prosjekter/${projectId}/rapporter/${r.id}`}>
                {r.title}
              </AppLink>,
              `${formatDate(r.periodStart)}–${formatDate(r.periodEnd)}`,
              <Tag key="s" data-color={r.status === "sendt" ? "success" : "neutral"}>
                {r.status === "sendt" ? "Sendt" : "Utkast"}
              </Tag>,
              r.sentVersions,
            ],
          }))}
        />
      )}
      {canWrite ? (
        <section aria-labelledby="ny-rapport" className="stack">
          <Heading level={2} data-size="md" id="ny-rapport">
            Ny rapport
          </Heading>
          <Form method="post" className="form" {...getFormProps(form)}>
            <CsrfInput />
            <input type="hidden" name="intent" value="ny-rapport" />
            <FormErrorSummary form={form} />
            <TextField label="Tittel" description="For eksempel «Statusrapport 2012»" {...fieldProps(fields.title)} />
            <DateField label="Periode fra" {...fieldProps(fields.startDate)} />
            <DateField label="Periode til" {...fieldProps(fields.endDate)} />
            <div>
              <SubmitButton pendingLabel="Lager …">Lag rapporten</SubmitButton>
            </div>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
