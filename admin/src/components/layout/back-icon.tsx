// The arrow in a page header's back control. antd's page header already wraps it in an element
// with role="button" and the name "back"; Refine's default puts a second <button> inside that one,
// which screen readers announce as two nested controls (axe: nested-interactive).
import { ArrowLeftOutlined } from "@ant-design/icons";

export const backIcon = <ArrowLeftOutlined />;
