import { Tag } from "@digdir/designsystemet-react";

/** Marks a series that was generated for the demo, not taken from a source. */
export function IllustrativeTag() {
  return (
    <Tag data-color="warning" title="Generert for demonstrasjon, ikke hentet fra en kilde">
      Illustrativ
    </Tag>
  );
}
