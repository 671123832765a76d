import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useParams } from "@remix-run/react";
import { AppLink } from "../components/app-link";
import { CsrfInput } from "../components/csrf-input";
import { TextField } from "../components/fields";
import { DateField } from "../components/date-field";
import { FormErrors } from "../components/form-errors";
import { FormErrorSummary } from "../components/error-summary";
import { fieldProps } from "../components/form-fields";
import { useChoicesForm } from "../components/forms";
import { SelectField } from "../components/select-field";
import { DecisionTable } from "../components/steering/decision-table";
import { DecisionSchema, type DecisionChoices } from "../forms/steering";
import { addDecision, getMeeting, listOpenDecisions } from "../models/steering.server";
import { notFound, parseId, requireProjectAction, requireProjectRole, requireRole } from "../services/access.server";
import { PROJECT_ROLES } from "../../db/enums";
import { redirectWithMessage } from "../services/flash.server";
import { decisionChoices } from "../services/choices.server";
import { changeDecisionStatus } from "../services/decision-status.server";
import { formatDate } from "../utils/format";
import { hasRole, MEETING_WRITERS } from "../utils/permissions";
import { todayIso } from "../utils/time";
import { projectPageTitle } from "../utils/page-title";
import { SubmitButton } from "../components/submit-button";

export const meta: MetaFunction = ({ matches }) => [{ title: projectPageTitle("Styringsgruppemøte", matches) }];

function loadMeeting(projectId: number, meetingIdParam: unknown) {
  const meeting = getMeeting(projectId, parseId(meetingIdParam));
  if (!meeting) throw notFound();
  return meeting;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role, user } = await requireProjectRole(request, params.projectId);
  const meeting = loadMeeting(projectId, params.meetingId);
  const canWrite = hasRole(role, MEETING_WRITERS);
  return json({
    meeting,
    earlier: listOpenDecisions(projectId).filter((d) => d.meetingId !== meeting.id && (d.meetingDate ?? "") <= meeting.date),
    canWrite,
    userId: user.id,
    choices: canWrite ? decisionChoices(projectId) : null,
    today: todayIso(),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { projectId, user, role, formData } = await requireProjectAction(request, params.projectId, PROJECT_ROLES);
  const meeting = loadMeeting(projectId, params.meetingId);
  const here = `/prosjekter/${projectId}/styring/moter/${meeting.id}`;
  const intent = String(formData.get("intent"));
  // The owner of a decision follows it up too; changeDecisionStatus checks who may.
  if (intent === "vedtak-status") return changeDecisionStatus(formData, { projectId, userId: user.id, role }, here);
  requireRole(role, MEETING_WRITERS);
  if (intent === "nytt-vedtak") {
    const submission = parseWithZod(formData, { schema: DecisionSchema(decisionChoices(projectId)) });
    if (submission.status !== "success") return json({ intent, result: submission.reply() }, { status: 400 });
    if (!addDecision({ projectId, meetingId: meeting.id, userId: user.id, values: submission.value })) throw notFound();
    return redirectWithMessage(here, "Vedtaket er registrert.");
  }
  throw new Response("Ukjent handling", { status: 400 });
}

export default function MeetingPage() {
  const { meeting, earlier, canWrite, userId, choices, today } = useLoaderData<typeof loader>();
  const { projectId } = useParams();
  const actionData = useActionData<typeof action>();
  const resultFor = (intent: string) => (actionData?.intent === intent ? (actionData.result as SubmissionResult<string[]>) : undefined);
  return (
    <div className="stack">
      <Paragraph>
        <AppLink to={`/prosjekter/${projectId}/styring`}>Tilbake til styring</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        Styringsgruppemøte {formatDate(meeting.date)}
      </Heading>
      {meeting.place ? <Paragraph>Sted: {meeting.place}</Paragraph> : null}
      <Paragraph>Til stede: {meeting.attendees.map((a) => a.name).join(", ") || "ikke registrert"}</Paragraph>
      {meeting.notes ? <Paragraph>{meeting.notes}</Paragraph> : null}
      <FormErrors errors={resultFor("vedtak-status")?.error?.[""] ?? undefined} />

      <section aria-labelledby="vedtak" className="stack">
        <Heading level={2} data-size="md" id="vedtak">
          Vedtak
        </Heading>
        {meeting.decisions.length ? <DecisionTable caption="Vedtak i møtet" decisions={meeting.decisions} today={today} canWrite={canWrite} userId={userId} /> : <Paragraph>Ingen vedtak registrert.</Paragraph>}
        {canWrite && choices ? <DecisionForm key={meeting.decisions.length} choices={choices} lastResult={resultFor("nytt-vedtak")} /> : null}
      </section>

      <section aria-labelledby="tidligere" className="stack">
        <Heading level={2} data-size="md" id="tidligere">
          Oppfølging av tidligere vedtak
        </Heading>
        {earlier.length ? (
          <DecisionTable caption="Åpne vedtak fra tidligere møter" decisions={earlier} today={today} canWrite={canWrite} userId={userId} showMeeting />
        ) : (
          <Paragraph>Ingen åpne vedtak fra tidligere møter.</Paragraph>
        )}
      </section>
    </div>
  );
}

function DecisionForm({ choices, lastResult }: { choices: DecisionChoices; lastResult: SubmissionResult<string[]> | undefined }) {
  const [form, fields] = useChoicesForm(DecisionSchema, choices, lastResult);
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <CsrfInput />
      <input type="hidden" name="intent" value="nytt-vedtak" />
      <FormErrorSummary form={form} />
      <TextField label="Vedtak" multiline rows={2} {...fieldProps(fields.text)} />
      <SelectField label="Ansvarlig" placeholder="Velg person" options={choices.people} {...fieldProps(fields.ownerUserId)} />
      <TextField label="Eller: ansvarlig uten konto i Trinnvis" description="Bare når den ansvarlige ikke er med i prosjektet her; da får ingen påminnelser om vedtaket." {...fieldProps(fields.owner)} />
      <DateField label="Frist" {...fieldProps(fields.dueDate)} />
      <SelectField label="Gjelder tiltak" placeholder="Ingen" options={choices.tiltak} {...fieldProps(fields.tiltakId)} />
      <SelectField label="Gjelder mål" placeholder="Ingen" options={choices.goals} {...fieldProps(fields.goalId)} />
      <SelectField label="Gjelder måling" placeholder="Ingen" options={choices.measures} {...fieldProps(fields.measureId)} />
      <div>
        <SubmitButton>Registrer vedtaket</SubmitButton>
      </div>
    </Form>
  );
}
