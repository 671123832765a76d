import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Button, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CheckboxGroup } from "../components/checkbox-group";
import { CsrfInput } from "../components/csrf-input";
import { DataTable } from "../components/data-table";
import { TextField } from "../components/fields";
import { DateField } from "../components/date-field";
import { FormErrors } from "../components/form-errors";
import { FormErrorSummary } from "../components/error-summary";
import { checkedValues, fieldProps } from "../components/form-fields";
import { useChoicesForm } from "../components/forms";
import { IllustrativeTag } from "../components/illustrative-tag";
import { OverviewSection } from "../components/overview/overview-section";
import { DecisionTable } from "../components/steering/decision-table";
import { DECISION_VIEW_TEXT, DECISION_VIEWS, MeetingSchema, type MeetingChoices } from "../forms/steering";
import { createMeeting, listMeetings, pageOfDecisions } from "../models/steering.server";
import { notFound, requireProjectAction, requireProjectRole, requireRole } from "../services/access.server";
import { PROJECT_ROLES } from "../../db/enums";
import { redirectWithMessage } from "../services/flash.server";
import { meetingChoices } from "../services/choices.server";
import { changeDecisionStatus } from "../services/decision-status.server";
import { formatDate } from "../utils/format";
import { hasRole, MEETING_WRITERS } from "../utils/permissions";
import { steeringDashboard } from "../services/steering-dashboard.server";
import { todayIso } from "../utils/time";
import { VerdictCell } from "../components/charts/verdict-summary";
import { AppLink } from "../components/app-link";
import { AsOfPicker } from "../components/as-of-picker";
import { getProject } from "../models/project.server";
import { asOfFor } from "../utils/as-of";
import { projectPageTitle } from "../utils/page-title";
import { PageLinks, pageHref } from "../components/page-links";
import { SelectField } from "../components/select-field";
import { pagingSummary, searchText } from "../utils/paging";
import { AS_OF_PARAM } from "../utils/as-of";
import { z } from "zod";

/** The decision list's view (?vedtak=), anything unknown gives the decisions to follow up. */
const DecisionViewParam = z.enum(DECISION_VIEWS).catch("oppfolging");
import { SubmitButton } from "../components/submit-button";

