import type { Awareness } from "y-protocols/awareness";

type TChanges = { added: number[]; updated: number[]; removed: number[] };
type TListener = (changes: TChanges, origin: unknown) => void;

/**
 * The awareness object as the caret extension should see it: `change` and `update` events that
 * concern only our own client are not passed on. Our caret moves with every keystroke, and the
 * caret plugin answered each such event by dispatching an extra ProseMirror transaction on the
 * next tick (every plugin view, the toolbar's state, the bubble menu: 0.5–6 ms per keystroke in a
 * trace) only to redraw other people's carets, which had not moved — it never draws our own.
 * Everything else (setting our state, reading everyone's) goes to the real object.
 */
export function remoteOnlyAwareness(awareness: Awareness): Awareness {
  // Per event: the same listener may be registered for both "change" and "update".
  const wrapped = { change: new WeakMap<TListener, TListener>(), update: new WeakMap<TListener, TListener>() };
  const onlyOurs = ({ added, updated, removed }: TChanges) => added.length === 0 && removed.length === 0 && updated.every((id) => id === awareness.clientID);
  return new Proxy(awareness, {
    get(target, prop, receiver) {
      if (prop === "on" || prop === "off") {
        return (event: string, listener: TListener) => {
          if (event !== "change" && event !== "update") return target[prop](event as "change", listener);
          if (prop === "off") return target.off(event, wrapped[event].get(listener) ?? listener);
          const filtered: TListener = (changes, origin) => {
            if (!onlyOurs(changes)) listener(changes, origin);
          };
          wrapped[event].set(listener, filtered);
          return target.on(event, filtered);
        };
      }
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
