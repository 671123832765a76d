import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { AppLink } from "../components/app-link";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { requireAdmin } from "../services/access.server";

export const meta: MetaFunction = () => [{ title: "Administrasjon – Trinnvis" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return null;
}

export default function AdminIndex() {
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Administrasjon
      </Heading>
      <Paragraph>Administratorer styrer brukere, organisasjoner og hvem som er med i hvilke prosjekter.</Paragraph>
      <ul>
        <li>
          <AppLink to="/admin/brukere">Brukere</AppLink>
        </li>
        <li>
          <AppLink to="/admin/organisasjoner">Organisasjoner</AppLink>
        </li>
        <li>
          <AppLink to="/admin/medlemskap">Medlemskap i prosjekter</AppLink>
        </li>
        <li>
          <AppLink to="/admin/import">Importer et prosjekt</AppLink>
        </li>
        <li>
          <AppLink to="/admin/logg">Revisjonslogg</AppLink>
        </li>
      </ul>
    </div>
  );
}
