// Every client project, soonest due first, filterable by status and searchable by name; the URL
// keeps page, filter and search so a view can be shared. Ticked rows take bulk actions; the board
// shows the same projects by status.
import { projectStatusLabels, projectStatusOptions } from "@db/status/projects";
import { Empty, Progress } from "antd";
import { useStaffSelect } from "../../components/form/use-staff-select";
import * as column from "../../components/list/columns";
import { choiceBox, ResourceList, searchBox } from "../../components/list/resource-list";
import { RowActions } from "../../components/list/row-actions";
import { useAdminT } from "../../i18n";
import { useStatusWords } from "../../i18n/status-words";
import { projectBulkActions } from "./bulk-actions";
import { type ProjectRow, projectRowSelect } from "./project-row";
import { ProjectViewSwitch } from "./view-switch";

export default function ProjectList() {
  const { selectProps: staff } = useStaffSelect();
  const managers = (staff.options ?? []).map((option) => ({
    value: String(option.value),
    label: String(option.label),
  }));
  const t = useAdminT();
  const { looks, options } = useStatusWords();
  const statusOptions = options("project", projectStatusOptions);
  return (
    <>
      <ProjectViewSwitch />
      <ResourceList<ProjectRow>
        bulkActions={projectBulkActions(managers, statusOptions, t)}
        sort="due_date.asc"
        select={projectRowSelect}
        filters={[
          choiceBox(
            t("admin.projects.list.filterStatus"),
            "status",
            statusOptions,
            t("admin.projects.list.anyStatus"),
            180,
          ),
          searchBox(
            t("admin.projects.list.search"),
            ["name"],
            t("admin.projects.list.searchPlaceholder"),
          ),
        ]}
        emptyText={(isFiltered) => (
          <Empty
            description={t(
              isFiltered ? "admin.projects.list.noMatch" : "admin.projects.list.empty",
            )}
          />
        )}
        columns={[
          column.text("name", t("admin.projects.list.project"), { isSortable: true }),
          column.related(t("admin.projects.list.company"), (project) => project.company?.name),
          column.status(
            "status",
            looks("project", projectStatusLabels),
            t("admin.projects.list.status"),
          ),
          column.text("progress", t("admin.projects.list.progress"), {
            width: 160,
            render: (value: number, project) => (
              <Progress
                aria-label={t("admin.projects.list.progressOf", { name: project.name })}
                percent={value}
                size="small"
              />
            ),
          }),
          column.day("due_date", t("admin.projects.list.due"), { isSortable: true }),
          column.related(
            t("admin.projects.list.accountManager"),
            (project) => project.account_manager?.full_name,
          ),
          column.moment("updated_at", t("admin.projects.list.updated"), { isSortable: true }),
          column.actions(
            (project) => <RowActions id={project.id} hasText />,
            t("admin.projects.list.actions"),
          ),
        ]}
      />
    </>
  );
}
