import { Button, Paragraph } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import { AS_OF_BASIS_TEXT, AS_OF_PARAM, type AsOf } from "../utils/as-of";
import { formatDate } from "../utils/format";
import { DateField } from "./date-field";

/** Says which day the page judges the project as of, and lets the user pick another. */
export function AsOfPicker({
  asOf,
  basis,
  problem,
  typed,
  label = "Vurdert per",
  note = "Bare det som var registrert som gjeldende på den datoen, er tatt med.",
}: AsOf & { label?: string; note?: string }) {
  return (
    <div className="stack">
      <Paragraph data-size="sm">
        {label} {formatDate(asOf)} ({AS_OF_BASIS_TEXT[basis]}). {note}
      </Paragraph>
      <Form method="get" className="inline-form">
        <DateField label={label} name={AS_OF_PARAM} defaultValue={typed ?? asOf} key={typed ?? asOf} error={problem} />
        <Button type="submit" variant="secondary">
          Vis
        </Button>
      </Form>
    </div>
  );
}
