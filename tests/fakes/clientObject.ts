// The part of OfficeExtension.ClientObject that matters to callers: commands are queued, and a
// property can be read only after `load` and `sync` brought it over.
import type { FakeBook } from './fakeBook';
import { officeError, propertyNotLoaded } from './fakeErrors';

export interface QueuedOp {
  /** What would travel to Excel; its JSON size is the request size. */
  payload: unknown;
  apply(): void;
}

/** The request context as the proxies see it. */
export interface Batch {
  readonly book: FakeBook;
  enqueue(payload: unknown, apply: () => void): void;
  /** Records a loaded value travelling back; its JSON size is the response size. */
  respond(value: unknown): void;
  suspendCalculation(): void;
}

export abstract class ClientObject {
  private readonly loadedProps = new Map<string, unknown>();
  /** Set when a sync applied a load and found this to be a null object. */
  private loadedAsNull = false;

  protected constructor(
    protected readonly batch: Batch,
    private readonly typeName: string,
  ) {}

  /** Properties `load()` without arguments brings over. */
  protected abstract readonly scalarProps: readonly string[];

  /** Reads a property from the workbook while a sync applies the load. */
  protected abstract fetch(prop: string): unknown;

  /** False when this object stands for nothing (an `...OrNullObject` that found nothing). */
  protected exists(): boolean {
    return true;
  }

  load(props?: string | string[]): this {
    const list = parseProps(props, this.scalarProps);
    for (const p of list) {
      if (!this.scalarProps.includes(p) && !this.extraLoadable(p)) throw officeError('InvalidArgument', `${this.typeName}.load`);
    }
    this.batch.enqueue({ load: this.typeName, props: list }, () => {
      if (!this.exists()) {
        this.loadedAsNull = true;
        return;
      }
      for (const p of list) {
        const value = this.fetch(p);
        this.loadedProps.set(p, value);
        this.batch.respond(value);
      }
    });
    return this;
  }

  /** Loadable paths other than scalar properties (`items/name` on collections). */
  protected extraLoadable(_prop: string): boolean {
    return false;
  }

  /** Marks properties as loaded without a load (objects that arrive inside a loaded collection). */
  protected preload(prop: string, value: unknown): void {
    this.loadedProps.set(prop, value);
  }

  /** As Office.js: a property of a null object reads as undefined instead of throwing. */
  protected read<T>(prop: string): T {
    if (!this.loadedProps.has(prop) && this.loadedAsNull) return undefined as T;
    if (!this.loadedProps.has(prop)) throw propertyNotLoaded(this.typeName, prop);
    return this.loadedProps.get(prop) as T;
  }

  protected set(prop: string, value: unknown, apply: () => void): void {
    this.batch.enqueue({ set: `${this.typeName}.${prop}`, value }, apply);
  }

  protected call(method: string, args: unknown[], apply: () => void): void {
    this.batch.enqueue({ call: `${this.typeName}.${method}`, args }, apply);
  }
}

function parseProps(props: string | string[] | undefined, scalar: readonly string[]): string[] {
  if (props === undefined) return [...scalar];
  const list = Array.isArray(props) ? props : props.split(',');
  return list.map((p) => p.trim()).filter((p) => p !== '');
}
