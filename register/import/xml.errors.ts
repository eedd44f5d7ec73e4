/** Thrown by `XmlPullParser` for input that is not well-formed XML. */
export class XmlSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`Invalid XML on line ${line}: ${reason}`);
    this.name = 'XmlSyntaxError';
  }
}
