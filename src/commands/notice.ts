/* global Office, Storage */

/** Where the command leaves its message for notice.html: same origin, so the dialog can read it. */
export const NOTICE_STORAGE_KEY = "lkjip.notice";

interface NoticeDeps {
  office: typeof Office;
  storage: Pick<Storage, "setItem">;
  /** The add-in's origin (https://localhost:3000): notice.html is served beside taskpane.html. */
  origin: string;
}

/** The dialog now open, if any: Office allows one per window (a second one fails with 12007). */
let openDialog: Office.Dialog | null = null;

/**
 * Shows the command's outcome in a small dialog. The message goes through storage, not the URL,
 * so it is neither limited in length nor logged with the address; a dialog still open from an
 * earlier click is closed first; `done` runs once the dialog is shown or has failed.
 */
export function showNotice(message: string, deps: NoticeDeps, done: () => void): void {
  deps.storage.setItem(NOTICE_STORAGE_KEY, message);
  if (openDialog) {
    openDialog.close();
    openDialog = null;
  }
  deps.office.context.ui.displayDialogAsync(
    `${deps.origin}/notice.html`,
    { height: 25, width: 35, displayInIframe: true },
    (result) => {
      if (result.status === deps.office.AsyncResultStatus.Succeeded) {
        const dialog = result.value;
        openDialog = dialog;
        // The user closed it with its X: nothing left to close.
        dialog.addEventHandler(deps.office.EventType.DialogEventReceived, () => {
          if (openDialog === dialog) openDialog = null;
        });
      }
      done();
    }
  );
}
