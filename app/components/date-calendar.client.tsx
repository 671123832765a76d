// The calendar behind a DateField's «Velg dato»: a modal Designsystemet Dialog with react-day-picker,
// Norwegian names, weeks from Monday. Loaded lazily by date-field.tsx. It is placed outside the form
// (a portal), so its month and year menus are no fields of the form.
import { Button, Dialog, Heading } from "@digdir/designsystemet-react";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { DayPicker } from "react-day-picker";
import { nb } from "react-day-picker/locale/nb";
import { formatDate } from "../utils/format";

/** A Date at local midnight from yyyy-mm-dd, and back, without time-zone drift. */
const toDate = (iso: string) => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const toIso = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;

export default function DateCalendar(props: { label: ReactNode; selected?: string; onPick: (text: string) => void; onClose: () => void }) {
  const headingId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  // Close the modal first: the input outside it can take focus only then.
  const close = () => dialogRef.current?.close();
  const selected = props.selected ? toDate(props.selected) : undefined;
  // The days mount once the dialog is open, so the chosen day (or today) can take focus.
  const [shown, setShown] = useState(false);
  useEffect(() => setShown(true), []);
  const today = new Date();
  const firstYear = Math.min(2000, selected?.getFullYear() ?? 2000);
  return createPortal(
    <Dialog ref={dialogRef} open closeButton={false} onClose={props.onClose} aria-labelledby={headingId} className="date-calendar">
      <Dialog.Block>
        <Heading level={2} data-size="2xs" id={headingId}>
          Velg dato: {props.label}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        {shown ? (
          <DayPicker
            mode="single"
            locale={nb}
            weekStartsOn={1}
            showOutsideDays
            captionLayout="dropdown"
            startMonth={new Date(firstYear, 0)}
            endMonth={new Date(Math.max(today.getFullYear() + 10, selected?.getFullYear() ?? 0), 11)}
            defaultMonth={selected ?? today}
            selected={selected}
            required
            autoFocus
            onSelect={(date: Date) => {
              close();
              props.onPick(formatDate(toIso(date)));
            }}
          />
        ) : null}
        <Button type="button" variant="tertiary" data-size="sm" onClick={close}>
          Lukk
        </Button>
      </Dialog.Block>
    </Dialog>,
    document.body,
  );
}
