import { makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../../i18n/language";

const useStyles = makeStyles({
  root: { margin: 0, fontSize: tokens.fontSizeBase200 },
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
    ":focus-visible": {
      outlineStyle: "solid",
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
});

/** The pane's footer link to the training page, hosted beside the pane (training.html). */
export function TrainingLink() {
  const t = useStrings();
  const styles = useStyles();
  return (
    <footer className={styles.root}>
      <a className={styles.link} href="training.html" target="_blank" rel="noopener noreferrer">
        {t.trainingLink}
      </a>
    </footer>
  );
}
