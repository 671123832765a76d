import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useParams } from "@remix-run/react";
import { AppLink } from "../components/app-link";
import { useMemo } from "react";
import { CONFLICT_MESSAGE } from "../components/conflict-notice";
import { CsrfInput } from "../components/csrf-input";
import { DataTable } from "../components/data-table";
import { TextField } from "../components/fields";
import { FormErrorSummary } from "../components/error-summary";
import { useZodForm } from "../components/forms";
import { IntentButton } from "../components/record-form";
import { ReportBlocks } from "../components/report/report-blocks";
import { narrativeKeys, type ReportContent } from "../domain/report";
import { NarrativeSchema } from "../forms/report";
import { FROZEN_MESSAGE, getReport, markSent, openNewVersion, saveNarrative, type ReportWriteResult } from "../models/report.server";
import { notFound, parseId, requireProjectAction, requireProjectRole } from "../services/access.server";
import { redirectWithMessage } from "../services/flash.server";
import { formatDate } from "../utils/format";
import { PROJECT_ROLES } from "../../db/enums";
import { reportWordWork } from "../jobs/report-word.server";
import { startJob } from "../jobs/runner.server";
import { canWriteProjectRecords, hasRole, PROJECT_WRITERS, REPORT_SENDERS } from "../utils/permissions";
import { buildReportContent } from "../services/report-content.server";
import { reportContentForVersion } from "../services/report-version.server";
import { projectPageTitle } from "../utils/page-title";
import { formatDateTime } from "../utils/time";
import { SubmitButton } from "../components/submit-button";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [{ title: projectPageTitle(data?.report.title ?? "Rapport", matches) }];

function loadReport(projectId: number, reportIdParam: unknown) {
  const report = getReport(projectId, parseId(reportIdParam));
  if (!report) throw notFound();
  return report;
}


