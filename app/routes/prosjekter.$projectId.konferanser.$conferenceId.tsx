import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ConferenceForm } from "../components/conference-form";
import { AddInputForm, InputCard } from "../components/conference-inputs";
import { ConflictNotice } from "../components/conflict-notice";
import { CsrfInput } from "../components/csrf-input";
import { DataTable } from "../components/data-table";
import { fieldProps } from "../components/form-fields";
import { useChoicesForm, useZodForm } from "../components/forms";
import {
  conferenceSchema,
  followUpSchema,
  InputSchema,
  ProgrammeItemSchema,
  toConferenceValues,
  toFollowUpValues,
} from "../forms/conference";
import {
  addInput,
  addProgrammeItem,
  deleteConference,
  deleteInput,
  deleteProgrammeItem,
  getConference,
  saveFollowUp,
  updateConference,
} from "../models/conference.server";
import { notFound, parseId, requireProjectAction, requireProjectRole, requireRecordDeleter } from "../services/access.server";
import { redirectWithMessage } from "../services/flash.server";
import { conferenceChoices } from "../services/choices.server";
import { countOf, formatDate } from "../utils/format";
import { canWriteProjectRecords, hasRole, PROJECT_WRITERS, RECORD_DELETERS } from "../utils/permissions";
import { TextField } from "../components/fields";
import { IntentButton } from "../components/record-form";
import { AppLink } from "../components/app-link";
import { projectPageTitle } from "../utils/page-title";
import { SubmitButton } from "../components/submit-button";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [{ title: projectPageTitle(data?.conference.title ?? "Dialogkonferanse", matches) }];

