// CMS pages: the list, each page with its revisions, create and edit.
import { FileTextOutlined } from "@ant-design/icons";
import { defineResource } from "../resource-module";

export const pagesResource = defineResource(
  { name: "pages", label: "Pages", icon: <FileTextOutlined /> },
  import.meta.glob("./{list,show,create,edit}.tsx"),
);
