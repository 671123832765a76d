import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { AppLink } from "../components/app-link";
import { SubmitButton } from "../components/submit-button";
import { shortPersonName } from "../domain/digest";
import { consumeUnsubscribeToken, findUnsubscribeToken } from "../models/unsubscribe.server";
import { requireSameOrigin } from "../services/csrf.server";
import { clientAddress } from "../services/session.server";

// A link from a digest: it turns that person's digests off, without logging in. The token is the key:
// it is single use, and only its hash is stored. Mail scanners open links, so GET only asks; the button
// (a POST to the same address) does it. The token is in the path only, and no-store keeps it out of caches.

export const meta: MetaFunction = () => [{ title: "Slå av påminnelser – Trinnvis" }];

const NO_STORE = { "Cache-Control": "no-store" };
export const headers: HeadersFunction = () => NO_STORE;

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

type View = { kind: "ask"; person: string } | { kind: "done" } | { kind: "used" } | { kind: "unknown" };

const STATUS: Record<View["kind"], number> = { ask: 200, done: 200, used: 410, unknown: 404 };
const answer = (view: View) => json({ view }, { status: STATUS[view.kind], headers: NO_STORE });

export async function loader({ params }: LoaderFunctionArgs) {
  const token = params.token ?? "";
  const found = TOKEN_SHAPE.test(token) ? findUnsubscribeToken(token) : null;
  if (!found) return answer({ kind: "unknown" });
  if (found.usedAt) return answer({ kind: "used" });
  return answer({ kind: "ask", person: shortPersonName(found.name) });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  // No session to carry a CSRF token: the link's token is the secret, and a form from another site is refused.
  requireSameOrigin(request);
  const token = params.token ?? "";
  if (!TOKEN_SHAPE.test(token)) return answer({ kind: "unknown" });
  const outcome = consumeUnsubscribeToken(token, clientAddress(context) || null);
  return answer({ kind: outcome === "avmeldt" ? "done" : outcome === "brukt" ? "used" : "unknown" });
}

export default function UnsubscribePage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const view = actionData?.view ?? data.view;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Slå av påminnelser på e-post
      </Heading>
      {view.kind === "ask" ? (
        <>
          <Paragraph>Påminnelser for {view.person}: e-posten om det som venter på deg i Trinnvis.</Paragraph>
          <Form method="post">
            <SubmitButton pendingLabel="Slår av …">Slå av påminnelsene</SubmitButton>
          </Form>
          <Paragraph>Du kan slå dem på igjen under «Profil» når du er logget inn.</Paragraph>
        </>
      ) : view.kind === "done" ? (
        <Alert data-color="success" role="status">
          <Paragraph>Påminnelsene er slått av. Du får ingen flere slike e-poster.</Paragraph>
          <Paragraph>
            Vil du ha dem igjen, velger du det under <AppLink to="/profil">Profil</AppLink>.
          </Paragraph>
        </Alert>
      ) : view.kind === "used" ? (
        <Alert data-color="warning" role="status">
          <Paragraph>Denne lenken er allerede brukt. Hver lenke virker én gang.</Paragraph>
          <Paragraph>
            Hvor ofte du får påminnelser, velger du under <AppLink to="/profil">Profil</AppLink>.
          </Paragraph>
        </Alert>
      ) : (
        <Alert data-color="warning" role="status">
          <Paragraph>Lenken er ugyldig. Sjekk at hele lenken fra e-posten er med.</Paragraph>
        </Alert>
      )}
    </div>
  );
}
