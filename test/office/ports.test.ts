import { describe, expect, expectTypeOf, it } from "vitest";
import { officeValues, type OfficeApi } from "../../src/office/ports";

/**
 * The real Office.js typings fit the ports the adapter is written against, and the enum strings it
 * uses are Office's own values. The type checks below fail `npm run typecheck` (which covers
 * test/), not the test run; the value check fails the test run.
 */
const html: `${Office.CoercionType.Html}` = officeValues.coercionHtml;
const text: `${Office.CoercionType.Text}` = officeValues.coercionText;
const error: `${Office.MailboxEnums.ItemNotificationMessageType.ErrorMessage}` = officeValues.errorMessage;
const info: `${Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage}` =
  officeValues.informationalMessage;
const base64: `${Office.MailboxEnums.AttachmentContentFormat.Base64}` = officeValues.contentBase64;
const file: `${Office.MailboxEnums.AttachmentType.File}` = officeValues.attachmentFile;
const item: `${Office.MailboxEnums.AttachmentType.Item}` = officeValues.attachmentItem;

describe("Office ports", () => {
  it("match Office.js typings and enum values", () => {
    expectTypeOf<typeof Office>().toExtend<OfficeApi>();
    expect([html, text, error, info, base64, file, item]).toEqual([
      "html",
      "text",
      "errorMessage",
      "informationalMessage",
      "base64",
      "file",
      "item",
    ]);
  });
});
