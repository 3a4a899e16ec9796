import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { PaneChoices } from "../choices";
import type { FunctionExample } from "../functionReference";
import { describeError } from "../paneError";
import type {
  Analysis,
  DownloadableFile,
  GenerateOutcome,
  PaneActions,
  ProgressStep,
  SheetSelection,
} from "../paneTypes";
import { ChoicesSection } from "./ChoicesSection";
import { SignatureSection } from "./SignatureSection";
import { DetectedSection } from "./DetectedSection";
import { FindingsList } from "./FindingsList";
import { FunctionReference } from "./FunctionReference";
import { IndicatorChoicesSection } from "./IndicatorChoicesSection";
import { useI18n } from "./i18nContext";
import { OutcomeView } from "./OutcomeView";
import { useSectionStyles } from "./styles";
import { DownloadButton, WebFileSection } from "./WebFileSection";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    maxWidth: "640px",
    marginInline: "auto",
    boxSizing: "border-box",
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

const EMPTY_SELECTION: SheetSelection = { budgetSheet: null, indicatorSheet: null, year: null };

/** The pane: what was read, the choices, the findings, one button; every action comes from props. */
export function App({ actions }: { actions: PaneActions }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const section = useSectionStyles();
  const [analysis, setAnalysis] = React.useState<Analysis | null>(null);
  const [selection, setSelection] = React.useState<SheetSelection>(EMPTY_SELECTION);
  const [choices, setChoices] = React.useState<PaneChoices>(() => actions.loadChoices());
  const [busy, setBusy] = React.useState<"analyzing" | "opening" | "other" | ProgressStep | null>(
    null
  );
  const [outcome, setOutcome] = React.useState<GenerateOutcome | null>(null);
  const [download, setDownload] = React.useState<DownloadableFile | null>(null);
  const [fileName, setFileName] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const web = actions.host === "web";

  /** Runs an action; any failure is shown in the pane, in the user's language. */
  const run = React.useCallback(
    async (state: NonNullable<typeof busy>, task: () => Promise<void>) => {
      setBusy(state);
      setError(null);
      setNotice(null);
      try {
        await task();
      } catch (caught) {
        setError(describeError(caught, language));
      } finally {
        setBusy(null);
      }
    },
    [language]
  );

  const analyze = React.useCallback(
    (wanted: SheetSelection) =>
      run("analyzing", async () => {
        const result = await actions.analyze(wanted);
        setAnalysis(result);
        setOutcome(null);
        setSelection({
          budgetSheet: wanted.budgetSheet ?? result.budgetSheet,
          indicatorSheet: wanted.indicatorSheet ?? result.indicatorSheet,
          year: wanted.year ?? result.defaultYear,
        });
      }),
    [actions, run]
  );

  React.useEffect(() => {
    if (!web) void analyze(EMPTY_SELECTION);
  }, [web, analyze]);

  const openFile = (file: File) =>
    run("opening", async () => {
      setAnalysis(null);
      setOutcome(null);
      setDownload(null);
      setFileName(null);
      // A workbook the pane was used on inside Excel carries its choices: they apply here too.
      const saved = await actions.openFile?.(file);
      if (saved) setChoices(saved);
      setFileName(file.name);
      const result = await actions.analyze(EMPTY_SELECTION);
      setAnalysis(result);
      setSelection({
        budgetSheet: result.budgetSheet,
        indicatorSheet: result.indicatorSheet,
        year: result.defaultYear,
      });
    });

  const changeChoices = (next: PaneChoices) => {
    setChoices(next);
    actions.saveChoices(next).catch((caught: unknown) => setError(describeError(caught, language)));
  };

  const generate = () =>
    run("reading", async () => {
      setOutcome(null);
      setDownload(null);
      const result = await actions.generate({ selection, choices }, (step) => setBusy(step));
      setOutcome(result);
      if (actions.download) setDownload(actions.download());
    });

  const createTemplate = () =>
    run("other", async () => {
      const result = await actions.createTemplate(selection.year);
      setNotice(t("ui.template.done", { sheets: result.sheets.join(", ") }));
      if (result.download) result.download.save();
    });

  const insert = actions.insertFormula
    ? (example: FunctionExample) =>
        run("other", async () => {
          await actions.insertFormula?.(example.formula, example.numberFormat);
          setNotice(t("ui.functions.inserted", { formula: example.formula }));
        })
    : undefined;

  const selectCell = actions.selectCell
    ? (ref: Parameters<NonNullable<PaneActions["selectCell"]>>[0]) =>
        run("other", () => actions.selectCell!(ref))
    : undefined;
  const activateSheet = actions.activateSheet
    ? (sheet: string) => run("other", () => actions.activateSheet!(sheet))
    : undefined;

  const generating =
    busy === "reading" || busy === "building" || busy === "writing" || busy === "saving";
  const disabled = busy !== null;
  const findings = outcome?.findings ?? analysis?.findings ?? [];

  // Also the way out after a failed read: the error is shown above, then the user tries again.
  const reanalyzeButton = (
    <Button appearance="secondary" disabled={disabled} onClick={() => void analyze(selection)}>
      {t("ui.analyze")}
    </Button>
  );

  return (
    <main className={styles.root} lang={language}>
      <h1 className={styles.title}>{t("ui.title")}</h1>
      <Text>{t(web ? "ui.intro.web" : "ui.intro.excel")}</Text>
      {error ? (
        <MessageBar intent="error" data-testid="error">
          <MessageBarBody>
            <MessageBarTitle>{t("ui.error.title")}</MessageBarTitle>
            {error}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setError(null)}>
              {t("ui.error.dismiss")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {notice ? (
        <MessageBar intent="success" data-testid="notice">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      {web ? <WebFileSection fileName={fileName} disabled={disabled} onFile={openFile} /> : null}
      {busy === "analyzing" || busy === "opening" ? (
        <Spinner
          size="small"
          label={t(busy === "opening" ? "ui.web.loadingFile" : "ui.analyzing")}
        />
      ) : null}
      {!web && !analysis && busy !== "analyzing" ? reanalyzeButton : null}
      {analysis ? (
        <>
          <DetectedSection
            analysis={analysis}
            selection={selection}
            choices={choices}
            disabled={disabled}
            onSelectionChange={(next) => void analyze(next)}
            onChoicesChange={changeChoices}
          />
          <IndicatorChoicesSection
            arahList={analysis.arahList ?? []}
            renstra={analysis.renstra}
            choices={choices}
            host={actions.host}
            disabled={disabled}
            onChange={changeChoices}
          />
          <ChoicesSection
            choices={choices}
            host={actions.host}
            disabled={disabled}
            onChange={changeChoices}
          />
          <SignatureSection
            choices={choices}
            host={actions.host}
            disabled={disabled}
            onChange={changeChoices}
          />
          {!web ? reanalyzeButton : null}
          <section className={section.section} aria-label={t("ui.generate")}>
            <Button
              // Once the workbook with the tables is ready, downloading it is the next step.
              appearance={download ? "secondary" : "primary"}
              data-testid="generate"
              disabled={disabled}
              onClick={generate}
            >
              {t("ui.generate")}
            </Button>
            {generating ? (
              <div role="status" aria-live="polite">
                <ProgressBar thickness="large" />
                <Text>{t(`ui.progress.${busy}`)}</Text>
              </div>
            ) : null}
            {download ? <DownloadButton download={download} /> : null}
            {outcome ? <OutcomeView outcome={outcome} onActivateSheet={activateSheet} /> : null}
          </section>
          <FindingsList findings={findings} onSelectCell={selectCell} />
        </>
      ) : null}
      <section className={section.section} aria-labelledby="template-heading">
        <h2 id="template-heading" className={section.heading}>
          {t("ui.template")}
        </h2>
        <Text className={section.hint}>{t("ui.template.hint")}</Text>
        <Button disabled={disabled} data-testid="template" onClick={createTemplate}>
          {t("ui.template")}
        </Button>
      </section>
      <FunctionReference onInsert={insert} disabled={disabled} />
    </main>
  );
}
