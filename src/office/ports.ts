/**
 * The slice of Office.js this add-in uses, as structural types derived from @types/office-js.
 * The real `Office` object satisfies them (checked in test/office/ports.test.ts), and tests pass
 * a small typed fake (test/support/office-stub.ts) instead of the whole library.
 *
 * Enum values are written as their runtime strings ("html", "errorMessage", "item"): Office.js
 * accepts them everywhere and the code then needs no global `Office` to run.
 */

/** contentType is left out on purpose: it is deprecated, and the extension is what rules use. */
export type AttachmentPort = Pick<Office.AttachmentDetails, "id" | "name" | "size" | "isInline" | "attachmentType">;

/** The read-mode message as this add-in sees it. Every member may be missing on an old host. */
export type ItemPort = {
  readonly itemId?: string;
  readonly from?: Office.EmailAddressDetails;
  readonly sender?: Office.EmailAddressDetails;
  readonly subject?: string;
  readonly to?: readonly Office.EmailAddressDetails[];
  readonly cc?: readonly Office.EmailAddressDetails[];
  readonly attachments?: readonly AttachmentPort[];
  readonly body?: Pick<Office.Body, "getAsync">;
  readonly getAllInternetHeadersAsync?: Office.MessageRead["getAllInternetHeadersAsync"];
  readonly getAttachmentContentAsync?: Office.MessageRead["getAttachmentContentAsync"];
  readonly notificationMessages?: Pick<Office.NotificationMessages, "replaceAsync" | "removeAsync">;
};

export type MailboxPort = {
  readonly item?: ItemPort | null;
  readonly userProfile?: Partial<Pick<Office.UserProfile, "emailAddress" | "displayName">>;
  readonly displayNewMessageFormAsync?: Office.Mailbox["displayNewMessageFormAsync"];
  readonly addHandlerAsync?: Office.Mailbox["addHandlerAsync"];
  readonly removeHandlerAsync?: Office.Mailbox["removeHandlerAsync"];
  /** hostName is "OutlookIOS" or "OutlookAndroid" on phones. */
  readonly diagnostics?: Partial<Pick<Office.Diagnostics, "hostName">>;
};

/** The string form of isSetSupported (the number form is deprecated). */
export type RequirementsPort = { readonly isSetSupported: (name: string, minVersion?: string) => boolean };

export type RoamingSettingsPort = Pick<Office.RoamingSettings, "get" | "set" | "saveAsync">;

export type OfficeContextPort = {
  readonly mailbox: MailboxPort;
  readonly requirements: RequirementsPort;
  /** e.g. "ja-JP"; may be empty outside Office. */
  readonly displayLanguage?: string;
  readonly officeTheme?: Partial<Pick<Office.OfficeTheme, "bodyBackgroundColor" | "isDarkTheme">>;
  readonly roamingSettings?: RoamingSettingsPort;
};

export type OfficeApi = {
  readonly context: OfficeContextPort;
  /** Office.EventType; ItemChanged is "olkItemSelectedChanged" at run time. */
  readonly EventType: { readonly ItemChanged: Office.EventType | string };
};

/** Runtime values of the Office enums used here (see Office.js: CoercionType, MailboxEnums …). */
export const officeValues = {
  succeeded: "succeeded",
  coercionHtml: "html",
  coercionText: "text",
  errorMessage: "errorMessage",
  informationalMessage: "informationalMessage",
  contentBase64: "base64",
  attachmentFile: "file",
  attachmentItem: "item",
} as const;

/** isSetSupported that never throws (some hosts throw for unknown sets). */
export function supports(requirements: RequirementsPort | undefined, version: string): boolean {
  try {
    return requirements?.isSetSupported("Mailbox", version) === true;
  } catch {
    return false;
  }
}
