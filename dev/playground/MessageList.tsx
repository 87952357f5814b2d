import { useRef, useState, type ChangeEvent, type DragEvent } from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Language, Localized } from "../../src/core/model/verdict";
import type { PlaygroundStrings } from "./strings";
import { looksLikeEml, maxEmlBytes, toBase64 } from "./files";

export type ListedMessage = {
  readonly id: string;
  readonly title: Localized;
  readonly note?: Localized;
  readonly emlBase64: string;
  readonly origin: "sample" | "user";
};

const useStyles = makeStyles({
  heading: { margin: `0 0 ${tokens.spacingVerticalS} 0`, fontSize: tokens.fontSizeBase400 },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    flexDirection: "column",
    alignItems: "flex-start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  note: {
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  current: { color: tokens.colorNeutralForegroundOnBrand },
  drop: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalM,
  },
  dropActive: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)" },
});

export type MessageListProps = {
  readonly strings: PlaygroundStrings;
  readonly language: Language;
  readonly messages: readonly ListedMessage[];
  readonly selected: number;
  readonly onSelect: (index: number) => void;
  readonly onAdd: (messages: readonly ListedMessage[]) => void;
};

/** The samples and the user's own files; choosing one shows it in the pane. */
export function MessageList({ strings: t, language, messages, selected, onSelect, onAdd }: MessageListProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement | null>(null);
  const [dragging, setDragging] = useState(false);
  // Kept as data, not text, so a language switch also translates them.
  const [problems, setProblems] = useState<readonly { readonly name: string; readonly why: "notEml" | "tooLarge" }[]>(
    [],
  );

  const addFiles = async (files: readonly File[]): Promise<void> => {
    const added: ListedMessage[] = [];
    const rejected: { name: string; why: "notEml" | "tooLarge" }[] = [];
    for (const file of files) {
      if (!looksLikeEml(file)) rejected.push({ name: file.name, why: "notEml" });
      else if (file.size > maxEmlBytes) rejected.push({ name: file.name, why: "tooLarge" });
      else {
        const bytes = new Uint8Array(await file.arrayBuffer());
        added.push({
          id: `user-${Date.now()}-${added.length}`,
          title: { ja: file.name, en: file.name },
          emlBase64: toBase64(bytes),
          origin: "user",
        });
      }
    }
    setProblems(rejected);
    onAdd(added);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    void addFiles([...event.dataTransfer.files]);
  };
  const onChosen = (event: ChangeEvent<HTMLInputElement>): void => {
    const files = [...(event.target.files ?? [])];
    event.target.value = "";
    void addFiles(files);
  };

  const renderGroup = (origin: ListedMessage["origin"], heading: string) => {
    const group = messages.map((message, index) => ({ message, index })).filter((m) => m.message.origin === origin);
    if (group.length === 0) return null;
    return (
      <section aria-labelledby={`list-${origin}`}>
        <h2 id={`list-${origin}`} className={styles.heading}>
          {heading}
        </h2>
        <ul className={styles.list}>
          {group.map(({ message, index }) => {
            const current = index === selected;
            return (
              <li key={message.id}>
                <Button
                  className={styles.item}
                  appearance={current ? "primary" : "subtle"}
                  aria-current={current ? "true" : undefined}
                  data-sample={message.id}
                  onClick={() => {
                    onSelect(index);
                  }}
                >
                  <span>{message.title[language]}</span>
                  {message.note ? (
                    <span className={mergeClasses(styles.note, current && styles.current)}>
                      {message.note[language]}
                    </span>
                  ) : null}
                </Button>
              </li>
            );
          })}
        </ul>
      </section>
    );
  };

  return (
    <div>
      {renderGroup("sample", t.samples)}
      {renderGroup("user", t.yourFiles)}
      <div
        className={mergeClasses(styles.drop, dragging && styles.dropActive)}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => {
          setDragging(false);
        }}
        onDrop={onDrop}
        data-drop-zone=""
      >
        <span>{t.dropHere}</span>
        <input
          ref={input}
          id="eml-input"
          className={styles.hidden}
          aria-label={t.addEml}
          tabIndex={-1}
          type="file"
          accept=".eml,message/rfc822"
          multiple
          onChange={onChosen}
        />
        <Button onClick={() => input.current?.click()}>{t.addEml}</Button>
        {problems.map((p) => (
          <span key={`${p.why}:${p.name}`} role="alert">
            {p.why === "notEml" ? t.notEml(p.name) : t.tooLarge(p.name)}
          </span>
        ))}
      </div>
    </div>
  );
}
