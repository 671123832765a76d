import { Button, Paragraph } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import { AS_OF_BASIS_TEXT, AS_OF_PARAM, type AsOf } from "../utils/as-of";
import { formatDate } from "../utils/format";
import { TextField } from "./fields";

/** Says which day the page judges the project as of, and lets the user pick another. */
export function AsOfPicker({
  asOf,
  basis,
  label = "Vurdert per",
  note = "Bare det som var registrert som gjeldende på den datoen, er tatt med.",
}: AsOf & { label?: string; note?: string }) {
  return (
    <div className="stack">
      <Paragraph data-size="sm">
        {label} {formatDate(asOf)} ({AS_OF_BASIS_TEXT[basis]}). {note}
      </Paragraph>
      <Form method="get" className="inline-form">
        <TextField label={label} type="date" name={AS_OF_PARAM} defaultValue={asOf} key={asOf} />
        <Button type="submit" variant="secondary">
          Vis
        </Button>
      </Form>
    </div>
  );
}
