import { makeStyles, tokens } from "@fluentui/react-components";

/** Shared layout: one column that stays readable at the task pane's 320 px. */
export const useSectionStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
  },
  hint: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    margin: 0,
  },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    overflowWrap: "anywhere",
  },
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  /** A native select is as wide as its longest option; held to the pane's width instead. */
  select: { width: "100%", maxWidth: "100%", minWidth: 0 },
  selectInner: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "center",
  },
});
