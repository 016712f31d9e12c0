"""Who may do what on which bucket: the judge (`rules`), and `make access`'s report on it (`report`)."""
