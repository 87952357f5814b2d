import { senderDiffers } from "../../../src/core/rules/sender-differs";
import { ruleTable } from "../../support/rule-table";

ruleTable(senderDiffers, {
  valid: [
    { name: "no Sender", facts: {} },
    { name: "Sender equals From", facts: { sender: { name: "", address: "taro@example.com" } } },
    {
      name: "Sender in the same registrable domain (delegate)",
      facts: { sender: { name: "", address: "secretary@tokyo.example.com" } },
    },
  ],
  invalid: [
    {
      name: "Sender in another domain (list or service)",
      facts: { sender: { name: "", address: "list-bounces@lists.example.org" } },
      findings: [
        {
          messageId: "senderDiffers",
          severity: "info",
          evidence: { from: "taro@example.com", sender: "list-bounces@lists.example.org" },
        },
      ],
    },
  ],
});
