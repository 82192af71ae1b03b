/** The part of `node:async_hooks` the Workers runtime gives with the `nodejs_als` flag, as used here. */
declare module "node:async_hooks" {
  export class AsyncLocalStorage<T> {
    run<R>(store: T, callback: () => R): R;
    getStore(): T | undefined;
  }
}
