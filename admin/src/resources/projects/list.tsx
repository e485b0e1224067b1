// Every client project, soonest due first, filterable by status and searchable by name; the URL
// keeps page, filter and search so a view can be shared. Ticked rows take bulk actions; the board
// shows the same projects by status.
import { projectStatusLabels, projectStatusOptions } from "@db/status/projects";
import { Empty, Progress } from "antd";
import { useStaffSelect } from "../../components/form/use-staff-select";
import * as column from "../../components/list/columns";
import { choiceBox, ResourceList, searchBox } from "../../components/list/resource-list";
import { RowActions } from "../../components/list/row-actions";
import { projectBulkActions } from "./bulk-actions";
import { type ProjectRow, projectRowSelect } from "./project-row";
import { ProjectViewSwitch } from "./view-switch";

export default function ProjectList() {
  const { selectProps: staff } = useStaffSelect();
  const managers = (staff.options ?? []).map((option) => ({
    value: String(option.value),
    label: String(option.label),
  }));
  return (
    <>
      <ProjectViewSwitch />
      <ResourceList<ProjectRow>
        bulkActions={projectBulkActions(managers)}
        sort="due_date.asc"
        select={projectRowSelect}
        filters={[
          choiceBox("Filter by status", "status", projectStatusOptions, "Any status", 180),
          searchBox("Search projects", ["name"], "Project name"),
        ]}
        emptyText={(isFiltered) => (
          <Empty
            description={
              isFiltered ? "No project matches these filters." : "No projects yet: create one."
            }
          />
        )}
        columns={[
          column.text("name", "Project", { isSortable: true }),
          column.related("Company", (project) => project.company?.name),
          column.status("status", projectStatusLabels),
          column.text("progress", "Progress", {
            width: 160,
            render: (value: number, project) => (
              <Progress aria-label={`${project.name} progress`} percent={value} size="small" />
            ),
          }),
          column.day("due_date", "Due", { isSortable: true }),
          column.related("Account manager", (project) => project.account_manager?.full_name),
          column.moment("updated_at", "Updated", { isSortable: true }),
          column.actions((project) => <RowActions id={project.id} hasText />),
        ]}
      />
    </>
  );
}
