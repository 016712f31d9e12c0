"""One construct per concern, composed by the stacks of `stacks/`."""
