import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { PROJECT_GROUP_KINDS } from "../../db/enums";
import { CsrfInput } from "../components/csrf-input";
import { DoneMessage, freshFormKey } from "../components/done-message";
import { DataTable } from "../components/data-table";
import { TextField } from "../components/fields";
import { DateField } from "../components/date-field";
import { FormErrorSummary } from "../components/error-summary";
import { CHECK_TIMING, fieldProps } from "../components/form-fields";
import { IntentButton } from "../components/record-form";
import { SelectField } from "../components/select-field";
import { GroupMemberSchema, GroupSchema } from "../forms/project-setup";
import { getMembership, listProjectPeople } from "../models/membership.server";
import { isProjectOrganisation, listProjectOrganisations } from "../models/organisation.server";
import { addGroupMember, createProjectGroup, deleteProjectGroup, findProjectGroupByName, getProjectGroup, listProjectGroups, removeGroupMember, updateProjectGroup } from "../models/project-group.server";
import { getUserById } from "../models/user.server";
import { notFound, parseId, requireProjectAction, requireProjectRole } from "../services/access.server";
import { logRead } from "../services/audit-events.server";
import { getContent } from "../utils/content.server";
import { hasRole, PROJECT_MANAGERS } from "../utils/permissions";
import { projectPageTitle } from "../utils/page-title";
import { SubmitButton } from "../components/submit-button";

export const meta: MetaFunction = ({ matches }) => [{ title: projectPageTitle("Prosjektorganisering", matches) }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { projectId, role, user } = await requireProjectRole(request, params.projectId);
  // The groups with the people in them and their functions: a read of personal data.
  logRead({ context }, { userId: user.id, entityType: "project_organisation_chart", entityId: projectId, projectId });
  const kindNames = getContent().labels.projectGroupKinds;
  return json({
    groups: listProjectGroups(projectId).map((g) => ({ ...g, kindName: kindNames[g.kind] })),
    kinds: PROJECT_GROUP_KINDS.map((k) => ({ value: k, label: kindNames[k] })),
    people: listProjectPeople(projectId).map((p) => ({ value: String(p.userId), label: p.name })),
    organisations: listProjectOrganisations(projectId).map((o) => ({ value: String(o.id), label: o.name })),
    canManage: hasRole(role, PROJECT_MANAGERS),
  });
}

type ActionData = { form: "gruppe" | "endre-gruppe" | "person" | "liste"; groupId?: number; result?: SubmissionResult<string[]>; done?: string };

/** The group form's schema, refusing a name another group of the project has. */
const uniqueGroupName = (projectId: number, groupId?: number) =>
  GroupSchema.superRefine((v, ctx) => {
    const same = findProjectGroupByName(projectId, v.name);
    if (same && same.id !== groupId) ctx.addIssue({ code: "custom", path: ["name"], message: "Prosjektet har allerede en gruppe med dette navnet" });
  });

