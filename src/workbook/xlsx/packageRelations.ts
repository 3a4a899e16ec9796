import { parseXml } from "./xmlStream";

export interface Relation {
  id: string;
  /** Last segment of the relationship type URI ("worksheet", "sharedStrings", "officeDocument"). */
  type: string;
  /** Package path of the target, without a leading "/" ("xl/worksheets/sheet1.xml"). */
  path: string;
}

/** "xl/_rels/workbook.xml.rels" is the relationships part of "xl/workbook.xml". */
export function relationsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** A target resolved against the folder of the part that refers to it ("../x" and "/x" included). */
export function resolveTarget(sourcePart: string, target: string): string {
  const segments = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of target.replace(/^\//, "").split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

/** The internal relationships of a part (external targets such as hyperlinks are left out). */
export function parseRelations(xml: string | null, sourcePart: string): Relation[] {
  const relations: Relation[] = [];
  if (xml === null) return relations;
  parseXml(xml, {
    open(name, attributes) {
      if (name !== "Relationship" || attributes.TargetMode === "External") return;
      const type = (attributes.Type ?? "").split("/").pop() ?? "";
      relations.push({
        id: attributes.Id ?? "",
        type,
        path: resolveTarget(sourcePart, attributes.Target ?? ""),
      });
    },
  });
  return relations;
}
