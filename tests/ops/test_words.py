from ops.words import make_command, plural


def test_counts_agree_with_their_nouns():
    assert (plural(1, "stack"), plural(2, "stack"), plural(0, "site")) == ("1 stack", "2 stacks", "0 sites")
    assert plural(1, "key is", "keys are") == "1 key is"


def test_a_hint_names_the_site():
    assert make_command("acme", "diff", "staging") == "RICHIE_SITE=acme make diff ENV=staging"
    assert make_command("acme", "rotate-key", "staging", "FINISH=1") == "RICHIE_SITE=acme make rotate-key ENV=staging FINISH=1"
