declare module 'pbf' {
  /** The parts of pbf 3 Loket uses: reading length-delimited protocol buffer messages. */
  class Pbf {
    constructor(buffer: Uint8Array);
    pos: number;
    length: number;
    readMessage<T>(readField: (tag: number, result: T, pbf: Pbf) => void, result: T): T;
    readString(): string;
    readVarint(): number;
  }
  export = Pbf;
}
