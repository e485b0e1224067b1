// Where the second-factor pages lead once done: the page the person was heading to (`?to=`), if
// it is one of ours, else the start page; never another site.
import { useSearchParams } from "react-router";

/** @example destination("//evil.example") // "/" */
export function destination(to: string | null): string {
  return to?.startsWith("/") && !to.startsWith("//") ? to : "/";
}

export function useNextPath(): string {
  const [search] = useSearchParams();
  return destination(search.get("to"));
}