export async function action({ request, params }: ActionFunctionArgs) {
  const { projectId, user, formData } = await requireProjectAction(request, params.projectId, PROJECT_MANAGERS);
  const intent = formData.get("intent");
  if (intent === "slett-gruppe") {
    if (!deleteProjectGroup({ projectId, groupId: parseId(formData.get("groupId")), userId: user.id })) throw notFound();
    return json<ActionData>({ form: "liste", done: "Gruppen er slettet." });
  }
  if (intent === "endre-gruppe") {
    const groupId = parseId(formData.get("groupId"));
    const submission = parseWithZod(formData, { schema: uniqueGroupName(projectId, groupId) });
    if (submission.status !== "success") return json<ActionData>({ form: "endre-gruppe", groupId, result: submission.reply() }, { status: 400 });
    if (!updateProjectGroup({ projectId, groupId, userId: user.id, values: submission.value })) throw notFound();
    return json<ActionData>({ form: "liste", done: "Gruppen er endret." });
  }
  if (intent === "fjern-person") {
    if (!removeGroupMember({ projectId, memberId: parseId(formData.get("memberId")), userId: user.id })) throw notFound();
    return json<ActionData>({ form: "liste", done: "Personen er tatt ut av gruppen." });
  }
  if (intent === "ny-person") {
    const submission = parseWithZod(formData, {
      schema: GroupMemberSchema.superRefine((v, ctx) => {
        if (!getProjectGroup(projectId, v.groupId)) ctx.addIssue({ code: "custom", path: ["groupId"], message: "Velg en av prosjektets grupper" });
        if (v.userId !== null && !getMembership(projectId, v.userId)) ctx.addIssue({ code: "custom", path: ["userId"], message: "Velg en person i prosjektet" });
        if (v.organisationId !== null && !isProjectOrganisation(projectId, v.organisationId)) ctx.addIssue({ code: "custom", path: ["organisationId"], message: "Velg en av prosjektets organisasjoner" });
      }),
    });
    if (submission.status !== "success") return json<ActionData>({ form: "person", result: submission.reply() }, { status: 400 });
    const { groupId, ...values } = submission.value;
    const name = values.name || getUserById(values.userId!)!.name;
    addGroupMember({ projectId, groupId, userId: user.id, values: { ...values, name } });
    return json<ActionData>({ form: "person", result: submission.reply({ resetForm: true }), done: `${name} er lagt til i gruppen.` });
  }
  if (intent !== "ny-gruppe") throw new Response("Ukjent handling", { status: 400 });
  const submission = parseWithZod(formData, { schema: uniqueGroupName(projectId) });
  if (submission.status !== "success") return json<ActionData>({ form: "gruppe", result: submission.reply() }, { status: 400 });
  const group = createProjectGroup({ projectId, userId: user.id, values: submission.value });
  return json<ActionData>({ form: "gruppe", result: submission.reply({ resetForm: true }), done: `Gruppen ${group.name} er opprettet.` });
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

export default function ProjectOrganisation() {
  const { groups, kinds, people, organisations, canManage } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Prosjektorganisering
      </Heading>
      <Paragraph>Eier, styringsgruppe, prosjektgruppe, fagnettverk og arbeidsgrupper, med personene i dem.</Paragraph>
      <DoneMessage message={actionData?.done} />
      {groups.length === 0 ? <Paragraph>Ingen grupper er registrert ennå.</Paragraph> : null}
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`gruppe-${group.id}`} className="stack">
          <Heading level={2} data-size="sm" id={`gruppe-${group.id}`}>
            {group.name} ({group.kindName.toLowerCase()})
          </Heading>
          {group.description ? <Paragraph>{group.description}</Paragraph> : null}
          {group.members.length === 0 ? (
            <Paragraph>Ingen personer i gruppen ennå.</Paragraph>
          ) : (
            <DataTable
              caption={`Personer i ${group.name}`}
              headers={["Navn", "Funksjon", "Organisasjon", ...(canManage ? [<span key="h" className="visually-hidden">Handling</span>] : [])]}
              rows={group.members.map((m) => ({
                key: m.id,
                cells: [
                  m.name,
                  m.function,
                  m.organisationName ?? "",
                  ...(canManage
                    ? [
                        <IntentButton key="remove" intent="fjern-person" fields={{ memberId: m.id }} confirmMessage={`Ta ${m.name} ut av ${group.name}?`} confirmLabel="Ta ut" variant="tertiary" data-size="sm" aria-label={`Ta ut: ${m.name} fra ${group.name}`}>
                          Ta ut
                        </IntentButton>,
                      ]
                    : []),
                ],
              }))}
            />
          )}
          {canManage ? (
            <details open={actionData?.form === "endre-gruppe" && actionData.groupId === group.id}>
              <summary>Endre gruppen {group.name}</summary>
              <GroupForm
                key={`endre-${group.id}-${freshFormKey(actionData)}`}
                kinds={kinds}
                group={group}
                lastResult={actionData?.form === "endre-gruppe" && actionData.groupId === group.id ? actionData.result : undefined}
              />
            </details>
          ) : null}
          {canManage ? (
            <IntentButton intent="slett-gruppe" fields={{ groupId: group.id }} confirmMessage={`Slette gruppen ${group.name}?`} variant="tertiary" data-color="danger" data-size="sm">
              Slett gruppen {group.name}
            </IntentButton>
          ) : null}
        </section>
      ))}
      {canManage ? (
        <>
          {groups.length > 0 ? <MemberForm key={`person-${freshFormKey(actionData)}`} groups={groups} people={people} organisations={organisations} lastResult={actionData?.form === "person" ? actionData.result : undefined} /> : null}
          <NewGroup key={`gruppe-${freshFormKey(actionData)}`} kinds={kinds} lastResult={actionData?.form === "gruppe" ? actionData.result : undefined} />
        </>
      ) : null}
    </div>
  );
}

