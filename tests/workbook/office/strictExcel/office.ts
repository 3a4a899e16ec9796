/**
 * The Office global beside the strict Excel: onReady (optionally late: office.js itself waits up
 * to 5 s for its host), the display language, requirement-set checks (recorded by the host, so
 * members of a checked set may be used), document settings, the ribbon's actions and dialogs.
 */
import { strict } from "./errors";
import type { StrictExcel } from "./host";

export interface OfficeOptions {
  displayLanguage?: string;
  /** Milliseconds before onReady resolves (a slow start of Excel). */
  onReadyDelayMs?: number;
  platform?: string;
  /**
   * Office.context.officeTheme: Office's theme colours (Office.OfficeTheme). Undefined, as on hosts
   * that do not report a theme, unless a test gives one.
   */
  officeTheme?: { bodyBackgroundColor: string; isDarkTheme?: boolean };
}

export interface OfficeRecord {
  dialogs: { url: string; open: boolean; messages: string[] }[];
  settingsSaved: number;
  associated: Record<string, unknown>;
}

/** Office.js's documented error for a second dialog while one is open (displayDialogAsync, code 12007). */
export const DIALOG_ALREADY_OPEN = 12007;

export function createOffice(host: StrictExcel, options: OfficeOptions = {}) {
  const record: OfficeRecord = { dialogs: [], settingsSaved: 0, associated: {} };
  const settings: Record<string, unknown> = {};
  const info = { host: "Excel", platform: options.platform ?? "PC" };
  const ready = new Promise<typeof info>((resolve) =>
    setTimeout(() => resolve(info), options.onReadyDelayMs ?? 0)
  );
  const succeeded = <T>(value: T) => ({ status: "succeeded", value });
  const failed = (code: number, message: string) => ({
    status: "failed",
    error: { code, message },
  });
  const office = {
    __record: record,
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: {
      DialogMessageReceived: "dialogMessageReceived",
      DialogEventReceived: "dialogEventReceived",
    },
    onReady(callback?: (value: typeof info) => void) {
      return ready.then((value) => {
        callback?.(value);
        return value;
      });
    },
    actions: strict(
      {
        associate(name: string, handler: unknown) {
          record.associated[name] = handler;
        },
      },
      "Office.actions"
    ),
    context: strict(
      {
        displayLanguage: options.displayLanguage ?? "en-US",
        officeTheme: options.officeTheme,
        requirements: strict(
          {
            isSetSupported: (name: string, version?: string) => host.isSetSupported(name, version),
          },
          "Office.context.requirements"
        ),
        document: strict(
          {
            settings: strict(
              {
                get: (key: string) => (key in settings ? settings[key] : null),
                set: (key: string, value: unknown) => {
                  settings[key] = value;
                },
                remove: (key: string) => {
                  delete settings[key];
                },
                saveAsync: (callback?: (result: unknown) => void) => {
                  record.settingsSaved++;
                  callback?.(succeeded(undefined));
                },
              },
              "Office.context.document.settings"
            ),
          },
          "Office.context.document"
        ),
        ui: strict(
          {
            displayDialogAsync(
              url: string,
              _options: unknown,
              callback?: (result: unknown) => void
            ) {
              if (record.dialogs.some((d) => d.open)) {
                callback?.(
                  failed(
                    DIALOG_ALREADY_OPEN,
                    "A dialog box is already opened from this host window."
                  )
                );
                return;
              }
              if (!/^https?:\/\//.test(url)) {
                callback?.(
                  failed(12003, "The dialog box must be opened with HTTPS and a full URL.")
                );
                return;
              }
              const entry = { url, open: true, messages: [] as string[] };
              record.dialogs.push(entry);
              const handlers: Record<string, ((arg: unknown) => void)[]> = {};
              const dialog = strict(
                {
                  close() {
                    entry.open = false;
                  },
                  messageChild(message: string) {
                    if (!host.isSetSupported("DialogApi", "1.2") && !host.declared.DialogApi)
                      throw new TypeError("messageChild needs DialogApi 1.2");
                    entry.messages.push(message);
                  },
                  addEventHandler(type: string, handler: (arg: unknown) => void) {
                    (handlers[type] ??= []).push(handler);
                  },
                  /** Fake-only: the user closes the dialog with its X. */
                  __userCloses() {
                    entry.open = false;
                    for (const handler of handlers.dialogEventReceived ?? [])
                      handler({ error: 12006 });
                  },
                },
                "Office.Dialog"
              );
              callback?.(succeeded(dialog));
            },
          },
          "Office.context.ui"
        ),
      },
      "Office.context"
    ),
  };
  return strict(office, "Office");
}
