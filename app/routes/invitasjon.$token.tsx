import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useParams } from "@remix-run/react";
import { AppLink } from "../components/app-link";
import { CsrfInput } from "../components/csrf-input";
import { TextField } from "../components/fields";
import { FormErrorSummary } from "../components/error-summary";
import { fieldProps } from "../components/form-fields";
import { useZodForm } from "../components/forms";
import { acceptInvitation, acceptInvitationWithNewAccount, findInvitationByToken } from "../models/invitation.server";
import { getUserByEmail } from "../models/user.server";
import { hashPassword } from "../utils/password.server";
import { getContent } from "../utils/content.server";
import { requireCsrf, requireSameOrigin } from "../services/csrf.server";
import { redirectWithMessage } from "../services/flash.server";
import { getCurrentSession, startSession } from "../services/session.server";
import { NewAccountSchema } from "../utils/user-schemas";
import { readForm } from "../utils/form-body.server";
import { SubmitButton } from "../components/submit-button";

export const meta: MetaFunction = () => [{ title: "Invitasjon – Trinnvis" }];

// The page is reached through a secret link: no copy of it is kept on the way.
export const headers = () => ({ "Cache-Control": "no-store" });


const UNUSABLE: Record<string, string> = {
  brukt: "Invitasjonen er allerede brukt. Logg inn for å komme videre.",
  utlopt: "Invitasjonen er utløpt. Be den som inviterte deg om å sende den på nytt.",
  trukket: "Invitasjonen er trukket tilbake. Ta kontakt med den som inviterte deg.",
  not_found: "Lenken er ugyldig. Sjekk at du har kopiert hele lenken, eller be om en ny invitasjon.",
  konto_finnes: "Det finnes allerede en konto for denne adressen. Logg inn (eller sett passord med «Glemt passord?») og åpne lenken igjen.",
};

type View =
  | { kind: "unusable"; message: string }
  | { kind: "join"; email: string; target: string; asRole: string | null }
  | { kind: "wrong-user"; email: string; signedInAs: string }
  | { kind: "log-in"; email: string; target: string; hasPassword: boolean }
  | { kind: "create"; email: string; target: string; asRole: string | null };

/** What the link's visitor can do: join as the signed-in user, log in first, or make an account. */
async function viewFor(request: Request, token: string): Promise<View> {
  const invitation = findInvitationByToken(token);
  if (!invitation || invitation.state !== "venter") return { kind: "unusable", message: UNUSABLE[invitation?.state ?? "not_found"] };
  const target = invitation.projectName ? `prosjektet «${invitation.projectName}»` : "Trinnvis";
  const asRole = invitation.role ? getContent().labels.projectRolesAs[invitation.role] : null;
  const session = await getCurrentSession(request);
  if (session) {
    return session.user.email === invitation.email ? { kind: "join", email: invitation.email, target, asRole } : { kind: "wrong-user", email: invitation.email, signedInAs: session.user.email };
  }
  const account = getUserByEmail(invitation.email);
  if (account?.disabledAt) return { kind: "unusable", message: "Kontoen med denne e-postadressen er deaktivert. Ta kontakt med administratoren." };
  if (account) return { kind: "log-in", email: invitation.email, target, hasPassword: Boolean(account.passwordHash) };
  return { kind: "create", email: invitation.email, target, asRole };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const view = await viewFor(request, params.token ?? "");
  const signedIn = Boolean(await getCurrentSession(request));
  return json({ view, signedIn }, { status: view.kind === "unusable" ? 410 : 200 });
}

