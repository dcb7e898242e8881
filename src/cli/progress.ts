/**
 * Progress on stderr: a bar that redraws in place on a terminal, one line per step otherwise
 * (CI logs), nothing with --quiet.
 */
export interface Writer {
  write(text: string): void;
  readonly isTTY?: boolean;
}

export class Progress {
  private done = 0;
  private readonly started = Date.now();

  constructor(
    private readonly out: Writer,
    private total: number,
    private readonly quiet: boolean,
  ) {}

  step(label: string): void {
    this.done = Math.min(this.done + 1, this.total);
    if (this.quiet) return;
    if (this.out.isTTY) {
      const width = 24;
      const filled = Math.round((this.done / this.total) * width);
      const bar = "#".repeat(filled) + "-".repeat(width - filled);
      this.out.write(`\r[${bar}] ${this.done}/${this.total} ${label}`.padEnd(72).slice(0, 100));
    } else this.out.write(`[${this.done}/${this.total}] ${label}\n`);
  }

  finish(): void {
    if (!this.quiet && this.out.isTTY) this.out.write("\r".padEnd(100) + "\r");
  }

  get seconds(): number {
    return (Date.now() - this.started) / 1000;
  }
}
