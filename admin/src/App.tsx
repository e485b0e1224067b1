// The staff admin: Refine with the shared Supabase providers, antd's themed layout, and one
// resource per table the team works on.
import {
  BankOutlined,
  ExperimentOutlined,
  FileTextOutlined,
  IdcardOutlined,
  MailOutlined,
  ProjectOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import {
  ErrorComponent,
  ThemedLayout,
  ThemedTitle,
  useNotificationProvider,
} from "@refinedev/antd";
import "@refinedev/antd/dist/reset.css";
import { Authenticated, Refine } from "@refinedev/core";
import routerProvider, {
  CatchAllNavigate,
  NavigateToResource,
  UnsavedChangesNotifier,
} from "@refinedev/react-router";
import { App as AntdApp, ConfigProvider } from "antd";
import { BrowserRouter, Outlet, Route, Routes } from "react-router";
import { LoginPage } from "./auth/login-page";
import { ProductCreate } from "./resources/beta/create";
import { ProductEdit } from "./resources/beta/edit";
import { ProductList } from "./resources/beta/list";
import { ProductShow } from "./resources/beta/show";
import { CompanyCreate } from "./resources/companies/create";
import { CompanyEdit } from "./resources/companies/edit";
import { CompanyList } from "./resources/companies/list";
import { CompanyShow } from "./resources/companies/show";
import { EmailTemplateEdit } from "./resources/email-templates/edit";
import { EmailTemplateList } from "./resources/email-templates/list";
import { EmailTemplateShow } from "./resources/email-templates/show";
import { PageCreate } from "./resources/pages/create";
import { PageEdit } from "./resources/pages/edit";
import { PageList } from "./resources/pages/list";
import { PageShow } from "./resources/pages/show";
import { PersonEdit } from "./resources/people/edit";
import { PeopleList } from "./resources/people/list";
import { PersonShow } from "./resources/people/show";
import { ProjectCreate } from "./resources/projects/create";
import { ProjectEdit } from "./resources/projects/edit";
import { ProjectList } from "./resources/projects/list";
import { ProjectShow } from "./resources/projects/show";
import { SignupRequestList } from "./resources/signup-requests/list";
import { SignupRequestShow } from "./resources/signup-requests/show";
import { accessControlProvider, authProvider, dataProvider } from "./supabase";

const title = (collapsed: boolean) => <ThemedTitle collapsed={collapsed} text="Atrium admin" />;

export function App() {
  return (
    <BrowserRouter>
      <ConfigProvider theme={{ token: { colorPrimary: "#1f6feb" } }}>
        <AntdApp>
          <Refine
            authProvider={authProvider}
            accessControlProvider={accessControlProvider}
            dataProvider={dataProvider}
            routerProvider={routerProvider}
            notificationProvider={useNotificationProvider}
            resources={[
              {
                name: "signup_requests",
                list: "/signup-requests",
                show: "/signup-requests/:id",
                meta: { label: "Sign-up requests", icon: <TeamOutlined /> },
              },
              {
                name: "projects",
                list: "/projects",
                create: "/projects/create",
                edit: "/projects/edit/:id",
                show: "/projects/:id",
                meta: { label: "Projects", icon: <ProjectOutlined /> },
              },
              {
                name: "companies",
                list: "/companies",
                create: "/companies/create",
                edit: "/companies/edit/:id",
                show: "/companies/:id",
                meta: { label: "Companies", icon: <BankOutlined /> },
              },
              {
                name: "products",
                list: "/products",
                create: "/products/create",
                edit: "/products/edit/:id",
                show: "/products/:id",
                meta: { label: "Beta products", icon: <ExperimentOutlined /> },
              },
              {
                name: "pages",
                list: "/pages",
                create: "/pages/create",
                edit: "/pages/edit/:id",
                show: "/pages/:id",
                meta: { label: "Pages", icon: <FileTextOutlined /> },
              },
              {
                name: "profiles",
                list: "/people",
                edit: "/people/edit/:id",
                show: "/people/:id",
                meta: { label: "People", icon: <IdcardOutlined /> },
              },
              {
                name: "email_templates",
                list: "/email-templates",
                edit: "/email-templates/edit/:id",
                show: "/email-templates/:id",
                meta: { label: "Email templates", icon: <MailOutlined /> },
              },
            ]}
            options={{ disableTelemetry: true, warnWhenUnsavedChanges: true }}
          >
            <Routes>
              <Route
                element={
                  <Authenticated key="admin" fallback={<CatchAllNavigate to="/login" />}>
                    <ThemedLayout Title={({ collapsed }) => title(collapsed)}>
                      <Outlet />
                    </ThemedLayout>
                  </Authenticated>
                }
              >
                <Route index element={<NavigateToResource resource="signup_requests" />} />
                <Route path="/signup-requests">
                  <Route index element={<SignupRequestList />} />
                  <Route path=":id" element={<SignupRequestShow />} />
                </Route>
                <Route path="/projects">
                  <Route index element={<ProjectList />} />
                  <Route path="create" element={<ProjectCreate />} />
                  <Route path="edit/:id" element={<ProjectEdit />} />
                  <Route path=":id" element={<ProjectShow />} />
                </Route>
                <Route path="/companies">
                  <Route index element={<CompanyList />} />
                  <Route path="create" element={<CompanyCreate />} />
                  <Route path="edit/:id" element={<CompanyEdit />} />
                  <Route path=":id" element={<CompanyShow />} />
                </Route>
                <Route path="/products">
                  <Route index element={<ProductList />} />
                  <Route path="create" element={<ProductCreate />} />
                  <Route path="edit/:id" element={<ProductEdit />} />
                  <Route path=":id" element={<ProductShow />} />
                </Route>
                <Route path="/pages">
                  <Route index element={<PageList />} />
                  <Route path="create" element={<PageCreate />} />
                  <Route path="edit/:id" element={<PageEdit />} />
                  <Route path=":id" element={<PageShow />} />
                </Route>
                <Route path="/people">
                  <Route index element={<PeopleList />} />
                  <Route path="edit/:id" element={<PersonEdit />} />
                  <Route path=":id" element={<PersonShow />} />
                </Route>
                <Route path="/email-templates">
                  <Route index element={<EmailTemplateList />} />
                  <Route path="edit/:id" element={<EmailTemplateEdit />} />
                  <Route path=":id" element={<EmailTemplateShow />} />
                </Route>
                <Route path="*" element={<ErrorComponent />} />
              </Route>
              <Route
                element={
                  <Authenticated key="login" fallback={<Outlet />}>
                    <NavigateToResource resource="signup_requests" />
                  </Authenticated>
                }
              >
                <Route path="/login" element={<LoginPage />} />
              </Route>
            </Routes>
            <UnsavedChangesNotifier />
          </Refine>
        </AntdApp>
      </ConfigProvider>
    </BrowserRouter>
  );
}