function loadConference(projectId: number, conferenceIdParam: unknown) {
  const conference = getConference(projectId, parseId(conferenceIdParam));
  if (!conference) throw notFound();
  return conference;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role } = await requireProjectRole(request, params.projectId);
  const conference = loadConference(projectId, params.conferenceId);
  return json({ projectId, conference, choices: conferenceChoices(projectId), canWrite: canWriteProjectRecords(role), canDelete: hasRole(role, RECORD_DELETERS) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { projectId, user, role, formData } = await requireProjectAction(request, params.projectId, PROJECT_WRITERS);
  const intent = String(formData.get("intent"));
  // Removing a programme item or an input is editing the conference; deleting the conference is the leader's.
  if (intent === "slett") requireRecordDeleter(role);
  const conference = loadConference(projectId, params.conferenceId);
  const base = `/prosjekter/${projectId}/konferanser`;
  const ids = { projectId, conferenceId: conference.id, userId: user.id };
  switch (intent) {
    case "slett":
      deleteConference(ids);
      return redirectWithMessage(base, "Konferansen er slettet.");
    case "slett-program":
      // Another conference's item is not there for this one: 404, not a redirect that pretends.
      if (!deleteProgrammeItem({ ...ids, itemId: parseId(formData.get("itemId")) })) throw notFound();
      return redirectWithMessage(`${base}/${conference.id}`, "Programposten er fjernet.");
    case "slett-innspill":
      if (!deleteInput({ ...ids, inputId: parseId(formData.get("inputId")) })) throw notFound();
      return redirectWithMessage(`${base}/${conference.id}`, "Innspillet er slettet.");
    case "program": {
      const submission = parseWithZod(formData, { schema: ProgrammeItemSchema });
      if (submission.status !== "success") return json({ intent, inputId: null, result: submission.reply(), conflict: null }, { status: 400 });
      addProgrammeItem({ ...ids, ...submission.value });
      return redirectWithMessage(`${base}/${conference.id}#program`, "Programposten er lagt til.");
    }
    case "innspill": {
      const submission = parseWithZod(formData, { schema: InputSchema });
      if (submission.status !== "success") return json({ intent, inputId: null, result: submission.reply(), conflict: null }, { status: 400 });
      addInput({ ...ids, ...submission.value });
      return redirectWithMessage(`${base}/${conference.id}#innspill`, "Innspillet er lagt til.");
    }
    case "oppfolging": {
      const submission = parseWithZod(formData, { schema: followUpSchema(conferenceChoices(projectId)) });
      const inputId = Number(formData.get("inputId")) || null;
      if (submission.status !== "success") return json({ intent, inputId, result: submission.reply(), conflict: null }, { status: 400 });
      const saved = saveFollowUp({ ...ids, inputId: submission.value.inputId, version: submission.value.version, values: toFollowUpValues(submission.value) });
      if (saved.status === "not_found") throw notFound();
      if (saved.status === "conflict") return json({ intent, inputId, result: submission.reply(), conflict: saved.current }, { status: 409 });
      return redirectWithMessage(`${base}/${conference.id}#innspill`, "Oppfølgingen er lagret.");
    }
    case "lagre": {
      const submission = parseWithZod(formData, { schema: conferenceSchema(conferenceChoices(projectId)) });
      if (submission.status !== "success") return json({ intent, inputId: null, result: submission.reply(), conflict: null }, { status: 400 });
      const saved = updateConference({ ...ids, version: submission.value.version ?? 0, values: toConferenceValues(submission.value) });
      if (saved.status === "not_found") throw notFound();
      if (saved.status === "conflict") return json({ intent, inputId: null, result: submission.reply(), conflict: saved.current }, { status: 409 });
      return redirectWithMessage(`${base}/${conference.id}`, "Endringene er lagret.");
    }
    default:
      throw new Response("Ukjent handling", { status: 400 });
  }
}

export default function ConferencePage() {
  const { projectId, conference, choices, canWrite, canDelete } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const resultFor = (intent: string, inputId: number | null = null) =>
    data && data.intent === intent && data.inputId === inputId ? data.result : undefined;
  const editConflict = data?.intent === "lagre" && data.conflict && "title" in data.conflict ? data.conflict : null;
  const [form, fields] = useChoicesForm(conferenceSchema, choices, resultFor("lagre"), {
    title: conference.title,
    startDate: conference.date,
    endDate: conference.endDate ?? "",
    place: conference.place,
    region: conference.region ?? "",
    purpose: conference.purpose,
    stepTheme: `${conference.stepId}/${conference.themeId}`,
    participants: Object.fromEntries(conference.participants.map((p) => [String(p.organisationId), String(p.count)])),
  });
  return (
    <div className="stack">
      <Paragraph>
        <AppLink to={`/prosjekter/${projectId}/konferanser`}>Alle dialogkonferanser</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {conference.title}
      </Heading>
      <dl className="details">
        <dt>Dato</dt>
        <dd>{conference.endDate ? `${formatDate(conference.date)}–${formatDate(conference.endDate)}` : formatDate(conference.date)}</dd>
        <dt>Sted</dt>
        <dd>{[conference.place, conference.region].filter(Boolean).join(", ") || "–"}</dd>
        <dt>Formål</dt>
        <dd>{conference.purpose || "–"}</dd>
        <dt>Deltakere</dt>
        <dd>{conference.participantTotal}</dd>
      </dl>

      <section aria-labelledby="deltakere" className="stack">
        <Heading level={2} data-size="md" id="deltakere">
          Deltakere per organisasjon
        </Heading>
        <DataTable
          caption="Deltakere per organisasjon"
          headers={["Organisasjon", "Deltakere"]}
          rows={[
            ...conference.participants.map((p) => ({ key: p.organisationId, cells: [p.name, p.count] })),
            { key: "sum", cells: [<strong key="s">Til sammen</strong>, <strong key="n">{conference.participantTotal}</strong>] },
          ]}
        />
      </section>

      <section aria-labelledby="program" className="stack">
        <Heading level={2} data-size="md" id="program">
          Program
        </Heading>
        {conference.programme.length === 0 ? <Paragraph>Programmet er ikke registrert.</Paragraph> : null}
        <ol>
          {conference.programme.map((item) => (
            <li key={item.id}>
              {item.time ? `${item.time} ` : ""}
              {item.title}
              {item.presenter ? ` (${item.presenter})` : ""}
              {canWrite ? (
                <IntentButton intent="slett-program" fields={{ itemId: item.id }} confirmMessage={`Fjerne programposten «${item.title}»?`} confirmLabel="Fjern" className="inline-form" variant="tertiary" data-size="sm" aria-label={`Fjern programposten ${item.title}`}>
                  Fjern
                </IntentButton>
              ) : null}
            </li>
          ))}
        </ol>
        {canWrite ? <AddProgrammeItemForm key={conference.programme.length} lastResult={resultFor("program")} /> : null}
      </section>

      <section aria-labelledby="innspill" className="stack">
        <Heading level={2} data-size="md" id="innspill">
          Innspill
        </Heading>
        <Paragraph>
          {conference.followUp.total} innspill, <strong>{conference.followUp.open} uten oppfølging</strong>.
        </Paragraph>
        <ul className="inputs">
          {conference.inputs.map((input) => (
            <li key={`${input.id}-${input.version}`}>
              <InputCard
                input={input}
                choices={choices}
                canWrite={canWrite}
                projectId={projectId}
                lastResult={resultFor("oppfolging", input.id)}
                conflict={data?.intent === "oppfolging" && data.inputId === input.id && data.conflict && "followUp" in data.conflict ? data.conflict : null}
              />
            </li>
          ))}
        </ul>
        {canWrite ? <AddInputForm key={conference.inputs.length} lastResult={resultFor("innspill")} /> : null}
      </section>

      {canWrite ? (
        <section aria-labelledby="endre" className="stack">
          <Heading level={2} data-size="md" id="endre">
            Endre konferansen
          </Heading>
          {editConflict ? (
            <ConflictNotice>
              <Paragraph>
                {editConflict.title}, {formatDate(editConflict.date)}, {countOf(editConflict.participantTotal, "deltaker", "deltakere")}.
              </Paragraph>
            </ConflictNotice>
          ) : null}
          <ConferenceForm form={form} fields={fields} choices={choices} version={editConflict?.version ?? conference.version} submitLabel="Lagre endringene" />
          {canDelete ? (
            <IntentButton intent="slett" confirmMessage={`Slette konferansen «${conference.title}» for godt?`} variant="secondary" data-color="danger">
              Slett konferansen
            </IntentButton>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}

function AddProgrammeItemForm({ lastResult }: { lastResult: Parameters<typeof useZodForm>[1] }) {
  const [form, fields] = useZodForm(ProgrammeItemSchema, lastResult);
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <CsrfInput />
      <input type="hidden" name="intent" value="program" />
      <Heading level={3} data-size="xs">
        Ny programpost
      </Heading>
      <TextField label="Tidspunkt" description="For eksempel 09:30." {...fieldProps(fields.time)} />
      <TextField label="Programpost" {...fieldProps(fields.title)} />
      <TextField label="Innleder" {...fieldProps(fields.presenter)} />
      <div>
        <SubmitButton variant="secondary">
          Legg til i programmet
        </SubmitButton>
      </div>
    </Form>
  );
}
