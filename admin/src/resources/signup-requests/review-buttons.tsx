// The team's decisions on one request. Each asks before acting, because each emails the
// applicant; rejecting takes an optional reason, which the email includes.

import { limits } from "@db/limits";
import type { SignupRequest } from "@db/schema/signup-requests";
import { type ReviewAction, reviewActions, targetStatus } from "@db/status/signup-requests";
import { useUpdate } from "@refinedev/core";
import { refusalNotification } from "@supabase-client/forms/refusal";
import { useT } from "@supabase-client/i18n/locale-context";
import { Button, Form, Input, Modal, Popconfirm, Space } from "antd";
import { useState } from "react";
import { type AdminKey, useAdminT } from "../../i18n";

interface ReviewButtonsProps {
  request: SignupRequest;
}

const done: Record<ReviewAction, AdminKey> = {
  confirm: "admin.signupRequests.review.confirmed",
  approve: "admin.signupRequests.review.approved",
  reject: "admin.signupRequests.review.rejected",
};

export function ReviewButtons({ request }: ReviewButtonsProps) {
  const { mutate, mutation } = useUpdate<SignupRequest>();
  const isPending = mutation.isPending;
  const [rejecting, setRejecting] = useState(false);
  const [form] = Form.useForm<{ rejection_reason?: string }>();
  const actions = reviewActions(request.status);
  const t = useAdminT();
  const shared = useT();

  const apply = (action: ReviewAction, extra: Partial<SignupRequest> = {}) =>
    mutate(
      {
        resource: "signup_requests",
        id: request.id,
        values: { status: targetStatus[action], ...extra },
        successNotification: { type: "success", message: t(done[action]) },
        // The transition guard's sentence ("A request cannot go from … to …"), not a status code.
        errorNotification: (error) => refusalNotification(error),
      },
      { onSuccess: () => setRejecting(false) },
    );

  if (actions.length === 0) {
    return null;
  }
  return (
    <Space>
      {actions.includes("confirm") ? (
        <Popconfirm
          title={t("admin.signupRequests.review.confirmQuestion")}
          description={t("admin.signupRequests.review.confirmText")}
          okText={t("admin.signupRequests.review.confirmOk")}
          cancelText={shared("common.cancel")}
          onConfirm={() => apply("confirm")}
        >
          <Button loading={isPending}>{t("admin.signupRequests.review.confirmButton")}</Button>
        </Popconfirm>
      ) : null}
      {actions.includes("approve") ? (
        <Popconfirm
          title={t("admin.signupRequests.review.approveQuestion", { name: request.company_name })}
          description={t("admin.signupRequests.review.approveText", { name: request.full_name })}
          okText={t("admin.signupRequests.review.approve")}
          cancelText={shared("common.cancel")}
          onConfirm={() => apply("approve")}
        >
          <Button type="primary" loading={isPending}>
            {t("admin.signupRequests.review.approve")}
          </Button>
        </Popconfirm>
      ) : null}
      {actions.includes("reject") ? (
        <Button danger onClick={() => setRejecting(true)} disabled={isPending}>
          {t("admin.signupRequests.review.reject")}
        </Button>
      ) : null}
      <Modal
        title={t("admin.signupRequests.review.rejectQuestion", { name: request.company_name })}
        open={rejecting}
        okText={t("admin.signupRequests.review.reject")}
        cancelText={shared("common.cancel")}
        okButtonProps={{ danger: true, loading: isPending }}
        onOk={() => form.submit()}
        onCancel={() => setRejecting(false)}
        destroyOnHidden
      >
        <p>{t("admin.signupRequests.review.rejectText", { name: request.full_name })}</p>
        <Form
          form={form}
          layout="vertical"
          onFinish={({ rejection_reason }) =>
            apply("reject", { rejection_reason: rejection_reason?.trim() || null })
          }
        >
          <Form.Item
            label={t("admin.signupRequests.review.reason")}
            name="rejection_reason"
            rules={[
              {
                max: limits.rejectionReason,
                message: t("admin.signupRequests.review.reasonTooLong"),
              },
            ]}
          >
            <Input.TextArea rows={4} maxLength={limits.rejectionReason} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
