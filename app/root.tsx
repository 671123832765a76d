import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { Button, SkipLink } from "@digdir/designsystemet-react";
import designsystemetCss from "@digdir/designsystemet-css/index.css";
import themeCss from "@digdir/designsystemet-css/theme.css";
import appCss from "./styles/app.css";
import printCss from "./styles/print.css";
import feedbackCss from "./styles/feedback.css";
import { fontFaceCss, fontPreloadUrl } from "./styles/fonts";
import { CsrfInput } from "./components/csrf-input";
import { getCurrentSession } from "./services/session.server";
import { listProjectsForUser } from "./models/project.server";
import { hasPortfolio } from "./domain/portfolio";
import { useNonce } from "./utils/nonce";
import { AppLink, ClientNavigation } from "./components/app-link";
import { KeptFormNotice } from "./components/kept-form-notice";
import { SessionTimeout } from "./components/session-timeout";
import { HeaderSearch } from "./components/header-search";
import { takeKeptFormFor } from "./services/kept-forms.server";
import { SESSION_IDLE_MS } from "./utils/env.server";
import { ErrorPageContent } from "./components/error-page";
import { RedirectMessage } from "./components/redirect-message";
import { takeMessage } from "./services/flash.server";

export const links: LinksFunction = () => [
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
  { rel: "preload", href: fontPreloadUrl, as: "font", type: "font/woff2", crossOrigin: "anonymous" },
  { rel: "stylesheet", href: themeCss },
  { rel: "stylesheet", href: designsystemetCss },
  { rel: "stylesheet", href: appCss },
  { rel: "stylesheet", href: printCss, media: "print" },
  { rel: "stylesheet", href: feedbackCss },
];

export const meta: MetaFunction = () => [{ title: "Trinnvis" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getCurrentSession(request);
  const showPortfolio = session ? hasPortfolio(listProjectsForUser(session.user.id)) : false;
  // Taken and cleared whoever asks; shown only to someone logged in (the one who saved, in this browser).
  const taken = await takeMessage(request);
  const doneMessage = session ? taken.message : null;
  return json({
    user: session?.user ?? null,
    csrfToken: session?.csrfToken ?? null,
    hasPortfolio: showPortfolio,
    sessionTiming: session ? { idleMs: SESSION_IDLE_MS, endsAt: session.expiresAt } : null,
    // A form this person posted when it could not be saved, given back on its page.
    keptForm: session ? takeKeptFormFor(session.user.id, request.url) : null,
    // What the action that redirected here did ("Tiltaket er slettet.").
    doneMessage,
  }, taken.setCookie ? { headers: { "Set-Cookie": taken.setCookie } } : undefined);
}

function Document({ children }: { children: React.ReactNode }) {
  const nonce = useNonce();
  return (
    <html lang="nb" data-color-scheme="light">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        <style nonce={nonce} dangerouslySetInnerHTML={{ __html: fontFaceCss }} />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

function SiteHeader() {
  const data = useRouteLoaderData<typeof loader>("root");
  const user = data?.user;
  return (
    <header className="site-header">
      <AppLink to={user ? "/til-meg" : "/"} className="brand">
        Trinnvis
      </AppLink>
      {user ? <HeaderSearch /> : null}
      {user ? (
        <nav aria-label="Hovedmeny">
          <ul>
            <li>
              <AppLink to="/til-meg">Til meg</AppLink>
            </li>
            <li>
              <AppLink to="/prosjekter">Mine prosjekter</AppLink>
            </li>
            {data.hasPortfolio ? (
              <li>
                <AppLink to="/portefolje">Portefølje</AppLink>
              </li>
            ) : null}
            {user.isAdmin ? (
              <li>
                <AppLink to="/admin">Administrasjon</AppLink>
              </li>
            ) : null}
            <li>
              <AppLink to="/profil" aria-label={`Profilen din: ${user.name}`}>
                {user.name}
              </AppLink>
            </li>
            <li>
              <Form method="post" action="/logg-ut" className="inline-form">
                <CsrfInput />
                <Button type="submit" variant="secondary" data-size="sm">
                  Logg ut
                </Button>
              </Form>
            </li>
          </ul>
        </nav>
      ) : null}
    </header>
  );
}

/** Header, main and footer: every page, the error pages too. */
/** `dialogs`: what may open over any page (the session-timeout warning). */
function SiteLayout({ children, dialogs }: { children: React.ReactNode; dialogs?: React.ReactNode }) {
  return (
    <ClientNavigation>
      <SkipLink href="#innhold">Hopp til hovedinnhold</SkipLink>
      <SiteHeader />
      {dialogs}
      <main id="innhold" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer no-print">
        <AppLink to="/tilgjengelighet">Tilgjengelighetserklæring</AppLink>
      </footer>
    </ClientNavigation>
  );
}

export default function App() {
  const data = useRouteLoaderData<typeof loader>("root");
  return (
    <Document>
      <SiteLayout dialogs={data?.sessionTiming ? <SessionTimeout {...data.sessionTiming} /> : null}>
        <KeptFormNotice kept={data?.keptForm ?? null} />
        <RedirectMessage message={data?.doneMessage ?? null} />
        <Outlet />
      </SiteLayout>
    </Document>
  );
}

// The header reads the root loader's data (the user's menu) when the error came from a route below it.
export function ErrorBoundary() {
  return (
    <Document>
      <SiteLayout>
        <ErrorPageContent error={useRouteError()} />
      </SiteLayout>
    </Document>
  );
}
