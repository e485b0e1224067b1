// The team's decisions on one request. Each asks before acting, because each emails the
// applicant; rejecting takes an optional reason, which the email includes.
import { limits } from "@db/limits";
import type { SignupRequest } from "@db/schema/signup-requests";
import { type ReviewAction, reviewActions, targetStatus } from "@db/status/signup-requests";
import { useUpdate } from "@refinedev/core";
import { refusalNotification } from "@supabase-client/forms/refusal";
import { Button, Form, Input, Modal, Popconfirm, Space } from "antd";
import { useState } from "react";

interface ReviewButtonsProps {
  request: SignupRequest;
}

const done: Record<ReviewAction, string> = {
  confirm: "Email marked as confirmed",
  approve: "Request approved: the client has been emailed",
  reject: "Request rejected: the applicant has been emailed",
};

export function ReviewButtons({ request }: ReviewButtonsProps) {
  const { mutate, mutation } = useUpdate<SignupRequest>();
  const isPending = mutation.isPending;
  const [rejecting, setRejecting] = useState(false);
  const [form] = Form.useForm<{ rejection_reason?: string }>();
  const actions = reviewActions(request.status);

  const apply = (action: ReviewAction, extra: Partial<SignupRequest> = {}) =>
    mutate(
      {
        resource: "signup_requests",
        id: request.id,
        values: { status: targetStatus[action], ...extra },
        successNotification: { type: "success", message: done[action] },
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
          title="Mark this email as confirmed?"
          description="Do this only if the applicant showed you they own the address."
          okText="Mark confirmed"
          onConfirm={() => apply("confirm")}
        >
          <Button loading={isPending}>Mark email confirmed</Button>
        </Popconfirm>
      ) : null}
      {actions.includes("approve") ? (
        <Popconfirm
          title={`Approve ${request.company_name}?`}
          description={`${request.full_name} gets a welcome email with the portal link.`}
          okText="Approve"
          onConfirm={() => apply("approve")}
        >
          <Button type="primary" loading={isPending}>
            Approve
          </Button>
        </Popconfirm>
      ) : null}
      {actions.includes("reject") ? (
        <Button danger onClick={() => setRejecting(true)} disabled={isPending}>
          Reject
        </Button>
      ) : null}
      <Modal
        title={`Reject ${request.company_name}?`}
        open={rejecting}
        okText="Reject"
        okButtonProps={{ danger: true, loading: isPending }}
        onOk={() => form.submit()}
        onCancel={() => setRejecting(false)}
        destroyOnHidden
      >
        <p>{request.full_name} gets an email saying the request was not approved.</p>
        <Form
          form={form}
          layout="vertical"
          onFinish={({ rejection_reason }) =>
            apply("reject", { rejection_reason: rejection_reason?.trim() || null })
          }
        >
          <Form.Item
            label="Reason (optional, included in the email)"
            name="rejection_reason"
            rules={[{ max: limits.rejectionReason, message: "Keep the reason shorter" }]}
          >
            <Input.TextArea rows={4} maxLength={limits.rejectionReason} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
