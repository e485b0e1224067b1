import { InboxOutlined } from "@ant-design/icons";
import { lazyPage, type ResourceModule } from "../resource-module";

export const emailOutboxResource: ResourceModule = {
  name: "outbox_emails",
  label: "Email outbox",
  icon: <InboxOutlined />,
  list: lazyPage(
    () => import("./list"),
    (page) => page.EmailOutboxList,
  ),
};
