// The search box in the page header: a plain GET form to /sok, so it works without JavaScript.
import { Button, Input, Label } from "@digdir/designsystemet-react";
import { useSearchParams } from "@remix-run/react";

export function HeaderSearch() {
  const [params] = useSearchParams();
  return (
    <form role="search" method="get" action="/sok" aria-label="Søk i prosjektene dine" className="header-search">
      <Label htmlFor="sok-topp" data-size="sm">
        Søk
      </Label>
      <Input id="sok-topp" type="search" name="q" data-size="sm" defaultValue={params.get("q") ?? ""} />
      <Button type="submit" variant="secondary" data-size="sm">
        Søk
      </Button>
    </form>
  );
}
