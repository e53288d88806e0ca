import { getSchema, type JSONContent } from "@tiptap/core";
import type { Node as PMNode, Schema } from "@tiptap/pm/model";
import { prosemirrorJSONToYDoc, yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { documentExtensions, YDOC_FIELD } from "./extensions";

/**
 * Conversions between the three stored forms of a document: Y.js state (the collaborative truth),
 * Tiptap JSON and plain text (both derived). Isomorphic: used by import, collab persistence and tests.
 */

let schemaCache: Schema | undefined;
export function documentSchema(): Schema {
  return (schemaCache ??= getSchema(documentExtensions()));
}

export function jsonToYDoc(json: JSONContent): Y.Doc {
  return prosemirrorJSONToYDoc(documentSchema(), json, YDOC_FIELD);
}

export function jsonToYState(json: JSONContent): Uint8Array {
  return Y.encodeStateAsUpdate(jsonToYDoc(json));
}

export function yDocToNode(ydoc: Y.Doc): PMNode {
  // Not yDocToProsemirror: that reads the fragment "prosemirror", Tiptap writes "default".
  return yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment(YDOC_FIELD), documentSchema());
}

export function yDocToJSON(ydoc: Y.Doc): JSONContent {
  return yDocToNode(ydoc).toJSON() as JSONContent;
}

export function yStateToYDoc(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

/** Plain text with blocks separated by blank lines: what search indexes and selectors count in. */
export function nodeToPlainText(node: PMNode): string {
  return node.textBetween(0, node.content.size, "\n\n", "\n");
}

export function jsonToPlainText(json: JSONContent): string {
  return nodeToPlainText(documentSchema().nodeFromJSON(json));
}
