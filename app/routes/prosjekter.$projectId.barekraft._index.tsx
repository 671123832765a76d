import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useParams } from "@remix-run/react";
import { AppLink } from "../components/app-link";
import { CheckboxGroup } from "../components/checkbox-group";
import { CsrfInput } from "../components/csrf-input";
import { DataTable } from "../components/data-table";
import { TextField } from "../components/fields";
import { FormErrorSummary } from "../components/error-summary";
import { checkedValues, fieldProps } from "../components/form-fields";
import { useChoicesForm } from "../components/forms";
import { SelectField } from "../components/select-field";
import { StartRoundSchema, type RoundChoices } from "../forms/sustainability";
import { getRoundDetail, listRounds, profileOf, startRound } from "../models/sustainability.server";
import { requireProjectAction, requireProjectRole } from "../services/access.server";
import { redirectWithMessage } from "../services/flash.server";
import { roundChoices } from "../services/choices.server";
import { formatDate } from "../utils/format";
import { getInstrument } from "../utils/instruments.server";
import { AUDIT_LEADERS, hasRole } from "../utils/permissions";
import { projectPageTitle } from "../utils/page-title";
import { SubmitButton } from "../components/submit-button";

export const meta: MetaFunction = ({ matches }) => [{ title: projectPageTitle("Bærekraft", matches) }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role } = await requireProjectRole(request, params.projectId);
  const rounds = listRounds(projectId).map((round) => {
    const detail = round.status === "signert" ? getRoundDetail(projectId, round.id) : null;
    return {
      id: round.id,
      title: round.title,
      instrumentName: getInstrument(round.instrumentId)?.name ?? round.instrumentId,
      startedAt: round.startedAt,
      status: round.status,
      signedAt: round.signedAt,
      signerName: round.signerName,
      submitted: round.raters.filter((r) => r.submittedAt).length,
      raters: round.raters.length,
      weakest: detail ? (profileOf(projectId, detail)?.weakest.map((f) => f.name) ?? []) : [],
    };
  });
  const canStart = hasRole(role, AUDIT_LEADERS);
  return json({ rounds, canStart, choices: canStart ? roundChoices(projectId) : null });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { projectId, user, formData } = await requireProjectAction(request, params.projectId, AUDIT_LEADERS);
  const submission = parseWithZod(formData, { schema: StartRoundSchema(roundChoices(projectId)) });
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const round = startRound({ projectId, userId: user.id, ...submission.value });
  if (!round) return json(submission.reply({ fieldErrors: { instrumentId: ["Velg hva runden skal vurdere"] } }), { status: 400 });
  return redirectWithMessage(`/prosjekter/${projectId}/barekraft/${round.id}`, "Runden er startet.");
}

export default function SustainabilityRounds() {
  const { rounds, canStart, choices } = useLoaderData<typeof loader>();
  const { projectId } = useParams();
  const lastResult = useActionData<typeof action>();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Bærekraft
      </Heading>
      <Paragraph>
        Prosjektgruppen og rådgiveren vurderer hver for seg om arbeidet vil vare etter prosjektet. Ingen ser de andres svar før de har levert sine egne.
        Rådgiveren kommenterer hvert punkt og signerer revisjonen; en signert revisjon kan ikke endres.
      </Paragraph>
      <section aria-labelledby="runder" className="stack">
        <Heading level={2} data-size="md" id="runder">
          Runder
        </Heading>
        {rounds.length === 0 ? (
          <Paragraph>Ingen runder er startet ennå.</Paragraph>
        ) : (
          <DataTable
            caption="Bærekraftsrunder, nyeste først"
            headers={["Runde", "Hva som vurderes", "Startet", "Status", "Svakeste faktorer"]}
            rows={rounds.map((r) => ({
              key: r.id,
              cells: [
                <AppLink key="l" to={`/prosjekter/${projectId}/barekraft/${r.id}`}>
                  {r.title}
                </AppLink>,
                r.instrumentName,
                formatDate(r.startedAt),
                r.status === "signert" ? (
                  <Tag key="t" data-color="success">{`Signert ${formatDate(r.signedAt)} av ${r.signerName ?? "ukjent"}`}</Tag>
                ) : (
                  <Tag key="t" data-color="warning">{`Åpen: ${r.submitted} av ${r.raters} har levert`}</Tag>
                ),
                r.weakest.join(", "),
              ],
            }))}
          />
        )}
      </section>
      {canStart && choices ? (
        <section aria-labelledby="ny-runde" className="stack">
          <Heading level={2} data-size="md" id="ny-runde">
            Start en ny runde
          </Heading>
          <StartRoundForm key={rounds.length} choices={choices} lastResult={lastResult} />
        </section>
      ) : null}
    </div>
  );
}

function StartRoundForm({ choices, lastResult }: { choices: RoundChoices; lastResult: SubmissionResult<string[]> | undefined }) {
  const [form, fields] = useChoicesForm(StartRoundSchema, choices, lastResult);
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <CsrfInput />
      <input type="hidden" name="intent" value="ny-runde" />
      <FormErrorSummary form={form} />
      <TextField label="Navn på runden" description="For eksempel «Høsten 2012»" {...fieldProps(fields.title)} />
      <SelectField label="Hva runden skal vurdere" placeholder="Velg" options={choices.instruments} {...fieldProps(fields.instrumentId)} />
      <CheckboxGroup
        legend="Vurderere"
        description="Hver vurderer svarer for seg. Ta med rådgiveren."
        name={fields.raterIds.name}
        options={choices.raters}
        defaultValue={checkedValues(fields.raterIds)}
        error={fields.raterIds.errors?.[0]}
      />
      <div>
        <SubmitButton>Start runden</SubmitButton>
      </div>
    </Form>
  );
}
