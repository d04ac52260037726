// An input that cannot be read as an article: names the input (file, file:line, mutation[i]) and the reason.
export class InputError extends Error {
  constructor(
    readonly origin: string,
    readonly reason: string,
  ) {
    super(`${origin}: ${reason}`);
    this.name = "InputError";
  }
}
