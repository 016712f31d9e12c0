"""The factory as a whole: every site's stacks planned side by side (`fleet`), `make status`
(`status`, `orphans`), `make rollout` in waves (`rollout`, `smoke_results`, `approval`), a
pull request's stacks and plans (`pull_request`), CI's drift issue (`drift_issue`), the
synthesis of every site (`synth`) and a new team's project and sites (`sites`)."""
