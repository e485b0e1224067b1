import { IdcardOutlined } from "@ant-design/icons";
import type { ResourceModule } from "../resource-module";

import { PersonEdit } from "./edit";
import { PeopleList } from "./list";
import { PersonShow } from "./show";

export const peopleResource: ResourceModule = {
  name: "profiles",
  path: "/people",
  label: "People",
  icon: <IdcardOutlined />,
  list: PeopleList,
  show: PersonShow,

  edit: PersonEdit,
};
