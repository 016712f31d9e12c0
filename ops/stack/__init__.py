"""One stack at a time: the commands behind `make deploy|diff|destroy|...` (`commands`),
the checks before them (`preflight`, `state_guard`), what every apply does around Terraform (`around_apply`), the Terraform runner (`terraform`), the
state reader every synthesis uses (`stack_state`), after an incident (`recovery`), the
states' move to their environment's prefix (`state_moves`), and Django's settings and smoke
test (`django`, `smoke`)."""
