// CMS pages: the list, each page with its revisions, create, edit and a preview as the portal draws it.
import { FileTextOutlined } from "@ant-design/icons";
import { adminExtraRoutes } from "@db/routes/admin";
import { defineResource, lazyPage } from "../resource-module";

export const pagesResource = defineResource(
  {
    name: "pages",
    label: "Pages",
    icon: <FileTextOutlined />,
    extraPages: [
      {
        path: adminExtraRoutes.pagePreview,
        component: lazyPage(() => import("./preview"), "PagePreview"),
      },
    ],
  },
  import.meta.glob("./{list,show,create,edit}.tsx"),
);