const landing = (projectId: number | null) => (projectId ? `/prosjekter/${projectId}` : "/prosjekter");

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const view = await viewFor(request, token);
  const formData = await readForm(request);
  if (view.kind === "join") {
    const session = (await getCurrentSession(request))!;
    requireCsrf(request, formData, session);
    const accepted = acceptInvitation({ token, userId: session.user.id });
    if (accepted.status !== "accepted") return json({ result: null, message: UNUSABLE[accepted.status] }, { status: 410 });
    return redirectWithMessage(landing(accepted.projectId), "Invitasjonen er godtatt.");
  }
  requireSameOrigin(request);
  if (view.kind === "unusable") return json({ result: null, message: view.message }, { status: 410 });
  if (view.kind === "wrong-user") return json({ result: null, message: `Invitasjonen gjelder ${view.email}, ikke kontoen du er logget inn med.` }, { status: 409 });
  if (view.kind !== "create") return json({ result: null, message: UNUSABLE.konto_finnes }, { status: 409 });
  const submission = parseWithZod(formData, { schema: NewAccountSchema });
  if (submission.status !== "success") return json({ result: submission.reply({ hideFields: ["password", "repeat"] }), message: null }, { status: 400 });
  const accepted = acceptInvitationWithNewAccount({ token, name: submission.value.name, passwordHash: await hashPassword(submission.value.password) });
  if (accepted.status === "konto_finnes") return json({ result: null, message: UNUSABLE.konto_finnes }, { status: 409 });
  if (accepted.status !== "accepted" || !accepted.userId) return json({ result: null, message: UNUSABLE[accepted.status] }, { status: 410 });
  const cookie = await startSession(request, accepted.userId);
  return redirectWithMessage(landing(accepted.projectId), "Kontoen din er opprettet, og invitasjonen er godtatt.", { headers: { "Set-Cookie": cookie } });
}

export default function InvitationPage() {
  const { view, signedIn } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { token } = useParams();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Invitasjon
      </Heading>
      {actionData?.message ? (
        <Alert data-color="danger" role="alert">
          {actionData.message}
        </Alert>
      ) : null}
      {view.kind === "unusable" ? (
        <>
          <Paragraph>{view.message}</Paragraph>
          <Paragraph>{signedIn ? <AppLink to="/prosjekter">Gå til prosjektene dine</AppLink> : <AppLink to="/logg-inn">Logg inn</AppLink>}</Paragraph>
        </>
      ) : null}
      {view.kind === "wrong-user" ? (
        <Paragraph>
          Invitasjonen gjelder {view.email}, men du er logget inn som {view.signedInAs}. Logg ut og åpne lenken på nytt.
        </Paragraph>
      ) : null}
      {view.kind === "log-in" ? (
        <>
          <Paragraph>
            Du er invitert til {view.target}. Du har allerede en konto med {view.email}.
            {view.hasPassword ? "" : " Den har ikke passord ennå: sett et med «Glemt passord?», så får du en lenke på e-post."}
          </Paragraph>
          <Paragraph>
            <AppLink to={`/logg-inn?${new URLSearchParams({ neste: `/invitasjon/${token}` })}`}>Logg inn for å bli med</AppLink>
            {view.hasPassword ? null : (
              <>
                {" · "}
                <AppLink to="/glemt-passord">Glemt passord?</AppLink>
              </>
            )}
          </Paragraph>
        </>
      ) : null}
      {view.kind === "join" ? (
        <Form method="post">
          <CsrfInput />
          <Paragraph>
            Du er invitert til {view.target}
            {view.asRole ? ` ${view.asRole}` : ""}.
          </Paragraph>
          <SubmitButton>Bli med</SubmitButton>
        </Form>
      ) : null}
      {view.kind === "create" ? <CreateAccount view={view} lastResult={actionData?.result ?? undefined} /> : null}
    </div>
  );
}

function CreateAccount({ view, lastResult }: { view: Extract<View, { kind: "create" }>; lastResult?: Parameters<typeof useZodForm>[1] }) {
  const [form, fields] = useZodForm(NewAccountSchema, lastResult);
  return (
    <>
      <Paragraph>
        Du er invitert til {view.target}
        {view.asRole ? ` ${view.asRole}` : ""}. Lag en konto for {view.email} for å bli med.
      </Paragraph>
      <FormErrorSummary form={form} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <TextField label="E-post" type="email" name="email-visning" value={view.email} readOnly autoComplete="username" />
        <TextField label="Navn" autoComplete="name" {...fieldProps(fields.name)} />
        <TextField label="Passord" type="password" autoComplete="new-password" description="Minst 12 tegn." {...fieldProps(fields.password)} />
        <TextField label="Gjenta passordet" type="password" autoComplete="new-password" {...fieldProps(fields.repeat)} />
        <div>
          <SubmitButton pendingLabel="Lager …">Lag konto og bli med</SubmitButton>
        </div>
      </Form>
    </>
  );
}
