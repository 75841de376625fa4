"""The built-in graph explorer page (/explore) and its front-end libraries."""
