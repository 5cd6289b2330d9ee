import { lazy, Suspense, type ComponentType } from 'react';
import { Loading, type RaRecord } from 'react-admin';

type View = 'list' | 'show' | 'edit' | 'create';
type ResourceModule = { default: Partial<Record<View, ComponentType>> };

/**
 * A resource whose screens load on first visit (one chunk per resource); the views are named here so react-admin
 * knows the routes before the chunk arrives, and the record's label stays synchronous for titles and pickers.
 */
export function lazyResource(
  load: () => Promise<ResourceModule>,
  views: readonly View[],
  recordRepresentation: string | ((record: RaRecord) => string),
) {
  const screens: Partial<Record<View, ComponentType>> = {};
  for (const view of views) {
    screens[view] = lazy(() => load().then((m) => ({ default: m.default[view] ?? (() => null) })));
  }
  return { ...screens, recordRepresentation };
}

/** One named export of a module, loaded on first render (custom routes, with or without the layout's own Suspense). */
export function lazyNamed<M, K extends keyof M>(load: () => Promise<M>, name: K): ComponentType {
  const Screen = lazy(() => load().then((m) => ({ default: m[name] as ComponentType })));
  return () => (
    <Suspense fallback={<Loading />}>
      <Screen />
    </Suspense>
  );
}
