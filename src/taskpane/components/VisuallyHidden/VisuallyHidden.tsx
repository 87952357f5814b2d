import type { ReactNode } from "react";
import { makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

/** Text for screen readers only (e.g. "opens in a new window"). */
export function VisuallyHidden({ children }: { readonly children: ReactNode }) {
  return <span className={useStyles().root}>{children}</span>;
}
