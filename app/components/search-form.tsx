// The search form at the top of a search page: GET, so the address holds the search and it works without JavaScript.
import { Button } from "@digdir/designsystemet-react";
import { TextField } from "./fields";

export function SearchForm({ action, query, label }: { action: string; query: string; label: string }) {
  return (
    <form role="search" method="get" action={action} className="filters" aria-label={label}>
      <TextField id="sok-side" label={label} description="Ord som begynner slik, alle ordene må finnes" type="search" name="q" defaultValue={query} />
      <div className="actions">
        <Button type="submit">Søk</Button>
      </div>
    </form>
  );
}
