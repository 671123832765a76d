import { Heading, Link as DsLink, Paragraph } from "@digdir/designsystemet-react";
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
          <DsLink href="/admin/brukere">Brukere</DsLink>
        </li>
        <li>
          <DsLink href="/admin/organisasjoner">Organisasjoner</DsLink>
        </li>
        <li>
          <DsLink href="/admin/medlemskap">Medlemskap i prosjekter</DsLink>
        </li>
        <li>
          <DsLink href="/admin/import">Importer et prosjekt</DsLink>
        </li>
        <li>
          <DsLink href="/admin/logg">Revisjonslogg</DsLink>
        </li>
      </ul>
    </div>
  );
}
