import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { isRouteErrorResponse } from "@remix-run/react";
import { AppLink } from "./app-link";

const errorTexts: Record<number, { title: string; text: string }> = {
  403: { title: "Ingen tilgang", text: "Rollen din i prosjektet gir ikke tilgang til dette." },
  404: { title: "Fant ikke siden", text: "Siden finnes ikke, eller du har ikke tilgang til den." },
};

const serverError = {
  title: "Noe gikk galt",
  text: "En feil oppstod hos oss. Prøv igjen om litt. Ingenting av det du hadde lagret er borte.",
};

/** What an error page says for a thrown response (403, 404) or anything else (500). */
export function errorPageText(error: unknown) {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const texts = errorTexts[status] ?? serverError;
  // A refusal says why in its own words ("Du har logget inn på nytt i en annen fane …"); those are ours, in bokmål.
  const reason = status === 403 && isRouteErrorResponse(error) && typeof error.data === "string" ? error.data.trim() : "";
  return reason && reason.length <= 300 ? { ...texts, text: reason } : texts;
}

/** The body of an error page, inside whatever layout the error boundary keeps. */
export function ErrorPageContent({ error, backTo = { to: "/prosjekter", label: "Til mine prosjekter" } }: { error: unknown; backTo?: { to: string; label: string } }) {
  const texts = errorPageText(error);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {texts.title}
      </Heading>
      <Paragraph>{texts.text}</Paragraph>
      <Paragraph>
        <AppLink to={backTo.to}>{backTo.label}</AppLink>
      </Paragraph>
    </div>
  );
}