export const meta: MetaFunction = ({ matches }) => [{ title: projectPageTitle("Styring", matches) }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role, user } = await requireProjectRole(request, params.projectId);
  const project = getProject(projectId);
  if (!project) throw notFound();
  const canWrite = hasRole(role, MEETING_WRITERS);
  const url = new URL(request.url);
  const asOf = asOfFor(url, project, todayIso());
  const decisionView = DecisionViewParam.parse(url.searchParams.get("vedtak"));
  const decisionSearch = searchText(url.searchParams.get("vedtaksok"));
  const decisionPage = pageOfDecisions(projectId, { view: decisionView, search: decisionSearch, today: todayIso() }, url.searchParams.get("vedtakside"));
  return json({
    projectId,
    asOf,
    dashboard: steeringDashboard(projectId, asOf.asOf),
    meetings: listMeetings(projectId),
    decisionPage,
    decisionView,
    canWrite,
    userId: user.id,
    choices: canWrite ? meetingChoices(projectId) : null,
    today: todayIso(),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { projectId, user, role, formData } = await requireProjectAction(request, params.projectId, PROJECT_ROLES);
  const intent = String(formData.get("intent"));
  // The owner of a decision follows it up too; changeDecisionStatus checks who may.
  if (intent === "vedtak-status") return changeDecisionStatus(formData, { projectId, userId: user.id, role }, backToSameView(request, `/prosjekter/${projectId}/styring`));
  requireRole(role, MEETING_WRITERS);
  if (intent === "nytt-mote") {
    const submission = parseWithZod(formData, { schema: MeetingSchema(meetingChoices(projectId)) });
    if (submission.status !== "success") return json({ intent, result: submission.reply() }, { status: 400 });
    const { attendeeIds, otherAttendees, ...meeting } = submission.value;
    const created = createMeeting({ projectId, userId: user.id, ...meeting, attendeeUserIds: attendeeIds, otherAttendees });
    return redirectWithMessage(`/prosjekter/${projectId}/styring/moter/${created.id}`, "Møtet er registrert.");
  }
  throw new Response("Ukjent handling", { status: 400 });
}

export default function SteeringDashboard() {
  const { projectId, asOf, dashboard: d, meetings, decisionPage, decisionView, canWrite, userId, choices, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const decisionFiltered = decisionView !== "oppfolging" || params.get("vedtaksok");
  const base = `/prosjekter/${projectId}`;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Styring
      </Heading>
      <Paragraph>Status for styringsgruppen: stegene, arbeidet, tiltakene, målingene og det som trenger en beslutning.</Paragraph>
      <AsOfPicker {...asOf} label="Status per" />

      <OverviewSection id="styring-steg" title="De fem stegene">
        <DataTable
          caption="Stegene med registrert arbeid og hull"
          headers={["Steg", "Registrert arbeid", "Temaer uten arbeid"]}
          rows={d.steps.map((s) => ({
            key: s.id,
            cells: [
              <span key="n">
                {s.number}. {s.name} {s.id === d.currentStep ? <Tag data-color="info">Nåværende steg</Tag> : null}
                {d.pendingStepRequest?.stepId === s.id ? <Tag data-color="warning">Venter på godkjenning</Tag> : null}
              </span>,
              s.count,
              s.gapThemes.join(", ") || "Ingen",
            ],
          }))}
        />
        <Paragraph>
          <AppLink to={`${base}/steg`}>Godkjenning av steg og historikk</AppLink>
        </Paragraph>
      </OverviewSection>

      <OverviewSection id="styring-vedtak" title="Vedtak til oppfølging">
        <Form method="get" className="filters" aria-label="Filtrer vedtak">
          {asOf.basis === "valgt" ? <input type="hidden" name={AS_OF_PARAM} value={asOf.asOf} /> : null}
          <SelectField label="Vis vedtak" name="vedtak" options={DECISION_VIEWS.map((v) => ({ value: v, label: DECISION_VIEW_TEXT[v] }))} defaultValue={decisionView} />
          <TextField label="Søk i vedtak" description="I vedtaket, ansvarlig, tiltak og måling" type="search" name="vedtaksok" defaultValue={params.get("vedtaksok") ?? ""} />
          <div className="actions">
            <Button type="submit" variant="secondary">
              Filtrer
            </Button>
            {decisionFiltered ? <AppLink to={asOf.basis === "valgt" ? `${base}/styring?${AS_OF_PARAM}=${asOf.asOf}#styring-vedtak` : `${base}/styring#styring-vedtak`}>Nullstill</AppLink> : null}
          </div>
        </Form>
        {decisionPage.decisions.length ? (
          <>
            <Paragraph data-size="sm">
              {pagingSummary(decisionPage.pages, "vedtak", "vedtak")}
              {decisionPage.pages.pageCount > 1 ? ` (side ${decisionPage.pages.page} av ${decisionPage.pages.pageCount})` : ""}.
            </Paragraph>
            <DecisionTable caption={`Vedtak: ${DECISION_VIEW_TEXT[decisionView].toLocaleLowerCase("nb")}, tidligste frist først`} decisions={decisionPage.decisions} today={today} canWrite={canWrite} userId={userId} showMeeting />
            <PageLinks label="Sider med vedtak" page={decisionPage.pages.page} pageCount={decisionPage.pages.pageCount} hrefFor={(n) => pageHref(params, "vedtakside", n, "#styring-vedtak")} />
          </>
        ) : (
          <Paragraph>{decisionFiltered ? "Ingen vedtak passer til utvalget." : "Ingen åpne vedtak."}</Paragraph>
        )}
        <FormErrors errors={actionData?.intent === "vedtak-status" ? ((actionData.result as SubmissionResult<string[]>).error?.[""] ?? undefined) : undefined} />
      </OverviewSection>

      <OverviewSection id="styring-oppmerksomhet" title="Trenger oppmerksomhet">
        <ul>
          <li>
            <AppLink to={`${base}/konferanser`}>
              {d.followUp.open} av {d.followUp.total} innspill
            </AppLink>{" "}
            fra dialogkonferansene er ikke fulgt opp.
          </li>
          {d.anchoringGaps.map((gap) => (
            <li key={gap}>
              <AppLink to={`${base}/forankring`}>{gap}</AppLink>
            </li>
          ))}
          <li>
            «Klar for drift?»:{" "}
            <AppLink to={`${base}/klar-for-drift${asOf.basis === "valgt" ? `?dato=${asOf.asOf}` : ""}`}>{`${d.readiness.verdictText} per ${formatDate(asOf.asOf)}, ${d.readiness.open} ${d.readiness.open === 1 ? "åpent punkt" : "åpne punkter"}`}</AppLink>
          </li>
          <li>
            Bærekraftsrevisjon:{" "}
            {d.audit ? (
              <AppLink to={`${base}/barekraft/${d.audit.roundId}`}>{`«${d.audit.title}», signert ${formatDate(d.audit.signedAt)}; svakest: ${d.audit.weakest.join(", ")}`}</AppLink>
            ) : (
              <AppLink to={`${base}/barekraft`}>ingen signert revisjon</AppLink>
            )}
          </li>
        </ul>
      </OverviewSection>

      <OverviewSection id="styring-arbeid" title="Siste aktiviteter og tiltak">
        <ul>
          {d.recentActivities.map((a) => (
            <li key={a.id}>
              {formatDate(a.date)}: <AppLink to={`${base}/aktiviteter/${a.id}`}>{a.title}</AppLink>
            </li>
          ))}
        </ul>
        <DataTable caption="Tiltak etter status" headers={["Status", "Antall tiltak"]} rows={d.tiltakByStatus.map((t) => ({ key: t.status, cells: [t.name, t.count] }))} />
      </OverviewSection>

      <OverviewSection id="styring-malinger" title="Målinger: siste signal">
        <DataTable
          caption="Målinger med siste signal og om målet nås"
          headers={["Måling", "Variasjon og mål"]}
          rows={d.measures.map((m) => ({
            key: m.id,
            cells: [
              <span key="n">
                <AppLink to={`${base}/malinger/${m.id}`}>{m.name}</AppLink> {m.isIllustrative ? <IllustrativeTag /> : null}
              </span>,
              <VerdictCell key="v" verdict={m.verdict} />,
            ],
          }))}
        />
      </OverviewSection>

      <OverviewSection id="styring-moter" title="Møter i styringsgruppen">
        {meetings.length ? (
          <DataTable
            caption="Møter, nyeste først"
            headers={["Dato", "Sted", "Vedtak"]}
            rows={meetings.map((m) => ({
              key: m.id,
              cells: [
                <AppLink key="d" to={`${base}/styring/moter/${m.id}`}>
                  {formatDate(m.date)}
                </AppLink>,
                m.place,
                m.decisionCount,
              ],
            }))}
          />
        ) : (
          <Paragraph>Ingen møter registrert.</Paragraph>
        )}
        {canWrite && choices ? <MeetingForm key={meetings.length} choices={choices} lastResult={actionData?.intent === "nytt-mote" ? (actionData.result as SubmissionResult<string[]>) : undefined} today={today} /> : null}
      </OverviewSection>
    </div>
  );
}

/** Where a status change returns: the dashboard as it was shown (the form posts to the address with its query). */
function backToSameView(request: Request, path: string) {
  const query = new URL(request.url).searchParams;
  query.delete("index");
  const search = query.toString();
  return `${path}${search ? `?${search}` : ""}#styring-vedtak`;
}

function MeetingForm({ choices, lastResult, today }: { choices: MeetingChoices; lastResult: SubmissionResult<string[]> | undefined; today: string }) {
  const [form, fields] = useChoicesForm(MeetingSchema, choices, lastResult, { date: today });
  return (
    <details open={Boolean(lastResult)}>
      <summary>Registrer et møte</summary>
      <Form method="post" className="form" {...getFormProps(form)}>
        <CsrfInput />
        <input type="hidden" name="intent" value="nytt-mote" />
        <FormErrorSummary form={form} />
        <DateField label="Dato" {...fieldProps(fields.date)} />
        <TextField label="Sted" {...fieldProps(fields.place)} />
        <CheckboxGroup legend="Til stede fra prosjektet" name={fields.attendeeIds.name} options={choices.people} defaultValue={checkedValues(fields.attendeeIds)} error={fields.attendeeIds.errors?.[0]} />
        <TextField label="Andre til stede" description="Navn, skilt med komma" {...fieldProps(fields.otherAttendees)} />
        <TextField label="Referat" multiline rows={4} {...fieldProps(fields.notes)} />
        <div>
          <SubmitButton>Registrer møtet</SubmitButton>
        </div>
      </Form>
    </details>
  );
}
