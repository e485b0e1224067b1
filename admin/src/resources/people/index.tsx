import { IdcardOutlined } from "@ant-design/icons";
import { lazyPage, type ResourceModule } from "../resource-module";

export const peopleResource: ResourceModule = {
  name: "profiles",
  label: "People",
  icon: <IdcardOutlined />,
  list: lazyPage(
    () => import("./list"),
    (page) => page.PeopleList,
  ),
  show: lazyPage(
    () => import("./show"),
    (page) => page.PersonShow,
  ),

  edit: lazyPage(
    () => import("./edit"),
    (page) => page.PersonEdit,
  ),
};
