/** Errors shaped like OfficeExtension.Error: a code ("InvalidArgument") and a message. */
export class OfficeError extends Error {
  override readonly name = "RichApi.Error";
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

export const fail = (code: string, message: string): never => {
  throw new OfficeError(code, message);
};

/**
 * The strict wrapper: a member the fake does not model is a member the add-in has no business
 * using (or one nobody checked against the docs), so reading or writing it throws instead of
 * answering like a catch-all Proxy would.
 */
export function strict<T extends object>(target: T, type: string): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      if (typeof key === "symbol" || key in object) return Reflect.get(object, key, receiver);
      // Awaiting a proxy and JSON.stringify probe these; both must find nothing.
      if (key === "then" || key === "toJSON") return undefined;
      throw new TypeError(`${type}.${key} is not a member the strict Excel fake knows`);
    },
    set(object, key, value, receiver) {
      if (typeof key === "symbol" || key in object)
        return Reflect.set(object, key, value, receiver);
      throw new TypeError(`${type}.${key} cannot be set: not a member the strict Excel fake knows`);
    },
  });
}
