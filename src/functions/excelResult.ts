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

/** The edge where an error value becomes an Excel error with a message in the user's language. */
export function toExcelError(error: CalcError): CustomFunctions.Error {
  const message = translate(error.messageKey, displayLanguage(), error.params);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode[ERROR_CODES[error.type]], message);
}

/** Excel shows a thrown CustomFunctions.Error as the error with its message. */
export function excelResult<T extends number | string>(result: T | CalcError): T {
  if (isCalcError(result)) throw toExcelError(result);
  return result;
}
