"""`python -m stacks.settings` (`make settings-doc`): the README's settings tables, from the table."""

from stacks.settings.table import write_readme_tables

write_readme_tables()
