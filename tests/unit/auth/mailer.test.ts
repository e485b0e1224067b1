// Standard Webhooks signatures exactly as receivers verify them.
import { describe, expect, it } from "vitest";
import { signWebhook } from "../../../supabase/local/auth/mailer";

describe("signWebhook", () => {
  it("matches the Standard Webhooks reference vector", () => {
    const signature = signWebhook(
      ["v1,whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"],
      "msg_p5jXN8AQM9LWM0D4loKWxJek",
      1614265330,
      '{"test": 2432232314}',
    );
    expect(signature).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });

  it("signs with every configured secret, space-separated", () => {
    const signature = signWebhook(["v1,whsec_YQ==", "v1,whsec_Yg=="], "msg_1", 1, "{}");
    expect(signature.split(" ")).toHaveLength(2);
    expect(signature.split(" ").every((entry) => entry.startsWith("v1,"))).toBe(true);
  });
});
