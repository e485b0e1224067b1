// Refine's own keys, asked for by @refinedev/core and @refinedev/antd (buttons, notifications,
// error pages, breadcrumbs): the English is Refine's default text, so nothing changes in English.
// Where two of Refine's hooks default differently for one key, the everyday one wins (an update's
// "Successful", a single delete's wording).
export const refine = {
  buttons: {
    create: "Create",
    save: "Save",
    logout: "Logout",
    delete: "Delete",
    edit: "Edit",
    cancel: "Cancel",
    confirm: "Are you sure?",
    filter: "Filter",
    clear: "Clear",
    refresh: "Refresh",
    show: "Show",
    list: "List",
    undo: "Undo",
    import: "Import",
    export: "Export",
    clone: "Clone",
    notAccessTitle: "You don't have permission to access",
  },
  warnWhenUnsavedChanges: "Are you sure you want to leave? You have unsaved changes.",
  notifications: {
    success: "Successful",
    error: "Error (status code: {statusCode})",
    undoable: "You have {seconds} seconds to undo",
    createSuccess: "Successfully created {resource}",
    createError: "There was an error creating {resource} (status code: {statusCode})",
    deleteSuccess: "Successfully deleted a {resource}",
    deleteError: "Error (status code: {statusCode})",
    editSuccess: "Successfully updated {resource}",
    editError: "Error when updating {resource} (status code: {statusCode})",
    importProgress: "Importing: {processed}/{total}",
  },
  actions: { list: "List", create: "Create", edit: "Edit", show: "Show", clone: "Clone" },
  table: { actions: "Actions" },
  autoSave: {
    success: "saved",
    error: "auto save failure",
    loading: "saving...",
    idle: "waiting for changes",
  },
  pages: {
    error: {
      "404": "Sorry, the page you visited does not exist.",
      info: 'You may have forgotten to add the "{action}" component to "{resource}" resource.',
      backHome: "Back Home",
    },
  },
} as const;
