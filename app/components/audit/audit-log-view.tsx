import { Button, Paragraph } from "@digdir/designsystemet-react";
import { Form, useSearchParams } from "@remix-run/react";
import { pagingSummary, type Paging } from "../../utils/paging";
import { DataTable } from "../data-table";
import { PageLinks, pageHref } from "../page-links";
import { DateField } from "../date-field";
import { SelectField } from "../select-field";

/** One line of the log as the loader prepares it (app/models/audit.server.ts, `auditRows`): times in Norwegian time, names in bokmål. */
type Entry = {
  id: number;
  time: string;
  actionName: string;
  entityName: string;
  entityId: string | null;
  userName: string | null;
  projectId: number | null;
  sourceAddress: string | null;
  detail: string;
};

/**
 * One page of the audit log with filters on user, kind of object and period (sent as a GET form, so a
 * filtered view has an address; a new filter starts on page 1, and the page links keep the filter).
 */
export function AuditLogView(props: {
  entries: Entry[];
  pages: Paging;
  users: { id: number; name: string }[];
  entityTypes: { value: string; label: string }[];
  values: Record<string, string>;
  dateProblems?: Record<"fra" | "til", { text: string; problem: string } | null>;
  showProject?: boolean;
}) {
  const [params] = useSearchParams();
  return (
    <div className="stack">
      <Form method="get" className="filters" aria-label="Filtrer revisjonsloggen">
        <SelectField label="Bruker" name="bruker" placeholder="Alle" options={props.users.map((u) => ({ value: String(u.id), label: u.name }))} defaultValue={props.values.bruker} />
        <SelectField label="Objekt" name="objekt" placeholder="Alle" options={props.entityTypes} defaultValue={props.values.objekt} />
        <DateField label="Fra" name="fra" defaultValue={props.dateProblems?.fra?.text ?? props.values.fra} error={props.dateProblems?.fra?.problem} />
        <DateField label="Til" name="til" defaultValue={props.dateProblems?.til?.text ?? props.values.til} error={props.dateProblems?.til?.problem} />
        <div>
          <Button type="submit" variant="secondary">
            Vis
          </Button>
        </div>
      </Form>
      {props.entries.length === 0 ? (
        <Paragraph>Ingen hendelser.</Paragraph>
      ) : (
        <>
        <Paragraph data-size="sm">
          {pagingSummary(props.pages, "hendelse", "hendelser")}
          {props.pages.pageCount > 1 ? `, nyeste først (side ${props.pages.page} av ${props.pages.pageCount})` : ""}.
        </Paragraph>
        <DataTable
          caption="Hendelser, nyeste først"
          headers={["Tid (norsk tid)", "Bruker", "Handling", "Objekt", "Id", ...(props.showProject ? ["Prosjekt"] : []), "Adresse", "Detaljer"]}
          rows={props.entries.map((e) => ({
            key: e.id,
            cells: [e.time, e.userName ?? "ukjent", e.actionName, e.entityName, e.entityId ?? "", ...(props.showProject ? [e.projectId ?? ""] : []), e.sourceAddress ?? "", e.detail],
          }))}
        />
        <PageLinks label="Sider i revisjonsloggen" page={props.pages.page} pageCount={props.pages.pageCount} hrefFor={(n) => pageHref(params, "side", n)} />
        </>
      )}
    </div>
  );
}
