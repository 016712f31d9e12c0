"""A broken stack fails the end-to-end run with Terraform's own error message."""

import pytest

from stacks.addresses import CDN_DNS_STAGE

pytestmark = pytest.mark.e2e

# (file of the work copy, text replaced, replacement, Terraform's message)
BREAKAGES = {
    "unknown-attribute": (
        "stacks/constructs/media_bucket.py",
        "        pin(self.bucket, MEDIA_BUCKET)\n",
        '        pin(self.bucket, MEDIA_BUCKET)\n        self.bucket.add_override("colour", "blue")\n',
        'No argument or block type is named "colour".',
    ),
    "output-indexing-fqdns": (
        "stacks/media_stack.py",
        "contract.CDN_DOMAIN: cdn.domain,",
        f'contract.CDN_DOMAIN: "${{{CDN_DNS_STAGE.expr("fqdns")}[0]}}",',
        "Invalid index",
    ),
}


@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
def test_broken_stack_fails_with_terraforms_error(bootstrapped, breakage):
    harness = bootstrapped
    path, old, new, message = BREAKAGES[breakage]
    checkout = harness.variant(f"broken-{breakage}")
    source = (checkout / path).read_text()
    assert old in source, f"{path} changed: update this test's breakage"
    (checkout / path).write_text(source.replace(old, new))
    env = f"feature-{breakage[:12]}"
    run = harness.ops("deploy", env, checkout=checkout, label=f"deploy broken: {breakage}")
    assert run.returncode != 0
    assert message in run.output, run.output


def test_relying_on_the_apis_default_fqdn_alone_hands_django_an_empty_domain(bootstrapped):
    """What the recorded API answers: the stacks must not trust `default_fqdn` alone."""
    harness = bootstrapped
    checkout = harness.variant("default-fqdn-alone")
    path = checkout / "stacks" / "media_stack.py"
    source = path.read_text()
    assert "contract.CDN_DOMAIN: cdn.domain," in source, "stacks/media_stack.py changed: update this test"
    path.write_text(source.replace("contract.CDN_DOMAIN: cdn.domain,", f'contract.CDN_DOMAIN: "{CDN_DNS_STAGE.ref("default_fqdn")}",'))
    run = harness.ops("deploy", "feature-fqdn", checkout=checkout, label="deploy relying on default_fqdn")
    assert run.returncode == 0, run.output
    assert harness.outputs("media-feature-fqdn", checkout)["edge_service_domain"] == ""
