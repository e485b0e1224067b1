// The palette's text box: kbar's combobox wiring (its listbox, the active entry) around an input
// that holds its own text. kbar's KBarSearch shows the store's text, which reaches it one effect
// after each keystroke; a second key pressed before then is typed onto the old text and the
// first one is lost (typing "globex corp" quickly gave "gloe cop"). Here the input's value
// changes with the keystroke itself and the store follows.
import { getListboxItemId, KBAR_LISTBOX, useKBar, VisualState } from "@refinedev/kbar";
import { surface } from "@supabase-client/ui/surface";
import { useEffect, useState } from "react";
import { useAdminT } from "../../i18n";

export function PaletteSearch() {
  const { query, activeIndex, isShowing } = useKBar((state) => ({
    activeIndex: state.activeIndex,
    isShowing: state.visualState === VisualState.showing,
  }));
  // Drawn afresh each time the palette opens (kbar's portal empties when it closes).
  const [text, setText] = useState("");
  const t = useAdminT();

  useEffect(() => {
    query.setSearch("");
    query.getInput()?.focus();
  }, [query]);

  return (
    <input
      ref={query.inputRefSetter}
      role="combobox"
      aria-label={t("admin.shell.palette.search")}
      aria-expanded={isShowing}
      aria-controls={KBAR_LISTBOX}
      aria-activedescendant={getListboxItemId(activeIndex)}
      autoComplete="off"
      spellCheck={false}
      placeholder={t("admin.shell.palette.searchPlaceholder")}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        query.setSearch(event.target.value);
      }}
      style={{
        boxSizing: "border-box",
        width: "100%",
        padding: "12px 16px",
        fontSize: 16,
        font: "inherit",
        border: "none",
        borderBottom: `1px solid ${surface.line}`,
        outline: "none",
        background: surface.container,
        color: surface.text,
      }}
    />
  );
}