type Group = { id: number; kind: string; name: string; description: string };

function NewGroup(props: { kinds: LoaderData["kinds"]; lastResult?: SubmissionResult<string[]> }) {
  return (
    <section aria-labelledby="ny-gruppe" className="stack">
      <Heading level={2} data-size="md" id="ny-gruppe">
        Ny gruppe
      </Heading>
      <GroupForm {...props} />
    </section>
  );
}

/** A new group, or (with `group`) the one to change. */
function GroupForm({ kinds, group, lastResult }: { kinds: LoaderData["kinds"]; group?: Group; lastResult?: SubmissionResult<string[]> }) {
  const [form, fields] = useForm({
    id: group ? `gruppe-${group.id}` : "gruppe",
    lastResult,
    ...CHECK_TIMING,
    defaultValue: group ? { kind: group.kind, name: group.name, description: group.description } : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: GroupSchema }),
  });
  return (
    <>
      <FormErrorSummary form={form} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <CsrfInput />
        <input type="hidden" name="intent" value={group ? "endre-gruppe" : "ny-gruppe"} />
        {group ? <input type="hidden" name="groupId" value={group.id} /> : null}
        <SelectField label="Hva slags gruppe" {...fieldProps(fields.kind)} placeholder="Velg" options={kinds} />
        <TextField label="Navn" description="For eksempel «Styringsgruppen» eller «Arbeidsgruppe for pasientforløp»." {...fieldProps(fields.name)} />
        <TextField label="Beskrivelse" multiline rows={2} {...fieldProps(fields.description)} />
        <div>
          <SubmitButton>{group ? "Lagre gruppen" : "Opprett gruppen"}</SubmitButton>
        </div>
      </Form>
    </>
  );
}

function MemberForm(props: { groups: LoaderData["groups"]; people: LoaderData["people"]; organisations: LoaderData["organisations"]; lastResult?: SubmissionResult<string[]> }) {
  const [form, fields] = useForm({ id: "person", lastResult: props.lastResult, ...CHECK_TIMING, onValidate: ({ formData }) => parseWithZod(formData, { schema: GroupMemberSchema }) });
  return (
    <section aria-labelledby="ny-person" className="stack">
      <Heading level={2} data-size="md" id="ny-person">
        Legg en person til i en gruppe
      </Heading>
      <FormErrorSummary form={form} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <CsrfInput />
        <input type="hidden" name="intent" value="ny-person" />
        <SelectField label="Gruppe" {...fieldProps(fields.groupId)} placeholder="Velg gruppe" options={props.groups.map((g) => ({ value: String(g.id), label: g.name }))} />
        <SelectField label="Person i prosjektet" description="Eller skriv navnet under, for en som ikke bruker Trinnvis." {...fieldProps(fields.userId)} placeholder="Ingen valgt" options={props.people} />
        <TextField label="Navn" {...fieldProps(fields.name)} />
        <TextField label="Funksjon i gruppen" description="For eksempel «leder» eller «brukerrepresentant»." {...fieldProps(fields.function)} />
        <SelectField label="Organisasjon" {...fieldProps(fields.organisationId)} placeholder="Ingen valgt" options={props.organisations} />
        <DateField label="Med fra" description="Tom betyr i dag." {...fieldProps(fields.since)} />
        <div>
          <SubmitButton>Legg til</SubmitButton>
        </div>
      </Form>
    </section>
  );
}
