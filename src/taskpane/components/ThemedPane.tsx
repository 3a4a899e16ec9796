/* global window, document, MediaQueryList */
import * as React from "react";
import {
  FluentProvider,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { paneThemeName, type OfficeThemeLike, type PaneThemeName } from "../paneTheme";

const THEMES: Record<PaneThemeName, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

const FORCED_COLORS = "(forced-colors: active)";
const PREFERS_DARK = "(prefers-color-scheme: dark)";

function query(media: string): MediaQueryList | undefined {
  return typeof window !== "undefined" && window.matchMedia ? window.matchMedia(media) : undefined;
}

/** The current theme, following the system's high contrast and dark settings as they change. */
function usePaneTheme(officeTheme: OfficeThemeLike | null | undefined): PaneThemeName {
  const read = React.useCallback(
    () =>
      paneThemeName({
        officeTheme,
        forcedColors: query(FORCED_COLORS)?.matches ?? false,
        prefersDark: query(PREFERS_DARK)?.matches ?? false,
      }),
    [officeTheme]
  );
  const [name, setName] = React.useState(read);
  React.useEffect(() => {
    const update = () => setName(read());
    const lists = [query(FORCED_COLORS), query(PREFERS_DARK)].filter(
      (list): list is MediaQueryList => Boolean(list)
    );
    for (const list of lists) list.addEventListener("change", update);
    return () => {
      for (const list of lists) list.removeEventListener("change", update);
    };
  }, [read]);
  return name;
}

/** Fluent's provider with the theme Office (or, in the web tool, the system) asks for. */
export function ThemedPane(props: {
  officeTheme?: OfficeThemeLike | null;
  children: React.ReactNode;
}) {
  const name = usePaneTheme(props.officeTheme);
  React.useEffect(() => {
    document.body.dataset.theme = name;
    // The page around the pane (overscroll, the part below it) takes the theme's background too.
    document.body.style.background = THEMES[name].colorNeutralBackground1;
    document.documentElement.style.colorScheme = name === "light" ? "light" : "dark";
  }, [name]);
  return (
    <FluentProvider theme={THEMES[name]} style={{ minHeight: "100vh" }}>
      {props.children}
    </FluentProvider>
  );
}
