// Placeholder entry until the task pane lands (issue 5).
export {};
