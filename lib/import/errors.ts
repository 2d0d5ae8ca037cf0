// Why a file could not be imported, in words a person can act on. `code` lets the caller choose an
// answer (413 for too-large, 415 for unsupported, 400 otherwise) without parsing the message.

export type ImportErrorCode = "too-large" | "unsupported" | "unreadable" | "empty";

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ImportError";
  }
}
