// Sets the tab title and the description meta tag while a page is shown, and puts back what was
// there before when it goes (the portal is one document for every page).
import { useEffect } from "react";

/**
 * @example useDocumentMeta({ title: "About · Atrium", description: "Who we are" })
 */
export function useDocumentMeta(meta: { title: string; description?: string | null } | null) {
  const title = meta?.title;
  const description = meta?.description ?? null;
  useEffect(() => {
    if (title === undefined) {
      return;
    }
    const previousTitle = document.title;
    document.title = title;
    let tag = document.head.querySelector<HTMLMetaElement>('meta[name="description"]');
    const hadTag = tag !== null;
    const previousDescription = tag?.content ?? null;
    if (description !== null) {
      if (!tag) {
        tag = document.createElement("meta");
        tag.name = "description";
        document.head.append(tag);
      }
      tag.content = description;
    }
    return () => {
      document.title = previousTitle;
      if (!hadTag) {
        tag?.remove();
      } else if (tag && previousDescription !== null) {
        tag.content = previousDescription;
      }
    };
  }, [title, description]);
}
