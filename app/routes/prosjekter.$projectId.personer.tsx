import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { PROJECT_ROLES } from "../../db/enums";
import { CsrfInput } from "../components/csrf-input";
import { DoneMessage, freshFormKey } from "../components/done-message";
import { DataTable } from "../components/data-table";
import { TextField } from "../components/fields";
import { DateField } from "../components/date-field";
import { FormErrorSummary } from "../components/error-summary";
import { CHECK_TIMING, fieldProps } from "../components/form-fields";
import { InvitationList } from "../components/invitation-list";
import { InvitationNotice, type SentInvitation } from "../components/invitation-notice";
import { IntentButton } from "../components/record-form";
import { SelectField } from "../components/select-field";
import { InvitationSchema, LAST_LEADER_MESSAGE, MemberSchema } from "../forms/project-setup";
import { emailIsProjectMember, findOpenInvitation, listOpenInvitations } from "../models/invitation.server";
import { changeMember, listProjectPeople, removeMember } from "../models/membership.server";
import { isProjectOrganisation, listProjectOrganisations } from "../models/organisation.server";
import { invitationListAction, inviteAndSend } from "../services/invitations.server";
import { notFound, parseId, requireProjectAction, requireProjectRole } from "../services/access.server";
import { logRead } from "../services/audit-events.server";
import { getContent } from "../utils/content.server";
import { hasRole, PROJECT_MANAGERS } from "../utils/permissions";
import { projectPageTitle } from "../utils/page-title";
import { SubmitButton } from "../components/submit-button";

export const meta: MetaFunction = ({ matches }) => [{ title: projectPageTitle("Personer og roller", matches) }];

const ORGANISATION_NOT_IN_PROJECT = "Velg en av prosjektets organisasjoner";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { projectId, role, user } = await requireProjectRole(request, params.projectId);
  const canManage = hasRole(role, PROJECT_MANAGERS);
  // Names, roles and (for the project leader) e-mail addresses and invitations: a read of personal data.
  logRead({ context }, { userId: user.id, entityType: "project_people", entityId: projectId, projectId, detail: { email: canManage } });
  const roleNames = getContent().labels.projectRoles;
  return json({
    people: listProjectPeople(projectId).map((p) => ({ ...p, email: canManage ? p.email : null, roleName: roleNames[p.role] })),
    invitations: canManage ? listOpenInvitations(projectId).map((i) => ({ ...i, roleName: i.role ? roleNames[i.role] : "" })) : [],
    organisations: listProjectOrganisations(projectId).map((o) => ({ value: String(o.id), label: o.name })),
    roles: PROJECT_ROLES.map((r) => ({ value: r, label: roleNames[r] })),
    canManage,
    currentUserId: user.id,
  });
}

type ActionData = { form: string; result?: SubmissionResult<string[]>; rowId?: number; rowError?: string; done?: string; sent?: SentInvitation };

export async function action({ request, params }: ActionFunctionArgs) {
  const { projectId, user, formData } = await requireProjectAction(request, params.projectId, PROJECT_MANAGERS);
  const intent = formData.get("intent");
  const listed = await invitationListAction(request, formData, { projectId, user });
  if (listed) return json<ActionData>({ form: "liste", sent: listed.sent, done: listed.done }, { status: listed.status });
  if (intent === "fjern") {
    const membershipId = parseId(formData.get("membershipId"));
    const outcome = removeMember({ projectId, membershipId, userId: user.id });
    if (outcome.status === "not_found") throw notFound();
    if (outcome.status === "last_leader") return json<ActionData>({ form: "fjern", rowId: membershipId, rowError: LAST_LEADER_MESSAGE }, { status: 409 });
    return json<ActionData>({ form: "fjern", done: "Personen er fjernet fra prosjektet." });
  }
  if (intent === "endre") {
    const submission = parseWithZod(formData, {
      schema: MemberSchema.superRefine((v, ctx) => {
        if (v.organisationId !== null && !isProjectOrganisation(projectId, v.organisationId)) ctx.addIssue({ code: "custom", path: ["organisationId"], message: ORGANISATION_NOT_IN_PROJECT });
      }),
    });
    const rowId = Number(formData.get("membershipId"));
    if (submission.status !== "success") return json<ActionData>({ form: "endre", rowId, result: submission.reply() }, { status: 400 });
    const outcome = changeMember({ projectId, userId: user.id, ...submission.value });
    if (outcome.status === "not_found") throw notFound();
    if (outcome.status === "last_leader") return json<ActionData>({ form: "endre", rowId, result: submission.reply({ fieldErrors: { role: [LAST_LEADER_MESSAGE] } }) }, { status: 409 });
    return json<ActionData>({ form: "endre", done: "Endringen er lagret." });
  }
  if (intent !== "inviter") throw new Response("Ukjent handling", { status: 400 });
  const submission = parseWithZod(formData, {
    schema: InvitationSchema.superRefine((v, ctx) => {
      if (emailIsProjectMember(projectId, v.email)) ctx.addIssue({ code: "custom", path: ["email"], message: "Personen med denne e-postadressen er allerede med i prosjektet" });
      else if (findOpenInvitation(v.email, projectId)) ctx.addIssue({ code: "custom", path: ["email"], message: "En invitasjon til denne adressen venter allerede på svar. Send den på nytt fra listen under." });
      if (v.organisationId !== null && !isProjectOrganisation(projectId, v.organisationId)) ctx.addIssue({ code: "custom", path: ["organisationId"], message: ORGANISATION_NOT_IN_PROJECT });
    }),
  });
  if (submission.status !== "success") return json<ActionData>({ form: "inviter", result: submission.reply() }, { status: 400 });
  const sent = await inviteAndSend(request, { ...submission.value, projectId, invitedBy: user.id }, user.name);
  return json<ActionData>({ form: "inviter", result: submission.reply({ resetForm: true }), sent });
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

export default function ProjectPeople() {
  const { people, invitations, organisations, roles, canManage, currentUserId } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Personer og roller
      </Heading>
      <DoneMessage message={actionData?.done} color={actionData?.rowError ? "warning" : "success"} />
      {actionData?.sent ? <InvitationNotice sent={actionData.sent} /> : null}
      <DataTable
        caption="Personene i prosjektet"
        headers={["Navn", "Rolle", "Funksjon", "Organisasjon", ...(canManage ? ["E-post", <span key="h" className="visually-hidden">Handlinger</span>] : [])]}
        rows={people.map((p) => ({
          key: p.id,
          cells: [
            p.userId === currentUserId ? `${p.name} (deg)` : p.name,
            p.roleName,
            p.position,
            p.organisationName ?? "",
            ...(canManage
              ? [
                  p.email ?? "",
                  <MemberActions
                    key="actions"
                    person={p}
                    roles={roles}
                    organisations={organisations}
                    lastResult={actionData?.form === "endre" && actionData.rowId === p.id ? actionData.result : undefined}
                    removeError={actionData?.form === "fjern" && actionData.rowId === p.id ? actionData.rowError : undefined}
                  />,
                ]
              : []),
          ],
        }))}
      />
      {canManage ? (
        <>
          <InviteForm key={`inviter-${freshFormKey(actionData)}`} roles={roles} organisations={organisations} lastResult={actionData?.form === "inviter" ? actionData.result : undefined} />
          <section aria-labelledby="invitasjoner-overskrift" className="stack">
            <Heading level={2} data-size="md" id="invitasjoner-overskrift">
              Invitasjoner som venter
            </Heading>
            <InvitationList invitations={invitations} />
          </section>
        </>
      ) : null}
    </div>
  );
}

