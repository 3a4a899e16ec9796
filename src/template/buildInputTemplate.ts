// The command line loads the template builder by this path (src/cli/template.ts); the module
// itself is inputTemplate.ts, which the task pane imports.
export { buildInputTemplate, type TemplateOptions } from "./inputTemplate";