export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role } = await requireProjectRole(request, params.projectId);
  const report = loadReport(projectId, params.reportId);
  return json({
    report: { id: report.id, title: report.title, periodStart: report.periodStart, periodEnd: report.periodEnd, status: report.status, version: report.version, versions: report.versions },
    content: buildReportContent(projectId, report),
    canWrite: canWriteProjectRecords(role),
    canSend: hasRole(role, REPORT_SENDERS),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { projectId, user, role, formData } = await requireProjectAction(request, params.projectId, PROJECT_ROLES);
  const report = loadReport(projectId, params.reportId);
  const here = `/prosjekter/${projectId}/rapporter/${report.id}`;
  const intent = String(formData.get("intent"));
  // Everyone who reads the report may have it as a Word file; it is made as a job with progress.
  if (intent === "word") {
    const { content, sentVersion } = reportContentForVersion(projectId, params.reportId, formData.get("versjon"));
    const title = `Word-fil: ${content.title}${sentVersion ? `, versjon ${sentVersion}` : ""}`;
    const jobId = startJob({ kind: "rapport-word", userId: user.id, projectId, title }, reportWordWork(content, sentVersion, { userId: user.id, projectId, reportId: report.id }));
    return redirect(`/jobber/${jobId}`);
  }
  if (!hasRole(role, PROJECT_WRITERS)) throw new Response("Du kan lese rapporten, men ikke endre den", { status: 403 });
  if ((intent === "send" || intent === "ny-versjon") && !hasRole(role, REPORT_SENDERS)) throw new Response("Bare prosjektlederen sender rapporten", { status: 403 });
  if (intent === "ny-versjon") {
    if (openNewVersion({ projectId, reportId: report.id, userId: user.id }).status !== "saved") throw notFound();
    return redirectWithMessage(here, "En ny versjon av rapporten er åpnet for endringer.");
  }
  const keys = narrativeKeys(buildReportContent(projectId, report));
  const submission = parseWithZod(formData, { schema: NarrativeSchema(keys) });
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  // Every text is saved, or frozen, as it stands in the form: a form without them would empty them.
  // (A sent report refuses every write anyway, and says so below.)
  if (report.status !== "sendt" && keys.some((key) => !formData.has(`text.${key}`))) {
    return json(submission.reply({ formErrors: ["Skjemaet mangler noen av rapportens tekster. Last siden på nytt og prøv igjen."] }), { status: 400 });
  }
  const { version, text } = submission.value;
  const refused = (result: ReportWriteResult) => {
    if (result.status === "not_found") throw notFound();
    if (result.status === "frozen") return json(submission.reply({ formErrors: [FROZEN_MESSAGE] }), { status: 409 });
    if (result.status === "conflict") return json(submission.reply({ formErrors: [CONFLICT_MESSAGE] }), { status: 409 });
    return null;
  };
  const saved = saveNarrative({ projectId, reportId: report.id, userId: user.id, version, texts: text as Record<string, string> });
  const savedRefusal = refused(saved);
  if (savedRefusal) return savedRefusal;
  if (submission.value.intent === "send") {
    const current = getReport(projectId, report.id)!;
    return refused(markSent({ projectId, reportId: report.id, userId: user.id, version: current.version, content: buildReportContent(projectId, current) })) ?? (await redirectWithMessage(here, "Rapporten er sendt."));
  }
  return redirectWithMessage(here, "Rapporten er lagret.");
}

export default function ReportPage() {
  const { report, content, canWrite, canSend } = useLoaderData<typeof loader>();
  const { projectId, reportId } = useParams();
  const lastResult = useActionData<typeof action>();
  const sent = report.status === "sendt";
  return (
    <div className="stack">
      <Paragraph>
        <AppLink to={`/prosjekter/${projectId}/rapporter`}>Alle rapporter</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {report.title}
      </Heading>
      <Paragraph>
        Periode {formatDate(report.periodStart)}–{formatDate(report.periodEnd)}.{" "}
        <AppLink to={`/prosjekter/${projectId}/rapporter/${reportId}/utskrift`}>Utskriftsvisning</AppLink>
      </Paragraph>
      <IntentButton intent="word" variant="secondary">
        Lag Word-fil
      </IntentButton>
      {sent ? (
        <Alert data-color="info">
          Rapporten er sendt og låst.{" "}
          {canSend ? "Vil du endre den, åpner du en ny versjon; det som ble sendt, blir stående." : ""}
        </Alert>
      ) : null}
      {sent && canSend ? (
        <IntentButton intent="ny-versjon" variant="secondary">
          Åpne en ny versjon
        </IntentButton>
      ) : null}
      {report.versions.length ? (
        <section aria-labelledby="versjoner" className="stack">
          <Heading level={2} data-size="md" id="versjoner">
            Sendte versjoner
          </Heading>
          <DataTable
            caption="Sendte versjoner, nyeste først"
            headers={["Versjon", "Sendt", "Av", "Åpne"]}
            rows={report.versions.map((v) => ({
              key: v.versionNumber,
              cells: [
                v.versionNumber,
                formatDateTime(v.frozenAt),
                v.frozenByName ?? "",
                <div key="o" className="actions">
                  <AppLink to={`/prosjekter/${projectId}/rapporter/${reportId}/utskrift?versjon=${v.versionNumber}`}>Utskrift</AppLink>
                  <IntentButton intent="word" fields={{ versjon: v.versionNumber }} variant="tertiary" data-size="sm" aria-label={`Lag Word-fil av versjon ${v.versionNumber}`}>
                    Word
                  </IntentButton>
                </div>,
              ],
            }))}
          />
        </section>
      ) : null}
      <NarrativeForm key={report.version} content={content} version={report.version} editable={canWrite && !sent} canSend={canSend && !sent} lastResult={lastResult} />
    </div>
  );
}

function NarrativeForm(props: { content: ReportContent; version: number; editable: boolean; canSend: boolean; lastResult: SubmissionResult<string[]> | undefined }) {
  const schema = useMemo(() => NarrativeSchema(narrativeKeys(props.content)), [props.content]);
  const [form] = useZodForm(schema, props.lastResult);
  const typed = (form.initialValue as { text?: Record<string, string> } | undefined)?.text;
  return (
    <Form method="post" className="stack" {...getFormProps(form)}>
      <CsrfInput />
      <input type="hidden" name="version" value={props.version} />
      <FormErrorSummary form={form} />
      {props.content.sections.map((section) => (
        <section key={section.key} className="stack report-section" aria-labelledby={`seksjon-${section.key}`}>
          <Heading level={section.level} data-size={section.level === 2 ? "md" : "sm"} id={`seksjon-${section.key}`}>
            {section.heading}
          </Heading>
          {section.narrativeKey && props.editable ? (
            <TextField
              label={`Prosjektets tekst: ${section.heading}`}
              multiline
              rows={3}
              name={`text.${section.narrativeKey}`}
              defaultValue={typed?.[section.narrativeKey] ?? section.narrative}
              error={form.allErrors[`text.${section.narrativeKey}`]?.[0]}
            />
          ) : section.narrative ? (
            <Paragraph>{section.narrative}</Paragraph>
          ) : null}
          <ReportBlocks blocks={section.blocks} />
        </section>
      ))}
      {props.editable ? (
        <div className="button-row">
          <SubmitButton name="intent" value="lagre" variant="secondary">
            Lagre tekstene
          </SubmitButton>
          {props.canSend ? (
            <SubmitButton name="intent" value="send" pendingLabel="Sender …" confirmMessage="Lagre tekstene og markere rapporten som sendt?" confirmDetails="Den sendte versjonen låses og blir stående; senere endringer gjøres i en ny versjon." confirmLabel="Marker som sendt">
              Lagre og marker som sendt
            </SubmitButton>
          ) : null}
        </div>
      ) : null}
    </Form>
  );
}
