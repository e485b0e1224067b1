// The arrow in a page header's back control. antd's page header already wraps it in an element
// with role="button" and the name "back"; Refine's default puts a second <button> inside that one,
// which screen readers announce as two nested controls (axe: nested-interactive). That wrapper is
// a plain div, though, with no tab stop and no key handling, so the arrow gives it both: the back
// control is then one control, reached with Tab and used with Enter or Space like any button.
import { ArrowLeftOutlined } from "@ant-design/icons";
import { useEffect, useRef } from "react";

function BackArrow() {
  const arrow = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const control = arrow.current?.closest<HTMLElement>('[role="button"]');
    if (!control) {
      return;
    }
    control.tabIndex = 0;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        control.click();
      }
    };
    control.addEventListener("keydown", onKeyDown);
    return () => control.removeEventListener("keydown", onKeyDown);
  }, []);
  return <ArrowLeftOutlined ref={arrow} />;
}

export const backIcon = <BackArrow />;
