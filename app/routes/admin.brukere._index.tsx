import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Button, Checkbox, Heading, Link as DsLink, Table, Tag, Textfield } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput } from "../components/csrf-input";
import { FormErrors } from "../components/form-errors";
import { writeAudit } from "../models/audit.server";
import { createUser, getUserByEmail, listUsers } from "../models/user.server";
import { requireAdmin, requireAdminAction } from "../utils/access.server";
import { NewUserSchema } from "../utils/user-schemas";

export const meta: MetaFunction = () => [{ title: "Brukere – Trinnvis" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return json({ users: listUsers() });
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, formData } = await requireAdminAction(request);
  const submission = await parseWithZod(formData, {
    schema: NewUserSchema.superRefine((value, ctx) => {
      if (getUserByEmail(value.email)) {
        ctx.addIssue({ code: "custom", path: ["email"], message: "Det finnes allerede en bruker med denne e-postadressen" });
      }
    }),
  });
  if (submission.status !== "success") return json(submission.reply({ hideFields: ["password"] }), { status: 400 });
  const created = await createUser(submission.value);
  writeAudit({ userId: user.id, action: "create", entityType: "user", entityId: created.id, detail: { email: created.email, isAdmin: created.isAdmin } });
  return json(submission.reply({ resetForm: true }));
}

export default function AdminUsers() {
  const { users } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: NewUserSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Brukere
      </Heading>
      <Table>
        <caption className="visually-hidden">Alle brukere</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Navn</Table.HeaderCell>
            <Table.HeaderCell>E-post</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {users.map((u) => (
            <Table.Row key={u.id}>
              <Table.Cell>
                <DsLink href={`/admin/brukere/${u.id}`}>{u.name}</DsLink>
              </Table.Cell>
              <Table.Cell>{u.email}</Table.Cell>
              <Table.Cell>
                {u.isAdmin ? <Tag data-color="info">Administrator</Tag> : null}{" "}
                {u.disabledAt ? <Tag data-color="danger">Deaktivert</Tag> : null}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>

      <Heading level={2} data-size="md">
        Ny bruker
      </Heading>
      <FormErrors errors={form.errors} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <CsrfInput />
        <Textfield label="Navn" name={fields.name.name} defaultValue={fields.name.initialValue} error={fields.name.errors?.[0]} />
        <Textfield label="E-post" type="email" name={fields.email.name} defaultValue={fields.email.initialValue} error={fields.email.errors?.[0]} />
        <Textfield
          label="Passord"
          type="password"
          autoComplete="new-password"
          description="Minst 12 tegn."
          name={fields.password.name}
          error={fields.password.errors?.[0]}
        />
        <Checkbox label="Administrator" name={fields.isAdmin.name} value="on" />
        <div>
          <Button type="submit">Opprett bruker</Button>
        </div>
      </Form>
    </div>
  );
}
