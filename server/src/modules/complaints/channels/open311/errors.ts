/** An error in Open311's own shape: 400, 403 (bad key) or 404 (unknown), with a description. */
export class Open311Error extends Error {
  constructor(
    readonly status: number,
    readonly description: string,
  ) {
    super(description);
  }
}
