import { Button, Paragraph } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import { DataTable } from "../data-table";
import { TextField } from "../fields";
import { SelectField } from "../select-field";

const ACTIONS: Record<string, string> = {
  create: "Opprettet",
  update: "Endret",
  delete: "Slettet",
  login: "Logget inn",
  login_failed: "Mislykket innlogging",
  logout: "Logget ut",
  export: "Eksporterte",
  import: "Importerte",
};

type Entry = { id: number; at: string; action: string; entityType: string; entityId: string | null; userName: string | null; projectId: number | null };

const atText = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)} ${iso.slice(11, 16)}`;

/** The audit log with filters on user, kind of object and period (sent as a GET form, so a filtered view has an address). */
export function AuditLogView(props: { entries: Entry[]; users: { id: number; name: string }[]; entityTypes: string[]; values: Record<string, string>; showProject?: boolean }) {
  return (
    <div className="stack">
      <Form method="get" className="filters">
        <SelectField label="Bruker" name="bruker" placeholder="Alle" options={props.users.map((u) => ({ value: String(u.id), label: u.name }))} defaultValue={props.values.bruker} />
        <SelectField label="Objekt" name="objekt" placeholder="Alle" options={props.entityTypes.map((t) => ({ value: t, label: t }))} defaultValue={props.values.objekt} />
        <TextField label="Fra" type="date" name="fra" defaultValue={props.values.fra} />
        <TextField label="Til" type="date" name="til" defaultValue={props.values.til} />
        <div>
          <Button type="submit" variant="secondary">
            Vis
          </Button>
        </div>
      </Form>
      {props.entries.length === 0 ? (
        <Paragraph>Ingen hendelser.</Paragraph>
      ) : (
        <DataTable
          caption="Hendelser, nyeste først"
          headers={["Tid (UTC)", "Bruker", "Handling", "Objekt", "Id", ...(props.showProject ? ["Prosjekt"] : [])]}
          rows={props.entries.map((e) => ({
            key: e.id,
            cells: [atText(e.at), e.userName ?? "ukjent", ACTIONS[e.action] ?? e.action, e.entityType, e.entityId ?? "", ...(props.showProject ? [e.projectId ?? ""] : [])],
          }))}
        />
      )}
    </div>
  );
}