function InviteForm({ roles, organisations, lastResult }: Pick<LoaderData, "roles" | "organisations"> & { lastResult?: SubmissionResult<string[]> }) {
  const [form, fields] = useForm({ id: "inviter", lastResult, ...CHECK_TIMING, onValidate: ({ formData }) => parseWithZod(formData, { schema: InvitationSchema }) });
  return (
    <section aria-labelledby="inviter-overskrift" className="stack">
      <Heading level={2} data-size="md" id="inviter-overskrift">
        Inviter en person
      </Heading>
      <Paragraph>Personen får en lenke på e-post som kan brukes én gang. Har de ikke konto, lager de den når de åpner lenken.</Paragraph>
      <FormErrorSummary form={form} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <CsrfInput />
        <input type="hidden" name="intent" value="inviter" />
        <TextField label="E-post" type="email" autoComplete="off" {...fieldProps(fields.email)} />
        <SelectField label="Rolle" {...fieldProps(fields.role)} placeholder="Velg rolle" options={roles} />
        <TextField label="Funksjon i prosjektet" description="Valgfritt, for eksempel «Prosjektgruppe, 40 % stilling»." {...fieldProps(fields.position)} />
        <SelectField label="Organisasjon" {...fieldProps(fields.organisationId)} placeholder="Ingen valgt" options={organisations} />
        <div>
          <SubmitButton pendingLabel="Sender …">Send invitasjon</SubmitButton>
        </div>
      </Form>
    </section>
  );
}

function MemberActions(props: {
  person: LoaderData["people"][number];
  roles: LoaderData["roles"];
  organisations: LoaderData["organisations"];
  lastResult?: SubmissionResult<string[]>;
  removeError?: string;
}) {
  const { person } = props;
  const [form, fields] = useForm({
    id: `endre-${person.id}`,
    lastResult: props.lastResult,
    ...CHECK_TIMING,
    defaultValue: { role: person.role, position: person.position, organisationId: person.organisationId ? String(person.organisationId) : "", since: person.since },
  });
  return (
    <div className="stack">
      <details open={Boolean(props.lastResult)}>
        <summary>Endre {person.name}</summary>
        <FormErrorSummary form={form} />
        <Form method="post" className="form" {...getFormProps(form)}>
          <CsrfInput />
          <input type="hidden" name="intent" value="endre" />
          <input type="hidden" name="membershipId" value={person.id} />
          <SelectField label="Rolle" {...fieldProps(fields.role)} options={props.roles} />
          <TextField label="Funksjon i prosjektet" {...fieldProps(fields.position)} />
          <SelectField label="Organisasjon" {...fieldProps(fields.organisationId)} placeholder="Ingen valgt" options={props.organisations} />
          <DateField label="Med i prosjektet fra" description="Dagen personen ble med; brukes når prosjektet vurderes per en tidligere dato." {...fieldProps(fields.since)} />
          <div>
            <SubmitButton data-size="sm">
              Lagre endringen
            </SubmitButton>
          </div>
        </Form>
      </details>
      <IntentButton intent="fjern" fields={{ membershipId: person.id }} confirmMessage={`Fjerne ${person.name} fra prosjektet?`} confirmLabel="Fjern" variant="tertiary" data-color="danger" data-size="sm" aria-label={`Fjern fra prosjektet: ${person.name}`}>
        Fjern fra prosjektet
      </IntentButton>
      {props.removeError ? <p className="ds-validation-message" role="alert">{props.removeError}</p> : null}
    </div>
  );
}
