import type { Language } from "./language";
import type { Message } from "./messageTable";
import { functionsMessages } from "./messages/functions";
import { findingsMessages } from "./messages/findings";
import { readMessages } from "./messages/read";
import { reportMessages } from "./messages/report";
import { triwulanMessages } from "./messages/triwulan";
import { uiMessages } from "./messages/ui";

/** The one message catalogue: every user-facing text, Indonesian and English, by key. */
const catalogue: Record<string, Message> = {
  ...functionsMessages,
  ...findingsMessages,
  ...readMessages,
  ...reportMessages,
  ...triwulanMessages,
  ...uiMessages,
};

export type MessageParams = Record<string, string | number>;

export function hasMessage(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(catalogue, key);
}

/** The text of `key` in `language`, placeholders filled. An unknown key is a programming error. */
export function translate(key: string, language: Language, params: MessageParams = {}): string {
  const message = catalogue[key];
  if (!message) throw new Error(`Unknown message key: ${key}`);
  return message[language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole
  );
}

export function allMessageKeys(): string[] {
  return Object.keys(catalogue);
}
