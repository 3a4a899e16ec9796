/** One user-facing text in both languages; "{name}" placeholders are filled from params. */
export interface Message {
  id: string;
  en: string;
}

export type MessageTable = Record<string, Message>;
