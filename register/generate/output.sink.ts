import { closeSync, openSync, writeSync } from 'node:fs';

/** Destination of written bytes. */
export interface ByteSink {
  /** Takes bytes that stay valid only during the call, so a sink that keeps them must copy. */
  write(bytes: Uint8Array): void;
  close(): void;
}

/** Writes to a file with synchronous writes, one per full buffer of `BufferedWriter`. */
export function fileSink(path: string): ByteSink {
  const descriptor = openSync(path, 'w');
  return {
    write(bytes) {
      let offset = 0;
      while (offset < bytes.length) {
        offset += writeSync(descriptor, bytes, offset, bytes.length - offset);
      }
    },
    close() {
      closeSync(descriptor);
    },
  };
}

/** Keeps written bytes in memory, for tests and benchmarks that need no file. */
export class MemorySink implements ByteSink {
  private readonly chunks: Buffer[] = [];

  write(bytes: Uint8Array): void {
    this.chunks.push(Buffer.from(bytes));
  }

  close(): void {}

  /** Returns everything written so far. */
  toBuffer(): Buffer {
    return Buffer.concat(this.chunks);
  }

  /** Returns everything written so far as UTF-8 text. */
  toString(): string {
    return this.toBuffer().toString('utf8');
  }
}

/** Default buffer of `BufferedWriter`: 8 MiB, so a 2 GB file takes about 250 writes. */
const DEFAULT_BUFFER_BYTES = 8 * 1024 * 1024;

/** Collects small writes into one large buffer and passes it to a sink when full. */
export class BufferedWriter {
  private readonly buffer: Buffer;
  private used = 0;
  /** Bytes written through this writer, flushed or not. */
  bytesWritten = 0;

  constructor(
    private readonly sink: ByteSink,
    bufferBytes = DEFAULT_BUFFER_BYTES,
  ) {
    this.buffer = Buffer.allocUnsafe(bufferBytes);
  }

  /** Appends bytes. */
  writeBytes(bytes: Uint8Array): void {
    if (this.used + bytes.length > this.buffer.length) {
      this.flush();
      if (bytes.length > this.buffer.length) {
        this.sink.write(bytes);
        this.bytesWritten += bytes.length;
        return;
      }
    }
    this.buffer.set(bytes, this.used);
    this.used += bytes.length;
    this.bytesWritten += bytes.length;
  }

  /** Appends text as UTF-8. */
  writeText(text: string): void {
    this.writeBytes(Buffer.from(text, 'utf8'));
  }

  /** Passes buffered bytes to the sink. */
  flush(): void {
    if (this.used === 0) return;
    this.sink.write(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  /** Flushes and closes the sink. */
  close(): void {
    this.flush();
    this.sink.close();
  }
}
