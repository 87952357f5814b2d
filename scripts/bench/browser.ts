import { unavailable, type Row } from "./table";

/** Navigation → verdict banner in headless Chromium; filled in once the browser test support lands. */
export function browserRows(): Promise<Row[]> {
  return Promise.resolve([unavailable("time to banner (headless Chromium)", "not measured yet")]);
}
