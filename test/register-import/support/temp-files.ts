import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temporary folder for the files one test suite writes, removed by `remove`. */
export class TempFolder {
  private constructor(readonly path: string) {}

  /** Creates an empty folder under the operating system's temporary folder. */
  static async create(): Promise<TempFolder> {
    return new TempFolder(await mkdtemp(join(tmpdir(), 'register-import-')));
  }

  /** Writes text (as UTF-8) or bytes to a file in the folder and returns its path. */
  async write(name: string, content: string | Uint8Array): Promise<string> {
    const path = join(this.path, name);
    await writeFile(path, content);
    return path;
  }

  /** Deletes the folder and everything in it. */
  async remove(): Promise<void> {
    await rm(this.path, { recursive: true, force: true });
  }
}
