import { hasMessage, translate, type MessageParams } from "../i18n/catalogue";
import type { Language } from "../i18n/language";

/** An error the user can act on, told through the message catalogue. */
export class PaneError extends Error {
  constructor(
    readonly messageKey: string,
    readonly params: MessageParams = {},
    options?: { cause?: unknown }
  ) {
    super(messageKey);
    this.name = "PaneError";
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

/**
 * The text shown for any error: a catalogue message when the error carries a key (ours, or a
 * pipeline error with `messageKey`), else the error's own message, with Office's error code so a
 * support person can look it up. Never empty, never hidden.
 */
export function describeError(error: unknown, language: Language): string {
  if (error && typeof error === "object") {
    const { messageKey, params, message, code } = error as {
      messageKey?: unknown;
      params?: unknown;
      message?: unknown;
      code?: unknown;
    };
    if (typeof messageKey === "string" && hasMessage(messageKey)) {
      return translate(messageKey, language, (params ?? {}) as MessageParams);
    }
    const text = typeof message === "string" && message.trim() !== "" ? message : null;
    if (text && typeof code === "string" && code !== "" && !text.includes(code)) {
      return translate("ui.error.withCode", language, { message: text, code });
    }
    if (text) return text;
  }
  if (typeof error === "string" && error.trim() !== "") return error;
  return translate("ui.error.unknown", language);
}
