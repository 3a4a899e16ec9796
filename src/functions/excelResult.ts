/* global Office, CustomFunctions */
import type { CalcError, ErrorType } from "../core/calcError";
import { isCalcError } from "../core/calcError";
import { translate } from "../i18n/catalogue";
import { Language, languageFromTag } from "../i18n/language";

const ERROR_CODES: Record<ErrorType, keyof typeof CustomFunctions.ErrorCode> = {
  DIV0: "divisionByZero",
  VALUE: "invalidValue",
  NA: "notAvailable",
  NUM: "invalidNumber",
};

/** Office's display language when the runtime knows it; English before Office is ready. */
export function displayLanguage(): Language {
  try {
    return languageFromTag(
      typeof Office === "undefined" ? undefined : Office.context?.displayLanguage
    );
  } catch {
    return "en";
  }
}

/**
 * Excel shows a custom function's own message only with #VALUE! and #N/A ("Handle and return
 * errors from your custom function", learn.microsoft.com): #DIV/0! and #NUM! go without one.
 */
export const ERRORS_WITH_MESSAGE: readonly ErrorType[] = ["VALUE", "NA"];

/** The edge where an error value becomes an Excel error, with a message in the user's language where Excel shows one. */
export function toExcelError(error: CalcError): CustomFunctions.Error {
  const code = CustomFunctions.ErrorCode[ERROR_CODES[error.type]];
  if (!ERRORS_WITH_MESSAGE.includes(error.type)) return new CustomFunctions.Error(code);
  return new CustomFunctions.Error(
    code,
    translate(error.messageKey, displayLanguage(), error.params)
  );
}

/** Excel shows a thrown CustomFunctions.Error as the error with its message. */
export function excelResult<T extends number | string>(result: T | CalcError): T {
  if (isCalcError(result)) throw toExcelError(result);
  return result;
}
