import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  summary: {
    cursor: "pointer",
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
    paddingBlock: tokens.spacingVerticalXS,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  body: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBlockStart: tokens.spacingVerticalXS,
  },
});

/**
 * A section the user opens when they want it (long lists at 320 px). Native details/summary:
 * reachable with Tab, opened with Enter or Space, announced as expandable by screen readers.
 */
export function Collapsible(props: {
  title: string;
  testId?: string;
  /** Open from the start: what the user is asked to check. */
  defaultOpen?: boolean;
  children: React.ReactNode;
}) {
  const styles = useStyles();
  return (
    <details data-testid={props.testId} open={props.defaultOpen}>
      <summary className={styles.summary}>{props.title}</summary>
      <div className={styles.body}>{props.children}</div>
    </details>
  );
}
